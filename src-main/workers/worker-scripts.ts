import fs from 'node:fs';
import path from 'node:path';

/**
 * The worker threads a program ships, bundled on their own into one folder (`dist/workers/`): a worker
 * starts from a file. Each program (app, browser mode, bench) says where at start; without them the same
 * work runs on main.
 */
export const WORKER_ENTRIES = {
  /** Verifies the next bundle of an import while main applies the one before (issue 19). */
  'verify-bundle': 'src-main/sync/verify-worker.ts',
  /** The long reads of a coordination site (consolidated view, formula program, DHIS2 figures). */
  reads: 'src-main/reads/read-worker.ts',
} as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;

let folder: string | null = null;

export function useWorkers(dir: string | null): void {
  folder = dir;
}

/** The bundled script of `name`, when this program has it. */
export function workerScript(name: WorkerName): string | null {
  if (!folder) return null;
  const file = path.join(folder, `${name}.cjs`);
  return fs.existsSync(file) ? file : null;
}
