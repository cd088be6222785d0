// Bundles bench/ (TypeScript) with esbuild and runs it under Node, so the figures use the same code
// paths as the app.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { buildWorkers } from './build-workers.mjs';

await build({
  entryPoints: ['bench/index.ts'],
  outfile: 'dist/bench/bench.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas', '@playwright/test', 'playwright-core'],
  logLevel: 'warning',
});
// The worker threads the app uses (issue 19: an import's verification, a coordination site's long reads).
await buildWorkers();
const run = spawnSync(process.execPath, ['dist/bench/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
