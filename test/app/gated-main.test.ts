import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGatedMain, type GatedMain } from '../../src-main/app/gated-main';
import { BACKUPS } from '../../src-main/backup/backup-store';
import { openWithRecoveryKey, readKeySlots } from '../../src-main/crypto/key-slots';
import { DATABASE_FILE } from '../../src-main/db/open';
import { generateDemo } from '../../src-main/demo/demo-data';
import type { AppStatus, UserRow } from '../../src-shared/contract/types';
import { ADMIN_PASSWORD, facilitySetup, MIGRATIONS, openTestApp, tempDir } from '../helpers/test-app';

const open: GatedMain[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

async function gate(dataDir: string, afterStartDelayMs?: number): Promise<GatedMain> {
  const gated = await createGatedMain({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', restoreIfDamaged: false, ...(afterStartDelayMs === undefined ? {} : { afterStartDelayMs }) });
  open.push(gated);
  return gated;
}

async function ok<T>(gated: GatedMain, channel: string, input: unknown): Promise<T> {
  const result = await gated.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const status = (gated: GatedMain) => ok<AppStatus>(gated, 'app.status', {});
const plainHeader = (dataDir: string) => fs.readFileSync(path.join(dataDir, DATABASE_FILE)).subarray(0, 15).toString('latin1') === 'SQLite format 3';

describe('the app before its database is open (issue 18.4)', () => {
  it('the day\'s first backup is never taken between «Ingresar» and the home page: once the app answers, in the background, encrypted (issue 19)', async () => {
    const dataDir = tempDir();
    const first = await gate(dataDir, 60_000);
    await ok(first, 'setup.complete', facilitySetup());
    first.close();
    const startupCopies = () => (fs.existsSync(path.join(dataDir, BACKUPS)) ? fs.readdirSync(path.join(dataDir, BACKUPS)).filter((d) => d.endsWith('-startup') && fs.existsSync(path.join(dataDir, BACKUPS, d, 'manifest.json'))) : []);
    const held = await gate(dataDir, 60_000);
    await ok(held, 'session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(startupCopies()).toEqual([]);
    held.close();
    const soon = await gate(dataDir, 0);
    await ok(soon, 'session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    for (let polls = 0; startupCopies().length === 0 && polls < 1000; polls += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const [copy] = startupCopies();
    expect(copy).toBeDefined();
    expect(fs.readFileSync(path.join(dataDir, BACKUPS, copy ?? '', DATABASE_FILE)).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('a new site is encrypted from the setup; the recovery key is shown once to its admin; any active user’s password opens it after a restart', async () => {
    const dataDir = tempDir();
    const first = await gate(dataDir);
    expect(await status(first)).toMatchObject({ site: null, session: null, encrypted: false });
    expect((await first.invoke('formula.list', { kind: 'caregivers' })).ok).toBe(false);
    const refused = await first.invoke('setup.complete', { ...facilitySetup(), admin: { fullName: '', username: 'x', password: 'corta', passwordConfirm: 'otra' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.existsSync(path.join(dataDir, 'keyslots.json'))).toBe(false);
    await ok(first, 'setup.complete', facilitySetup());
    const afterSetup = await status(first);
    expect(afterSetup.encrypted).toBe(true);
    const recovery = afterSetup.recoveryKey ?? '';
    expect(recovery).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    expect(plainHeader(dataDir)).toBe(false);
    await ok(first, 'setup.recoveryKeyKept', {});
    expect((await status(first)).recoveryKey).toBeNull();
    const luis = await ok<UserRow>(first, 'users.create', { fullName: 'Luis Registro', username: 'luis.registro', role: 'registrar', password: 'clave-de-luis', passwordConfirm: 'clave-de-luis' });
    const eva = await ok<UserRow>(first, 'users.create', { fullName: 'Eva Salud', username: 'eva.salud', role: 'health', password: 'clave-de-eva1', passwordConfirm: 'clave-de-eva1' });
    await ok(first, 'users.resetPassword', { userId: eva.id, password: 'clave-nueva-eva', passwordConfirm: 'clave-nueva-eva' });
    await ok(first, 'users.setActive', { userId: luis.id, active: false });
    expect(Object.keys(readKeySlots(dataDir)?.users ?? {}).sort()).toEqual(['eva.salud', 'rosa.quispe']);
    first.close();

    // After a restart: the sign-in screen, with the site's name, before anything is open.
    const second = await gate(dataDir);
    expect(second.current).toBeNull();
    expect(await status(second)).toMatchObject({ session: null, encrypted: true, site: { name: 'Centro de Salud San Juan' } });
    expect(await second.invoke('session.login', { username: 'luis.registro', password: 'clave-de-luis' })).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(await second.invoke('session.login', { username: 'eva.salud', password: 'clave-de-eva1' })).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(second.current).toBeNull();
    await ok(second, 'session.login', { username: 'eva.salud', password: 'clave-nueva-eva' });
    expect(second.current).not.toBeNull();
    // The reset password was temporary: the new one she chooses re-wraps her slot.
    await ok(second, 'session.changePassword', { currentPassword: 'clave-nueva-eva', password: 'clave-propia-eva', passwordConfirm: 'clave-propia-eva' });
    second.close();
    const third = await gate(dataDir);
    await ok(third, 'session.login', { username: 'eva.salud', password: 'clave-propia-eva' });
    // The recovery key opens it too (a backup on a new PC).
    const slots = readKeySlots(dataDir);
    expect(slots && openWithRecoveryKey(slots, recovery).length).toBe(32);
  });

  it('a folder from before encryption opens as it was and is encrypted in place at the first admin’s sign-in, keeping every row', async () => {
    const dataDir = tempDir();
    const plain = openTestApp({ dataDir });
    await plain.ok('setup.complete', facilitySetup());
    await plain.ok('users.create', { fullName: 'Luis Registro', username: 'luis.registro', role: 'registrar', password: 'clave-de-luis', passwordConfirm: 'clave-de-luis' });
    generateDemo(plain.main.ctx, { months: 2, scale: 0.1, seed: 'cifrado' });
    const tables = ['caregivers', 'infants', 'prescriptions', 'deliveries', 'support_groups', 'group_sessions', 'attachments', 'audit_log'];
    const countsOf = (app: { main: { ctx: { sqlite: { prepare(sql: string): { pluck(): { get(): unknown } } } } } }) => tables.map((t) => app.main.ctx.sqlite.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get());
    const before = countsOf(plain);
    plain.main.close();
    expect(plainHeader(dataDir)).toBe(true);

    const gated = await gate(dataDir);
    expect(gated.current).not.toBeNull();
    expect((await status(gated)).encrypted).toBe(false);
    await ok(gated, 'session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(plainHeader(dataDir)).toBe(true);
    await ok(gated, 'session.logout', {});
    await ok(gated, 'session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(plainHeader(dataDir)).toBe(false);
    const shown = await status(gated);
    expect(shown.encrypted).toBe(true);
    expect(shown.recoveryKey).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    const current = gated.current;
    if (!current) throw new Error('abierta');
    expect(countsOf({ main: current }).slice(0, -1)).toEqual(before.slice(0, -1));
    // Only encrypted backups remain: the plain ones would give everything away.
    const backups = fs.readdirSync(path.join(dataDir, BACKUPS)).filter((d) => fs.existsSync(path.join(dataDir, BACKUPS, d, DATABASE_FILE)));
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(fs.readFileSync(path.join(dataDir, BACKUPS, b, DATABASE_FILE)).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // The scans and their backup mirror are sealed too.
    const scans = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []);
    const plainPdf = (dir: string) => scans(dir).filter((f) => fs.readFileSync(f).subarray(0, 5).toString('latin1') === '%PDF-');
    expect(scans(path.join(dataDir, 'attachments')).length).toBeGreaterThan(0);
    expect(plainPdf(path.join(dataDir, 'attachments'))).toEqual([]);
    expect(plainPdf(path.join(dataDir, BACKUPS))).toEqual([]);
    // …and every one of them still reads back whole with the new key.
    const hashes = current.ctx.sqlite.prepare('SELECT sha256 FROM attachments').pluck().all() as string[];
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.filter((hash) => !current.ctx.blobs.isIntact(hash))).toEqual([]);
    // The registrar gets a slot at the next sign-in while the app is open; then a restart opens with it.
    await ok(gated, 'session.logout', {});
    await ok(gated, 'session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    gated.close();
    const again = await gate(dataDir);
    await ok(again, 'session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    const reopened = again.current;
    if (!reopened) throw new Error('abierta');
    expect(countsOf({ main: reopened }).slice(0, -1)).toEqual(before.slice(0, -1));
  });
});

describe('every password lost (issue 18.4)', () => {
  it('the recovery key sets a new password for an active admin and signs them in; a wrong key or a registrar is refused', async () => {
    const dataDir = tempDir();
    const first = await gate(dataDir);
    await ok(first, 'setup.complete', facilitySetup());
    const recovery = (await status(first)).recoveryKey ?? '';
    await ok(first, 'users.create', { fullName: 'Luis Registro', username: 'luis.registro', role: 'registrar', password: 'clave-de-luis', passwordConfirm: 'clave-de-luis' });
    first.close();

    const second = await gate(dataDir);
    const asked = (key: string, username: string) => second.invoke('session.recover', { recoveryKey: key, username, password: 'clave-recuperada-1', passwordConfirm: 'clave-recuperada-1' });
    expect(await asked('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH', 'rosa.quispe')).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(second.current).toBeNull();
    expect(await asked(recovery.toLowerCase(), 'luis.registro')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { username: expect.stringMatching(/administrador/) as unknown } } });
    const recovered = await asked(recovery, 'rosa.quispe');
    expect(recovered).toMatchObject({ ok: true, value: { username: 'rosa.quispe', mustChangePassword: false } });
    second.close();

    const third = await gate(dataDir);
    expect(await third.invoke('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD })).toMatchObject({ ok: false });
    await ok(third, 'session.login', { username: 'rosa.quispe', password: 'clave-recuperada-1' });
  });
});

describe('calls before the folder is open come one at a time (issue 18.4)', () => {
  it('two setups at once (a double click) open the database once; a status asked meanwhile never sees a half-made folder', async () => {
    const dataDir = tempDir();
    const gated = await gate(dataDir);
    const [first, polled, second] = await Promise.all([gated.invoke('setup.complete', facilitySetup()), gated.invoke('app.status', {}), gated.invoke('setup.complete', facilitySetup())]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
    // The status was answered by the open app, signed in as the admin who set it up.
    expect(polled).toMatchObject({ ok: true, value: { encrypted: true, session: { username: 'rosa.quispe' } } });
    const current = gated.current;
    expect(current?.ctx.sqlite.prepare('SELECT COUNT(*) FROM sites').pluck().get()).toBe(1);
  });
});
