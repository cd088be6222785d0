import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPublisherKeys, parsePublisherKey, signFeed } from '../../src-main/update/publisher-key';
import { isNewer, readFeed, serveFeed } from '../../src-main/update/update-feed';
import { backupsIn } from '../../src-main/backup/backup-store';
import { runCli } from '../../src-main/cli/main';
import { ADMIN_PASSWORD, facilitySetup, MIGRATIONS, openTestApp, tempDir, type TestApp } from '../helpers/test-app';

const INSTALLER = 'LactaRed-0.2.0.AppImage';
/** The program's publisher, and someone else with a key of their own. */
const PUBLISHER = newPublisherKeys();
const STRANGER = newPublisherKeys();
const publisherKey = parsePublisherKey(PUBLISHER.publicPem);

/** A release folder as electron-builder writes it for Linux, signed as `lactared release-sign` does. */
function releaseFolder(version = '0.2.0', signer: { privatePem: string } | null = PUBLISHER): { folder: string; installer: Buffer } {
  const folder = tempDir('lactared-update-');
  const installer = crypto.randomBytes(300_000);
  fs.writeFileSync(path.join(folder, INSTALLER), installer);
  const sha512 = crypto.createHash('sha512').update(installer).digest('base64');
  fs.writeFileSync(
    path.join(folder, 'latest-linux.yml'),
    `version: ${version}\nfiles:\n  - url: ${INSTALLER}\n    sha512: ${sha512}\n    size: ${installer.length}\n    blockMapSize: 1234\npath: ${INSTALLER}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T10:00:00.000Z'\n`,
  );
  if (signer) sign(folder, signer);
  return { folder, installer };
}

function sign(folder: string, signer: { privatePem: string }): void {
  fs.writeFileSync(path.join(folder, 'latest-linux.yml.sig'), signFeed(signer.privatePem, fs.readFileSync(path.join(folder, 'latest-linux.yml'))));
}

async function admin(nativeUpdater?: { install: (url: string, version: string) => Promise<void> }): Promise<TestApp> {
  const app = openTestApp(nativeUpdater ? { nativeUpdater } : {});
  await app.ok('setup.complete', facilitySetup());
  await app.ok('update.setPublisherKey', { key: PUBLISHER.publicPem });
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
    sign(folder, PUBLISHER);
    expect(await app.invoke('update.check', { folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no es válido') as unknown } });
    expect(await app.invoke('update.check', { folder: tempDir() })).toMatchObject({ ok: false, error: { message: expect.stringContaining('falta el archivo latest.yml') as unknown } });
    const traversal = releaseFolder();
    fs.writeFileSync(path.join(traversal.folder, 'latest-linux.yml'), fs.readFileSync(path.join(traversal.folder, 'latest-linux.yml'), 'utf8').replace(`url: ${INSTALLER}`, 'url: ../../etc/passwd'));
    sign(traversal.folder, PUBLISHER);
    expect(await app.invoke('update.check', { folder: traversal.folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Falta el instalador passwd') as unknown } });
  });

  it('only a release signed by the trusted publisher is verified (17.10)', async () => {
    const fresh = openTestApp();
    await fresh.ok('setup.complete', facilitySetup());
    const { folder } = releaseFolder();
    expect(await fresh.invoke('update.check', { folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('todavía no tiene la clave del publicador') as unknown } });
    expect(await fresh.invoke('update.setPublisherKey', { key: 'no es una clave' })).toMatchObject({ ok: false, error: { fieldErrors: { key: expect.stringContaining('no es una clave pública') as unknown } } });
    expect(await fresh.ok('update.setPublisherKey', { key: PUBLISHER.publicPem })).toEqual({ fingerprint: PUBLISHER.fingerprint });
    expect(await fresh.ok('update.check', { folder })).toMatchObject({ version: '0.2.0', newer: true });

    // Anyone can write a latest-linux.yml naming their own installer with its own SHA-512.
    expect(await fresh.invoke('update.check', { folder: releaseFolder('9.9.9', null).folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no está firmada') as unknown } });
    expect(await fresh.invoke('update.check', { folder: releaseFolder('9.9.9', STRANGER).folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no es la del publicador') as unknown } });
    // A signed description changed afterwards (a newer version number) no longer matches its signature.
    const edited = releaseFolder();
    const yml = path.join(edited.folder, 'latest-linux.yml');
    fs.writeFileSync(yml, fs.readFileSync(yml, 'utf8').replace('version: 0.2.0', 'version: 9.9.9'));
    expect(await fresh.invoke('update.check', { folder: edited.folder })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no es la del publicador') as unknown } });
    expect(fresh.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'update.publisherKey'").pluck().get()).toBe(1);
  });

  it('the publisher signs with the command line, and a site trusts its key from the command line', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, migrationsFolder: MIGRATIONS, version: '0.0.0-test' };
    const keys = tempDir();
    expect(await runCli(['release-key', '--out', keys], io)).toBe(0);
    expect(await runCli(['release-key', '--out', keys], io)).toBe(1);
    const { folder } = releaseFolder('0.2.0', null);
    expect(await runCli(['release-sign', '--key', path.join(keys, 'publicador-privada.pem'), '--folder', folder], io)).toBe(0);
    const app = openTestApp();
    await app.ok('setup.complete', facilitySetup());
    app.main.close();
    expect(await runCli(['update-key', path.join(keys, 'publicador-publica.pem'), '--data-dir', app.dataDir], io)).toBe(0);
    const again = openTestApp({ dataDir: app.dataDir });
    await again.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(await again.ok('update.check', { folder })).toMatchObject({ version: '0.2.0' });
  });

  it('the feed on 127.0.0.1 serves the feed file and the installer only', async () => {
    const { folder, installer } = releaseFolder();
    fs.writeFileSync(path.join(folder, 'secreto.txt'), 'no');
    const feed = await serveFeed(folder, 'linux', readFeed(folder, 'linux', publisherKey));
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
    const server = await serveFeed(folder, 'linux', readFeed(folder, 'linux', publisherKey));
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
