import { formatThousands } from '../../src-shared/common/text';
import type { ExportProgress } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';

/**
 * Records read, then scanned files written, each out of how many. The scans a bundle carries are known
 * once its records are read, so the bar measures the records first, then the scans.
 */
export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const writingFiles = progress.recordsDone >= progress.recordsTotal && progress.filesTotal > 0;
  const [done, total] = writingFiles ? [progress.filesDone, progress.filesTotal] : [progress.recordsDone, progress.recordsTotal];
  return (
    <p role="status" className="export-progress">
      <progress aria-label={t.exportProgressLabel} value={done} max={Math.max(1, total)} /> {t.exporting}{' '}
      {writingFiles
        ? t.exportProgressFiles(formatThousands(progress.recordsTotal), formatThousands(progress.filesDone), formatThousands(progress.filesTotal))
        : t.exportProgressRecords(formatThousands(progress.recordsDone), formatThousands(progress.recordsTotal))}
    </p>
  );
}
