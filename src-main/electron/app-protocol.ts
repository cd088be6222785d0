import fs from 'node:fs';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import type { AppContext } from '../app/context';
import { CONTENT_SECURITY_POLICY, PRINT_POLICY, contentTypeOf } from '../app/csp';
import { printedAt } from '../printing/print-store';
import { exportedFileAt } from '../sync/export-jobs';
import { resolveRendererFile } from '../app/static-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://lactared`;

/** Must run before `app.ready`: `app://` behaves like https for the renderer (secure, standard). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from disk on app://lactared/, with the CSP header (never file://), and printed forms. */
export function serveRenderer(rendererDir: string, contextNow: () => AppContext | null): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const ctx = contextNow();
    const printed = url.host === 'lactared' && ctx ? printedAt(ctx, url.pathname) : null;
    if (printed) return new Response(printed, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_POLICY } });
    const exported = url.host === 'lactared' && ctx ? exportedFileAt(ctx, url.pathname) : null;
    // A written bundle downloads from disk as a stream (Electron asks where to save it).
    if (exported) {
      return new Response(Readable.toWeb(fs.createReadStream(exported.file)) as ReadableStream<Uint8Array>, {
        headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${exported.fileName}"` },
      });
    }
    const file = url.host === 'lactared' ? resolveRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('No encontrado', { status: 404 });
    return new Response(fs.readFileSync(file), {
      headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}
