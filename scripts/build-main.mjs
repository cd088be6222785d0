// Bundles the Node side: the Electron main process and preload, and the browser-mode server.
import { build } from 'esbuild';
import { buildWorkers } from './build-workers.mjs';

// Native or ESM-only packages load from node_modules at run time (electron-builder ships them).
const NATIVE = ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'];
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron', ...NATIVE] }),
  // Sandboxed preloads may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'], minify: true }),
  build({ ...common, entryPoints: ['src-main/web/server.ts'], outfile: 'dist/web/server.cjs', external: NATIVE }),
  // The `lactared` command line (package.json "bin").
  build({ ...common, entryPoints: ['src-main/cli/bin.ts'], outfile: 'dist/cli/lactared.cjs', external: NATIVE, banner: { js: '#!/usr/bin/env node' } }),
  // The worker threads (issue 19): verifying bundles while main applies, and a coordination site's long reads.
  buildWorkers({ sourcemap: true }),
]);
