import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../src-shared/contract/define';
import type { ExportJobState, ExportStarted } from '../../src-shared/sync/types';
import { call } from '../api/client';
import { downloadUrl } from '../components/download';

/** How often the page asks how far the bundle has come. */
const POLL_MS = 250;

export type DoneExport = Extract<ExportJobState, { status: 'done' }>;

/**
 * A bundle written by main in steps (issue 19): started by one call, followed until it is written, then
 * downloaded from where main serves it. The window never waits on a long call.
 */
export function useExportJob(onDone: (done: DoneExport) => void, onError: (message: string) => void) {
  const [job, setJob] = useState<{ readonly id: string; readonly state: ExportJobState } | null>(null);
  const handlers = useRef({ onDone, onError });
  useEffect(() => {
    handlers.current = { onDone, onError };
  });
  const running = job?.state.status === 'running' ? job.id : null;

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(() => {
      void call('sync.exportProgress', { jobId: running }).then((result) => {
        if (stopped) return;
        if (!result.ok) {
          setJob(null);
          handlers.current.onError(result.error.message);
          return;
        }
        setJob({ id: running, state: result.value });
        if (result.value.status === 'done') {
          downloadUrl(result.value.fileName, result.value.url);
          handlers.current.onDone(result.value);
        } else if (result.value.status === 'failed') handlers.current.onError(result.value.message);
      });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, job]);

  const start = async (begin: () => Promise<Result<ExportStarted>>) => {
    const started = await begin();
    if (!started.ok) {
      handlers.current.onError(started.error.message);
      return;
    }
    setJob({ id: started.value.jobId, state: { status: 'running', progress: started.value.progress } });
  };

  return { state: job?.state ?? null, busy: running !== null, start };
}
