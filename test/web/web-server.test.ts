import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src-main/app/data-dir';
import { resolveRendererFile } from '../../src-main/app/static-files';
import { startWebServer } from '../../src-main/web/web-server';
import { ADMIN_PASSWORD, openTestApp, setUpFacility, tempDir } from '../helpers/test-app';

async function startServer(app = openTestApp()) {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>LactaRed</title>');
  let server: http.Server | undefined;
  const url = await new Promise<string>((resolve) => {
    server = startWebServer({ main: { invoke: (channel, input) => app.main.invoke(channel, input), current: app.main }, rendererDir, token: 'secreto-de-prueba', port: 0 }, resolve);
  });
  const base = new URL(url);
  return { base: `${base.protocol}//${base.host}`, close: () => server?.close(), rendererDir, app };
}

function post(base: string, channel: string, headers: Record<string, string>, body = '{"input":{}}') {
  return fetch(`${base}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('browser mode server', () => {
  it('answers contract calls only with the session token', async () => {
    const server = await startServer();
    try {
      expect((await post(server.base, 'app.status', {})).status).toBe(403);
      expect((await post(server.base, 'app.status', { 'x-lactared-token': 'otro' })).status).toBe(403);
      const ok = await post(server.base, 'app.status', { 'x-lactared-token': 'secreto-de-prueba' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ ok: true, value: { site: null } });
      const notJson = await fetch(`${server.base}/api/app.status`, { method: 'POST', headers: { 'x-lactared-token': 'secreto-de-prueba' }, body: 'x' });
      expect(notJson.status).toBe(415);
    } finally {
      server.close();
    }
  });

  it('serves the renderer with a strict CSP and refuses foreign Host names', async () => {
    const server = await startServer();
    try {
      const page = await fetch(`${server.base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
      const http = await import('node:http');
      const status = await new Promise<number>((resolve) => {
        http.get(`${server.base}/`, { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      });
      expect(status).toBe(421);
    } finally {
      server.close();
    }
  });

  it('a printed form is served only with the token, to its user, while signed in; locking drops it (17.15, 18.5)', async () => {
    const app = await setUpFacility();
    const server = await startServer(app);
    try {
      const printed = await app.ok('print.prescription', { prescriptionId: null });
      const withToken = `${server.base}/${printed.url}?token=secreto-de-prueba`;
      const served = async (url: string) => (await (await fetch(url)).text()).includes('Modelo de prescripción');
      expect(await served(withToken)).toBe(true);
      expect(await served(`${server.base}/${printed.url}`)).toBe(false);
      expect(await served(`${server.base}/${printed.url}?token=otro`)).toBe(false);
      await app.ok('session.lock', {});
      expect(await served(withToken)).toBe(false);
      await app.ok('session.unlock', { password: ADMIN_PASSWORD });
      expect(await served(withToken)).toBe(false);
      const again = await app.ok('print.prescription', { prescriptionId: null });
      expect(await served(`${server.base}/${again.url}?token=secreto-de-prueba`)).toBe(true);
      await app.ok('session.logout', {});
      await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
      expect(await served(`${server.base}/${again.url}?token=secreto-de-prueba`)).toBe(false);
    } finally {
      server.close();
    }
  });

  it('a call larger than the limit gets the Spanish size message, not a cut connection (17.21)', async () => {
    const server = await startServer();
    try {
      const big = JSON.stringify({ input: { fileName: 'enorme.pdf', dataBase64: 'A'.repeat(34 * 1024 * 1024) } });
      const response = await post(server.base, 'attachments.upload', { 'x-lactared-token': 'secreto-de-prueba' }, big);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/pesa más de 30 MB/) as unknown } });
    } finally {
      server.close();
    }
  });

  it('never serves files outside the renderer folder', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), 'x');
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'clave');
    const sibling = path.basename(outside);
    expect(resolveRendererFile(dir, `/../${sibling}/secret.txt`)).toBeNull();
    expect(resolveRendererFile(dir, `/%2e%2e/${sibling}/secret.txt`)).toBeNull();
    expect(resolveRendererFile(dir, `/..%2f${sibling}%2fsecret.txt`)).toBeNull();
    expect(resolveRendererFile(dir, '/%00')).toBeNull();
    expect(resolveRendererFile(dir, '/usuarios')).toBe(path.join(dir, 'index.html'));
  });
});

describe('data folder', () => {
  it('is the per-user app-data folder unless LACTARED_DATA_DIR says otherwise', () => {
    expect(resolveDataDir({ LACTARED_DATA_DIR: '/datos/lactared' }, 'linux', '/home/ana')).toBe('/datos/lactared');
    expect(resolveDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.config/LactaRed');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/LactaRed');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toMatch(/Roaming[\\/]LactaRed$/);
    expect(resolveDataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/LactaRed');
  });
});
