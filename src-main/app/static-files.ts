import fs from 'node:fs';
import path from 'node:path';

/**
 * Maps a URL path to a file of the built renderer, or null if it would leave that folder or does not
 * exist. Paths without a file extension get index.html (the app has a single page).
 */
export function resolveRendererFile(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const wanted = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return null;
  const candidate = path.extname(wanted) === '' ? path.join(root, 'index.html') : wanted;
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
}
