import type { ImportProgress } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';

/** Bundles checked or imported, out of how many; each counts half once verified, whole once applied. */
export function ImportProgressBar({ progress, phase }: { progress: ImportProgress; phase: 'checking' | 'importing' }) {
  const steps = progress.bundlesDone * 2 + (progress.verified ? 1 : 0);
  return (
    <p role="status" className="export-progress">
      <progress aria-label={t.importProgressLabel} value={steps} max={Math.max(1, progress.bundlesTotal * 2)} /> {phase === 'checking' ? t.checking : t.importing}{' '}
      {t.importProgress(phase, progress.bundlesDone, progress.bundlesTotal, progress.current)}
    </p>
  );
}
