/**
 * Content-Security-Policy for the renderer, sent by the Electron protocol handler and by browser mode.
 * Nothing remote: scripts, styles and requests only from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  // pdf.js parses PDFs in a worker served by the app itself.
  "worker-src 'self'",
  // Printed forms are previewed in a frame served by the app itself (see PRINT_POLICY).
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentTypeOf(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  return CONTENT_TYPES[filePath.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}

/** A printed form: its own style inside, nothing else — no scripts, no requests. */
export const PRINT_POLICY = ["default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "frame-ancestors 'self'"].join('; ');
