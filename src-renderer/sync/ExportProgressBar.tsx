import { formatThousands } from '../../src-shared/common/text';
import type { ExportProgress } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';

/** Records read and scanned files written, out of how many: a bar that says how long is left. */
export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const total = progress.recordsTotal + progress.filesTotal;
  return (
    <p role="status" className="export-progress">
      <progress aria-label={t.exportProgressLabel} value={progress.recordsDone + progress.filesDone} max={Math.max(1, total)} /> {t.exporting}{' '}
      {t.exportProgress(formatThousands(progress.recordsDone), formatThousands(progress.recordsTotal), formatThousands(progress.filesDone), formatThousands(progress.filesTotal))}
    </p>
  );
}
