// The worker threads (issue 19), each bundled on its own into dist/workers/<name>.cjs: a worker starts
// from a file (src-main/workers/worker-scripts.ts lists the same names). Used by `npm run build` and
// `npm run bench`.
import { build } from 'esbuild';

export const WORKERS = [
  ['verify-bundle', 'src-main/sync/verify-worker.ts'],
  ['reads', 'src-main/reads/read-worker.ts'],
];

export function buildWorkers(options = {}) {
  return Promise.all(
    WORKERS.map(([name, entry]) =>
      build({
        entryPoints: [entry],
        outfile: `dist/workers/${name}.cjs`,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'],
        logLevel: 'warning',
        ...options,
      }),
    ),
  );
}
