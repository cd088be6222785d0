import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupNow, restoreBackup } from '../../src-main/backup/backup-service';
import { BACKUPS, backupFile, describeDatabase, isIntact } from '../../src-main/backup/backup-store';
import { databaseIsHealthy, openDataFolder } from '../../src-main/backup/startup';
import { createKeySlots, newRecoveryKey, openWithRecoveryKey, writeKeySlots } from '../../src-main/crypto/key-slots';
import { DATABASE_FILE } from '../../src-main/db/open';
import { ADMIN_PASSWORD, facilitySetup, MIGRATIONS, openTestApp, tempDir, type TestApp } from '../helpers/test-app';

const SECRET = '45678912';

/** An encrypted facility folder, its slots beside it, with one caregiver. */
async function encryptedFacility(): Promise<{ app: TestApp; key: Buffer; recovery: string }> {
  const recovery = newRecoveryKey();
  const { key, slots } = createKeySlots('rosa.quispe', ADMIN_PASSWORD, recovery);
  const dataDir = tempDir();
  writeKeySlots(dataDir, slots);
  const app = openTestApp({ dataDir, key });
  await app.ok('setup.complete', facilitySetup());
  await app.ok('users.create', { fullName: 'Luis Registro', username: 'luis.registro', role: 'registrar', password: 'clave-de-luis', passwordConfirm: 'clave-de-luis' });
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
  await app.ok('formula.createCaregiver', { nationalId: SECRET, firstNames: 'Marisol', lastNames: 'Quintanilla', phone: '984123456', coverageChecked: true });
  return { app, key, recovery };
}

const unreadable = (file: string) => {
  const bytes = fs.readFileSync(file);
  return !bytes.includes(Buffer.from(SECRET)) && !bytes.includes(Buffer.from('Marisol')) && bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3';
};

describe('an encrypted data folder (issue 18.4)', () => {
  it('the database file and every backup, here and in the second folder, are unreadable without the key', async () => {
    const { app, key, recovery } = await encryptedFacility();
    app.main.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(unreadable(path.join(app.dataDir, DATABASE_FILE))).toBe(true);
    const usb = tempDir();
    const taken = await backupNow(app.main.ctx, 'manual', usb);
    expect(taken.warnings).toEqual([]);
    const root = path.join(app.dataDir, BACKUPS);
    const copy = backupFile(root, taken.manifest.id);
    expect(unreadable(copy)).toBe(true);
    expect(isIntact(root, taken.manifest)).toBe(true);
    expect(taken.manifest.counts.caregivers).toBe(1);
    const second = backupFile(path.join(usb, 'LactaRed-copias'), taken.manifest.id);
    expect(unreadable(second)).toBe(true);
    // The copy on the USB stick opens on another PC with the recovery key and the slots that travel with it.
    expect(fs.existsSync(path.join(path.dirname(second), 'keyslots.json'))).toBe(true);
    expect(await describeDatabase(second)).toBeNull();
    expect((await describeDatabase(second, openWithRecoveryKey(JSON.parse(fs.readFileSync(path.join(path.dirname(second), 'keyslots.json'), 'utf8')) as never, recovery)))?.counts.caregivers).toBe(1);
    expect((await describeDatabase(copy, key))?.counts.caregivers).toBe(1);
    const plain = new Database(copy, { readonly: true });
    expect(() => plain.prepare('SELECT COUNT(*) FROM caregivers').get()).toThrow(/not a database/);
    plain.close();
  });

  it('a restore of an encrypted backup brings its records back into the open database', async () => {
    const { app } = await encryptedFacility();
    const taken = await backupNow(app.main.ctx, 'manual');
    await app.ok('formula.createCaregiver', { nationalId: '45678913', firstNames: 'Belén', lastNames: 'Ramírez', phone: '9', coverageChecked: true });
    expect(app.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBe(2);
    await restoreBackup(app.main.ctx, taken.manifest.id);
    expect(app.main.ctx.sqlite.prepare('SELECT national_id FROM caregivers').pluck().all()).toEqual([SECRET]);
    // The change tracking of the restored state is the backup's own: nothing new to send.
    expect(app.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBeGreaterThan(10);
    expect(app.main.ctx.sqlite.pragma('foreign_key_check')).toEqual([]);
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect((await app.ok('formula.searchCaregivers', { query: 'Marisol' })).length).toBe(1);
  });

  it('start-up checks, backs up and opens an encrypted folder only with its key; the day\'s copy is taken after the start, off the thread that answers (issue 19)', async () => {
    const { app, key } = await encryptedFacility();
    const dataDir = app.dataDir;
    app.main.close();
    expect(await databaseIsHealthy(dataDir, Date.now())).toBe(false);
    // The check runs in a worker thread: the event loop turns while it reads the whole file (issue 19).
    let settled = false;
    const checking = databaseIsHealthy(dataDir, Date.now(), key).then((healthy) => {
      settled = true;
      return healthy;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(await checking).toBe(true);
    const opened = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', restoreIfDamaged: false, key });
    if (opened.kind !== 'opened') throw new Error('no abrió');
    const startupCopies = () => (fs.existsSync(path.join(dataDir, BACKUPS)) ? fs.readdirSync(path.join(dataDir, BACKUPS)).filter((d) => d.endsWith('-startup')) : []);
    // Open before the day's copy: the sign-in does not wait for it.
    expect(startupCopies()).toEqual([]);
    let finished = false;
    const afterStart = opened.afterStart().then((warnings) => {
      finished = true;
      return warnings;
    });
    // The copy runs in a worker thread: the event loop turns and the database answers while it is made
    // (a VACUUM INTO on this thread would have finished before the first turn).
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(false);
    expect(opened.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBe(1);
    expect(await afterStart).toEqual([]);
    opened.main.close();
    const [startup] = startupCopies();
    expect(startup).toBeDefined();
    expect(unreadable(path.join(dataDir, BACKUPS, startup ?? '', DATABASE_FILE))).toBe(true);
    expect((await describeDatabase(path.join(dataDir, BACKUPS, startup ?? '', DATABASE_FILE), key))?.counts.caregivers).toBe(1);
  });
});
