import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../src-shared/contract/channels';
import { sessionText } from '../../src-shared/session/text';
import { recordAudit } from '../audit/audit-service';
import type { GatedMain } from '../app/gated-main';
import { APP_ORIGIN } from './app-protocol';

function fromOurRenderer(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** The only place that touches ipcMain: one handler per contract channel, all through `dispatch`. */
export function registerIpcHandlers(main: GatedMain): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!fromOurRenderer(event)) {
        if (main.current) recordAudit(main.current.ctx, { action: 'request.refused', outcome: 'refused', detail: `${name}: origen no confiable` });
        return { ok: false, error: { code: 'FORBIDDEN', message: sessionText.errors.forbidden } };
      }
      return main.invoke(name, input);
    });
  }
}
