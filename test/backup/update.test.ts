import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNewer, readFeed, serveFeed } from '../../src-main/update/update-feed';
import { backupsIn } from '../../src-main/backup/backup-store';
import { facilitySetup, openTestApp, tempDir, type TestApp } from '../helpers/test-app';

const INSTALLER = 'LactaRed-0.2.0.AppImage';

/** A release folder as electron-builder writes it for Linux. */
function releaseFolder(version = '0.2.0'): { folder: string; installer: Buffer } {
  const folder = tempDir('lactared-update-');
  const installer = crypto.randomBytes(300_000);
  fs.writeFileSync(path.join(folder, INSTALLER), installer);
  const sha512 = crypto.createHash('sha512').update(installer).digest('base64');
  fs.writeFileSync(
    path.join(folder, 'latest-linux.yml'),
    `version: ${version}\nfiles:\n  - url: ${INSTALLER}\n    sha512: ${sha512}\n    size: ${installer.length}\n    blockMapSize: 1234\npath: ${INSTALLER}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T10:00:00.000Z'\n`,
  );
  return { folder, installer };
}

async function admin(nativeUpdater?: { install: (url: string, version: string) => Promise<void> }): Promise<TestApp> {
  const app = openTestApp(nativeUpdater ? { nativeUpdater } : {});
  await app.ok('setup.complete', facilitySetup());
  return app;
}

describe('offline updates from a folder', () => {
  it.each([
    ['0.2.0', '0.1.9', true],
    ['0.10.0', '0.9.3', true],
    ['1.0.0', '1.0.0', false],
    ['1.0.0', '1.0.0-beta.2', true],
    ['1.0.0-beta.2', '1.0.0', false],
    ['0.9.9', '0.10.0', false],
  ])('%s newer than %s: %s', (candidate, installed, newer) => {
    expect(isNewer(candidate, installed)).toBe(newer);
  });

  it('finds and verifies the release; a tampered installer, a missing one or a broken feed is refused in Spanish', async () => {
    const app = await admin();
    const { folder } = releaseFolder();
    expect(await app.ok('update.check', { folder })).toEqual({ version: '0.2.0', releaseDate: '2026-11-20T10:00:00.000Z', newer: true, installed: '0.0.0-test', desktop: false });

    const file = path.join(folder, INSTALLER);
    const bytes = fs.readFileSync(file);
    bytes[1000] = (bytes[1000] ?? 0) ^ 1;
    fs.writeFileSync(file, bytes);
    expect(await app.invoke('update.check', { folder })).toMatchObject({ ok: false, error: { message: `El instalador ${INSTALLER} no coincide con su suma de verificación: puede estar dañado o haber sido alterado. No se instalará; pida una copia nueva.` } });
    fs.rmSync(file);
    expect(await app.invoke('update.check', { folder })).toMatchObject({ ok: false, error: { message: `Falta el instalador ${INSTALLER} en la carpeta.` } });
    fs.writeFileSync(path.join(folder, 'latest-linux.yml'), 'version: [esto no es\n');
    expect(await app.invoke('update.check', { folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no es válido') as unknown } });
    expect(await app.invoke('update.check', { folder: tempDir() })).toMatchObject({ ok: false, error: { message: expect.stringContaining('falta el archivo latest.yml') as unknown } });
    const traversal = releaseFolder();
    fs.writeFileSync(path.join(traversal.folder, 'latest-linux.yml'), fs.readFileSync(path.join(traversal.folder, 'latest-linux.yml'), 'utf8').replace(`url: ${INSTALLER}`, 'url: ../../etc/passwd'));
    expect(await app.invoke('update.check', { folder: traversal.folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Falta el instalador passwd') as unknown } });
  });

  it('the feed on 127.0.0.1 serves the feed file and the installer only', async () => {
    const { folder, installer } = releaseFolder();
    fs.writeFileSync(path.join(folder, 'secreto.txt'), 'no');
    const feed = await serveFeed(folder, 'linux', readFeed(folder, 'linux'));
    try {
      expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await (await fetch(`${feed.url}latest-linux.yml`)).text()).toContain('version: 0.2.0');
      expect(Buffer.from(await (await fetch(`${feed.url}${INSTALLER}`)).arrayBuffer()).equals(installer)).toBe(true);
      expect((await fetch(`${feed.url}secreto.txt`)).status).toBe(404);
      expect((await fetch(`${feed.url}..%2Fsecreto.txt`)).status).toBe(404);
    } finally {
      feed.close();
    }
  });

  it('from an update server when the PC is online: downloaded, then verified like a USB stick', async () => {
    const app = await admin();
    const { folder } = releaseFolder();
    const server = await serveFeed(folder, 'linux', readFeed(folder, 'linux'));
    try {
      expect(await app.ok('update.check', { folder: server.url })).toMatchObject({ version: '0.2.0', newer: true });
      const file = path.join(folder, INSTALLER);
      const bytes = fs.readFileSync(file);
      bytes[5] = (bytes[5] ?? 0) ^ 1;
      fs.writeFileSync(file, bytes);
      expect(await app.invoke('update.check', { folder: server.url })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no coincide con su suma de verificación') as unknown } });
    } finally {
      server.close();
    }
    expect(await app.invoke('update.check', { folder: server.url })).toMatchObject({ ok: false, error: { message: expect.stringContaining('No se pudo conectar') as unknown } });
    expect(fs.readdirSync(app.dataDir).filter((f) => f.startsWith('actualizacion-'))).toEqual([]);
  });

  it('installs only a newer verified version, never with unsaved input, always after a backup', async () => {
    const calls: { url: string; version: string; backupsBefore: string[]; sha512: string }[] = [];
    let dataDir = '';
    const app = await admin({
      async install(url, version) {
        // What electron-updater does: reads the feed and downloads the installer it names.
        const installer = Buffer.from(await (await fetch(`${url}${INSTALLER}`)).arrayBuffer());
        calls.push({ url, version, backupsBefore: backupsIn(path.join(dataDir, 'backups')).map((b) => b.reason), sha512: crypto.createHash('sha512').update(installer).digest('base64') });
      },
    });
    dataDir = app.dataDir;
    const { folder, installer } = releaseFolder();
    expect(await app.invoke('update.install', { folder, unsavedForms: 1 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('sin guardar') as unknown } });
    expect(calls).toEqual([]);
    expect(await app.ok('update.install', { folder, unsavedForms: 0 })).toEqual({ version: '0.2.0' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(calls[0]).toMatchObject({ version: '0.2.0', backupsBefore: ['update'], sha512: crypto.createHash('sha512').update(installer).digest('base64') });
    expect(app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'update.install'").pluck().get()).toBe('0.0.0-test → 0.2.0');

    const old = releaseFolder('0.0.0-alpha.1');
    expect(await app.invoke('update.install', { folder: old.folder, unsavedForms: 0 })).toMatchObject({ ok: false, error: { message: 'Ya tiene la última versión (0.0.0-test).' } });
    const browserOnly = await admin();
    expect(await browserOnly.invoke('update.install', { folder, unsavedForms: 0 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('aplicación de escritorio') as unknown } });
  });
});
