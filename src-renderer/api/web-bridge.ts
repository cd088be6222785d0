import type { InputOf, LactaRedApi, OutputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { Result } from '../../src-shared/contract/define';
import { sessionText } from '../../src-shared/session/text';

const TOKEN_KEY = 'lactared.webToken';

/** A page the local server serves for this tab (a printed form): with the token, as every call has it. */
export function withWebToken(url: URL): string {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Browser mode (developer tool): the same contract over HTTP to the local server. The token arrives in
 * the URL once, is kept for this tab only, and is removed from the address bar.
 */
export function createWebBridge(): LactaRedApi {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return {
    async invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
      try {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lactared-token': token },
          body: JSON.stringify({ input }),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()) as Result<OutputOf<C>>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: sessionText.errors.internal } };
      }
    },
  } satisfies LactaRedApi;
}
