import path from 'node:path';

/**
 * Bundled entry points live in `dist/<name>/`; the app root (with `drizzle/` and `dist/renderer/`) is
 * two levels up. In a packaged app `drizzle/` is shipped inside the asar at the same relative place.
 */
export function appRootFrom(bundleDir: string): string {
  return path.resolve(bundleDir, '..', '..');
}

export function appPaths(root: string) {
  return {
    migrations: path.join(root, 'drizzle'),
    renderer: path.join(root, 'dist', 'renderer'),
    preload: path.join(root, 'dist', 'main', 'preload.cjs'),
    // A worker thread's script must be a file on disk: packaged, they sit outside the asar (electron-builder.yml).
    workers: path.join(root, 'dist', 'workers').replace(/app\.asar([\\/]|$)/, 'app.asar.unpacked$1'),
  };
}
