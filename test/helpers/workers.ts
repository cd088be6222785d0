import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { useWorkers, WORKER_ENTRIES } from '../../src-main/workers/worker-scripts';

let built: string | null = null;

/**
 * The worker threads, bundled as `npm run build` bundles them (scripts/build-main.mjs), once per test
 * process; from here on the app's work that runs in them (imports, long reads) does.
 */
export function withWorkers(): void {
  if (!built) {
    // Inside the project, so that the workers find the native packages in node_modules as the app's do.
    built = path.resolve(__dirname, `../../node_modules/.cache/lactared-tests/workers-${process.pid}`);
    fs.mkdirSync(built, { recursive: true });
    for (const [name, entry] of Object.entries(WORKER_ENTRIES)) {
      buildSync({
        entryPoints: [path.resolve(__dirname, '../..', entry)],
        outfile: path.join(built, `${name}.cjs`),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'],
        logLevel: 'error',
      });
    }
  }
  useWorkers(built);
}

process.on('exit', () => {
  if (built) fs.rmSync(built, { recursive: true, force: true });
});
