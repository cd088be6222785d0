import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../src-shared/contract/define';

/** How often the page asks how far the job has come. */
const POLL_MS = 250;

type JobState = { readonly status: 'running' } | { readonly status: 'done' } | { readonly status: 'failed'; readonly message: string };

/**
 * Work main does in steps (issue 19): started by one call, then followed by asking how far it has come
 * until it is done or failed. The window never waits on a long call.
 */
export function usePolledJob<S extends JobState>(
  poll: (jobId: string) => Promise<Result<S>>,
  onDone: (done: Extract<S, { status: 'done' }>) => void,
  onError: (message: string) => void,
) {
  const [job, setJob] = useState<{ readonly id: string; readonly state: S } | null>(null);
  const handlers = useRef({ poll, onDone, onError });
  useEffect(() => {
    handlers.current = { poll, onDone, onError };
  });
  const running = job?.state.status === 'running' ? job.id : null;

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(() => {
      void handlers.current.poll(running).then((result) => {
        if (stopped) return;
        if (!result.ok) {
          setJob(null);
          handlers.current.onError(result.error.message);
          return;
        }
        const state = result.value;
        setJob({ id: running, state });
        if (state.status === 'done') handlers.current.onDone(state as Extract<S, { status: 'done' }>);
        else if (state.status === 'failed') handlers.current.onError(state.message);
      });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, job]);

  const start = async <T extends { readonly jobId: string }>(begin: () => Promise<Result<T>>, firstState: (started: T) => S) => {
    const started = await begin();
    if (!started.ok) {
      handlers.current.onError(started.error.message);
      return;
    }
    setJob({ id: started.value.jobId, state: firstState(started.value) });
  };

  return { state: job?.state ?? null, busy: running !== null, start };
}
