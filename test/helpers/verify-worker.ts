import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { useVerifyWorker } from '../../src-main/sync/verify-client';

let built: string | null = null;

/**
 * The verifying worker thread, bundled as `npm run build` bundles it (scripts/build-main.mjs), once per
 * test process; from here on imports in the app verify bundles there.
 */
export function withVerifyWorker(): void {
  if (!built) {
    // Inside the project, so that the worker finds the native packages in node_modules as the app's does.
    const dir = path.resolve(__dirname, '../../node_modules/.cache/lactared-tests');
    fs.mkdirSync(dir, { recursive: true });
    built = path.join(dir, `verify-bundle-${process.pid}.cjs`);
    buildSync({
      entryPoints: [path.resolve(__dirname, '../../src-main/sync/verify-worker.ts')],
      outfile: built,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'],
      logLevel: 'error',
    });
  }
  useVerifyWorker(built);
}

process.on('exit', () => {
  if (built) fs.rmSync(built, { force: true });
});
