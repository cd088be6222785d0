import crypto from 'node:crypto';
import type { AppContext } from '../app/context';

/** Work the app runs in steps for one user (issue 19): its state as the page sees it, settled once it ends. */
export interface StepJob<S> {
  readonly id: string;
  readonly userId: string;
  state: S;
  readonly finished: Promise<S>;
  /** Sets the final state and settles `finished`. */
  end(state: S): void;
}

export function newStepJob<S>(ctx: AppContext, state: S): StepJob<S> {
  let settle: (state: S) => void = () => undefined;
  const job: StepJob<S> = {
    id: crypto.randomUUID(),
    userId: ctx.session.current?.userId ?? '',
    state,
    finished: new Promise<S>((resolve) => (settle = resolve)),
    end: (final) => {
      job.state = final;
      settle(final);
    },
  };
  return job;
}

/** The job, only to the user who started it, while signed in. */
export function ownJob<J extends { readonly userId: string }>(ctx: AppContext, job: J | undefined): J | null {
  const session = ctx.session.current;
  return job && session && session.userId === job.userId ? job : null;
}
