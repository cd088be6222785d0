import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, type InputOf, type LactaRedApi, type OutputOf } from '../../src-shared/contract/api';
import { isChannelName, type ChannelName } from '../../src-shared/contract/channels';
import type { Result } from '../../src-shared/contract/define';
import { sessionText } from '../../src-shared/session/text';

/** The renderer's only door to main: `invoke` for the contract's channels, nothing else. */
const api = {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: sessionText.errors.unknownChannel } });
    }
    return ipcRenderer.invoke(channel, input) as Promise<Result<OutputOf<C>>>;
  },
} satisfies LactaRedApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
