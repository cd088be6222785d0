// Bundles bench/ (TypeScript) with esbuild and runs it under Node, so the figures use the same code
// paths as the app.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

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
// The worker threads the app uses (issue 19: an import's verification, a coordination site's long reads),
// as `npm run build` makes them.
for (const [name, entry] of [['verify-bundle', 'src-main/sync/verify-worker.ts'], ['reads', 'src-main/reads/read-worker.ts']]) {
  await build({
    entryPoints: [entry],
    outfile: `dist/workers/${name}.cjs`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'],
    logLevel: 'warning',
  });
}
const run = spawnSync(process.execPath, ['dist/bench/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
