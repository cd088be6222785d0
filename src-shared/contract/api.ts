import type { z } from 'zod';
import type { ChannelName, Contract } from './channels';
import type { ChannelDef, Result } from './define';

type DefOf<C extends ChannelName> = Contract[C];

export type InputOf<C extends ChannelName> = DefOf<C> extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C extends ChannelName> = DefOf<C> extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C extends ChannelName> = DefOf<C> extends ChannelDef<z.ZodType, infer O> ? O : never;

/** What the preload (Electron) or the web bridge (browser mode) puts on `window.lactared`. */
export interface LactaRedApi {
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
}

/** Name of the global the preload exposes. */
export const API_GLOBAL = 'lactared';
