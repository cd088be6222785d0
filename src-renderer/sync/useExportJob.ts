import type { Result } from '../../src-shared/contract/define';
import type { ExportJobState, ExportStarted } from '../../src-shared/sync/types';
import { call } from '../api/client';
import { downloadUrl } from '../components/download';
import { usePolledJob } from './usePolledJob';

export type DoneExport = Extract<ExportJobState, { status: 'done' }>;

/** A bundle written by main in steps (issue 19), then downloaded from where main serves it. */
export function useExportJob(onDone: (done: DoneExport) => void, onError: (message: string) => void) {
  const job = usePolledJob<ExportJobState>(
    (jobId) => call('sync.exportProgress', { jobId }),
    (done) => {
      downloadUrl(done.fileName, done.url);
      onDone(done);
    },
    onError,
  );
  const start = (begin: () => Promise<Result<ExportStarted>>) => job.start(begin, (started) => ({ status: 'running', progress: started.progress }));
  return { state: job.state, busy: job.busy, start };
}
