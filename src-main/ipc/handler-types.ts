import type { OutputOf, ParsedInputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { AppContext } from '../app/context';

export type Handler<C extends ChannelName> = (ctx: AppContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** One handler per channel of the contract; a missing or extra channel is a type error. */
export type HandlerTable = { readonly [C in ChannelName]: Handler<C> };

export type HandlersFor<C extends ChannelName> = Pick<HandlerTable, C>;
