import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatedMain } from '../app/gated-main';
import { CONTENT_SECURITY_POLICY, PRINT_POLICY, contentTypeOf } from '../app/csp';
import { sessionText } from '../../src-shared/session/text';
import { exportedFileAt } from '../sync/export-jobs';
import { printedAt } from '../printing/print-store';
import { resolveRendererFile } from '../app/static-files';

export interface WebServerOptions {
  readonly main: Pick<GatedMain, 'invoke' | 'current'>;
  readonly rendererDir: string;
  /** Random per run; the renderer sends it with every call, so no other local page can call the API. */
  readonly token: string;
  readonly port: number;
}

export const TOKEN_HEADER = 'x-lactared-token';
const MAX_BODY_BYTES = 30 * 1024 * 1024;

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Beyond this the sender is not the app: the connection is cut instead of read to its end. */
const MAX_DRAINED_BYTES = 256 * 1024 * 1024;

/**
 * The body, or 'too-large' once it passes the limit: the rest is read and dropped (not kept), so the
 * browser gets the Spanish answer instead of a cut connection (issue 17.21).
 */
function readBody(req: http.IncomingMessage): Promise<{ readonly text: string } | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : { text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

async function handleApi(options: WebServerOptions, req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
  if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, options.token)) {
    sendJson(res, 403, { error: 'token' });
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, { error: 'json' });
    return;
  }
  let payload: unknown;
  try {
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 200, { ok: false, error: { code: 'VALIDATION', message: sessionText.errors.requestTooLarge(MAX_BODY_BYTES / (1024 * 1024)) } });
      return;
    }
    payload = JSON.parse(body.text) as unknown;
  } catch {
    sendJson(res, 400, { error: 'body' });
    return;
  }
  const input = typeof payload === 'object' && payload !== null ? (payload as { input?: unknown }).input : undefined;
  sendJson(res, 200, await options.main.invoke(channel, input));
}

function serveStatic(rendererDir: string, req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
  const file = resolveRendererFile(rendererDir, pathname);
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('No encontrado');
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

/** A written bundle, streamed from disk as a download (it may hold thousands of scans). */
function sendExported(res: http.ServerResponse, exported: { readonly file: string; readonly fileName: string }): void {
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(fs.statSync(exported.file).size),
    'content-disposition': `attachment; filename="${exported.fileName}"`,
    'cache-control': 'no-store',
  });
  fs.createReadStream(exported.file).pipe(res);
}

/** Serves the built renderer and `POST /api/<channel>` on 127.0.0.1 only. */
export function startWebServer(options: WebServerOptions, onListening: (url: string) => void): http.Server {
  let allowedHosts = new Set<string>();
  const server = http.createServer((req, res) => {
    // Refuse other Host names: a DNS-rebinding page cannot reach the API under a name it controls.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421);
      res.end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && pathname.startsWith('/api/')) {
      handleApi(options, req, res, pathname.slice('/api/'.length)).catch(() => sendJson(res, 500, { error: 'internal' }));
      return;
    }
    // The frame's address carries the token like every call does (a frame cannot send the header).
    const tokenGiven = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? undefined;
    const printed = req.method === 'GET' && sameToken(tokenGiven, options.token) && options.main.current ? printedAt(options.main.current.ctx, pathname) : null;
    const exported = req.method === 'GET' && sameToken(tokenGiven, options.token) && options.main.current ? exportedFileAt(options.main.current.ctx, pathname) : null;
    if (exported) {
      sendExported(res, exported);
      return;
    }
    if (printed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_POLICY, 'cache-control': 'no-store' });
      res.end(printed);
      return;
    }
    serveStatic(options.rendererDir, req, res, pathname);
  });
  server.listen(options.port, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    onListening(`http://127.0.0.1:${port}/?token=${options.token}`);
  });
  return server;
}
