import type { InputOf, LactaRedApi, OutputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { ErrorCode, Result } from '../../src-shared/contract/define';
import { READ_ONLY_CHANNELS } from '../../src-shared/contract/reads';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    lactared?: LactaRedApi;
  }
}

const api: LactaRedApi = window.lactared ?? createWebBridge();

type SessionListener = (code: ErrorCode) => void;
const sessionListeners = new Set<SessionListener>();

/** Errors that mean the session changed under the form (idle lock in main, signed out): the app reacts. */
const SESSION_ERRORS: readonly ErrorCode[] = ['SESSION_LOCKED', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED'];

export function onSessionError(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Bumped by every successful write: pages showing data from main ask again (query.ts). */
let generation = 0;
const generationListeners = new Set<() => void>();

export function onGeneration(listener: () => void): () => void {
  generationListeners.add(listener);
  return () => generationListeners.delete(listener);
}

export function currentGeneration(): number {
  return generation;
}

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  const result = await api.invoke(channel, input);
  if (!result.ok && SESSION_ERRORS.includes(result.error.code)) {
    for (const listener of sessionListeners) listener(result.error.code);
  }
  if (result.ok && !READ_ONLY_CHANNELS.has(channel)) dataChanged();
  return result;
}

/** Every page that shows data from main asks again (also when work main did in steps has ended). */
export function dataChanged(): void {
  generation += 1;
  for (const listener of generationListeners) listener();
}
