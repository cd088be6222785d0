// Bundles the Node side: the Electron main process and preload, and the browser-mode server.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron', 'better-sqlite3'] }),
  // Sandboxed preloads may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'], minify: true }),
  build({ ...common, entryPoints: ['src-main/web/server.ts'], outfile: 'dist/web/server.cjs', external: ['better-sqlite3'] }),
]);
