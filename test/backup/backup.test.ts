import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../src-shared/backup/rotation';
import { dailyBackupIfDue } from '../../src-main/backup/backup-service';
import { BACKUPS, backupFile, backupsIn, describeDatabase, isIntact, takeBackup } from '../../src-main/backup/backup-store';
import { localDayOf as localDay } from '../../src-main/app/today';
import { openDataFolder } from '../../src-main/backup/startup';
import { DATABASE_FILE } from '../../src-main/db/open';
import { generateDemo } from '../../src-main/demo/demo-data';
import { ADMIN_PASSWORD, addUser, MIGRATIONS, tempDir, type TestApp } from '../helpers/test-app';
import { siteOf } from '../sync/sync-helpers';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-22T10:00:00');

async function facilityWithData(): Promise<TestApp> {
  const app = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
  generateDemo(app.main.ctx, { months: 2, scale: 0.1, seed: 'backup' });
  return app;
}

function options(app: TestApp, now: number, extra: { secondFolder?: string | null } = {}) {
  return { reason: 'manual' as const, appVersion: 'test', now, day: localDay(now), attachmentsDir: app.main.ctx.blobs.dir, ...extra };
}

/** A copy of the migrations folder with one more migration after the last (`tag`, `sql`). */
function migrationsWithOneMore(tag: string, sql: string): string {
  const newer = tempDir('lactared-migrations-');
  fs.cpSync(MIGRATIONS, newer, { recursive: true });
  const journalFile = path.join(newer, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('sin migraciones');
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(newer, `${tag}.sql`), sql);
  return newer;
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('a backup taken while another connection writes is consistent, with its attachment files', async () => {
    const app = await facilityWithData();
    const writer = new Database(path.join(app.dataDir, DATABASE_FILE));
    const insert = writer.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES (?, 's', '0001700000000-000000-s', 'training', ?, 'x', 0)");
    const before = count(path.join(app.dataDir, DATABASE_FILE), 'his_codes');
    let written = 0;
    const state = { done: false };
    const backup = takeBackup(app.main.ctx.sqlite, app.dataDir, options(app, T0)).finally(() => (state.done = true));
    while (!state.done) {
      insert.run(crypto.randomUUID(), `C${written}`);
      written += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { manifest } = await backup;
    writer.close();
    expect(written).toBeGreaterThan(0);
    const file = backupFile(path.join(app.dataDir, BACKUPS), manifest.id);
    expect(await describeDatabase(file)).not.toBeNull();
    const inBackup = count(file, 'his_codes');
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(before + written);
    expect(manifest.attachments.length).toBeGreaterThan(0);
    expect(isIntact(path.join(app.dataDir, BACKUPS), manifest)).toBe(true);
    expect(manifest.counts.caregivers).toBe(count(path.join(app.dataDir, DATABASE_FILE), 'caregivers'));
  });

  it('rotation keeps exactly the configured set on disk, and the attachment files those backups need', async () => {
    const app = await facilityWithData();
    const taken: { id: string; day: string; takenAt: number }[] = [];
    for (let d = 0; d < 40; d += 1) {
      for (const hour of d % 5 === 0 ? [0, 3] : [0]) {
        const now = T0 + d * DAY + hour * 3_600_000;
        const { manifest } = await takeBackup(app.main.ctx.sqlite, app.dataDir, options(app, now));
        taken.push({ id: manifest.id, day: manifest.day, takenAt: manifest.takenAt });
      }
    }
    const root = path.join(app.dataDir, BACKUPS);
    const expected = [...backupsToKeep(taken)].sort();
    expect(expected).toHaveLength(11);
    expect(backupsIn(root).map((b) => b.id).sort()).toEqual(expected);
    expect(fs.readdirSync(root).filter((e) => e !== 'attachments').sort()).toEqual(expected);
    for (const b of backupsIn(root)) expect(isIntact(root, b), b.id).toBe(true);
  });

  it('copies to a second folder, and a second folder that disappeared (USB pulled) gives a clear warning and no crash', async () => {
    const app = await facilityWithData();
    const usb = tempDir('lactared-usb-');
    const copied = await takeBackup(app.main.ctx.sqlite, app.dataDir, options(app, T0, { secondFolder: usb }));
    expect(copied.warnings).toEqual([]);
    const secondRoot = path.join(usb, 'LactaRed-copias');
    expect(backupsIn(secondRoot).map((b) => b.id)).toEqual([copied.manifest.id]);
    expect(isIntact(secondRoot, backupsIn(secondRoot)[0] ?? copied.manifest)).toBe(true);

    fs.rmSync(usb, { recursive: true, force: true });
    const pulled = await takeBackup(app.main.ctx.sqlite, app.dataDir, options(app, T0 + DAY, { secondFolder: usb }));
    expect(pulled.warnings).toEqual([expect.stringContaining('¿se retiró la memoria USB?')]);
    expect(backupsIn(path.join(app.dataDir, BACKUPS)).map((b) => b.id)).toContain(pulled.manifest.id);
  });
});

describe('start-up', () => {
  it('the copy before migrations leaves the attachment mirror for after the start; mirrored later, every file is there and the manifest lists it (issue 19)', async () => {
    const app = await facilityWithData();
    const dataDir = app.dataDir;
    const hashes = app.main.ctx.sqlite.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[];
    expect(hashes.length).toBeGreaterThan(0);
    app.main.close();
    const newer = migrationsWithOneMore('9999_phone_index', 'CREATE INDEX caregivers_phone ON caregivers (phone);');
    const outcome = await openDataFolder({ dataDir, migrationsFolder: newer, appVersion: 'test', now: () => T0, restoreIfDamaged: true });
    if (outcome.kind !== 'opened') throw new Error('no abrió');
    const root = path.join(dataDir, BACKUPS);
    const before = backupsIn(root)[0];
    // The app is open and answering before a single scan was mirrored.
    expect(before).toMatchObject({ attachments: [], pendingAttachments: expect.arrayContaining(hashes) as unknown });
    expect(outcome.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBeGreaterThan(0);
    expect(await outcome.afterStart()).toEqual([]);
    const after = backupsIn(root)[0];
    expect([...(after?.attachments ?? [])].sort()).toEqual([...hashes].sort());
    expect(after?.pendingAttachments).toEqual([]);
    expect(after && isIntact(root, after)).toBe(true);
    for (const hash of hashes) expect(fs.readFileSync(path.join(root, 'attachments', hash.slice(0, 2), hash))).toEqual(fs.readFileSync(path.join(dataDir, 'attachments', hash.slice(0, 2), hash)));
    expect(backupsIn(root)).toHaveLength(1);
    outcome.main.close();
  });

  it('runs the full integrity check only when it is due, once a week; other starts verify with the quick check (issue 19)', async () => {
    const app = await facilityWithData();
    const dataDir = app.dataDir;
    app.main.close();
    const startAt = async (at: number) => {
      const outcome = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => at, restoreIfDamaged: true });
      if (outcome.kind !== 'opened') throw new Error('no abrió');
      await outcome.afterStart();
      outcome.main.close();
      return backupsIn(path.join(dataDir, BACKUPS)).find((b) => b.takenAt === at)?.verifiedWith;
    };
    expect(await startAt(T0)).toBe('integrity_check');
    expect(await startAt(T0 + DAY)).toBe('quick_check');
    expect(await startAt(T0 + 6 * DAY)).toBe('quick_check');
    // The clock moved a week since the last full check: due again.
    expect(await startAt(T0 + 7 * DAY)).toBe('integrity_check');
    expect(await startAt(T0 + 8 * DAY)).toBe('quick_check');
    // A backup made by hand is always fully verified.
    const manual = await takeBackup(path.join(dataDir, DATABASE_FILE), dataDir, { reason: 'manual', appVersion: 'test', now: T0 + 8 * DAY, day: localDay(T0 + 8 * DAY), attachmentsDir: path.join(dataDir, 'attachments') });
    expect(manual.manifest.verifiedWith).toBe('integrity_check');
  });

  it('backs up at start-up only when due: the day\'s first start (after the start, every scan mirrored), and before migrations change the file (issue 19)', async () => {
    const app = await facilityWithData();
    const dataDir = app.dataDir;
    const hashes = app.main.ctx.sqlite.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[];
    app.main.close();
    const root = path.join(dataDir, BACKUPS);
    const startAt = async (at: number, migrationsFolder = MIGRATIONS) => {
      const outcome = await openDataFolder({ dataDir, migrationsFolder, appVersion: 'test', now: () => at, restoreIfDamaged: true });
      if (outcome.kind !== 'opened') throw new Error('no abrió');
      const before = backupsIn(root).map((b) => b.takenAt);
      await outcome.afterStart();
      outcome.main.close();
      return { before, after: backupsIn(root).map((b) => b.takenAt) };
    };
    // The day's first start opens before the copy; the copy is taken right after, its scans mirrored.
    expect(await startAt(T0)).toEqual({ before: [], after: [T0] });
    expect([...(backupsIn(root)[0]?.attachments ?? [])].sort()).toEqual([...hashes].sort());
    expect(backupsIn(root)[0]?.pendingAttachments).toEqual([]);
    // Later the same day, nothing to migrate: today's copy is there, none is taken.
    expect((await startAt(T0 + 3_600_000)).after).toEqual([T0]);
    // A new version with a migration: copied first, before opening, as the file was before it.
    const newer = migrationsWithOneMore('9999_phone_index', 'CREATE INDEX caregivers_phone ON caregivers (phone);');
    expect(await startAt(T0 + 7_200_000, newer)).toEqual({ before: [T0 + 7_200_000, T0], after: [T0 + 7_200_000, T0] });
    const copy = new Database(backupFile(root, backupsIn(root)[0]?.id ?? ''), { readonly: true });
    expect(copy.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'caregivers_phone'").pluck().get()).toBe(0);
    copy.close();
    expect((await startAt(T0 + 10_800_000, newer)).after).toHaveLength(2);
    // The next day's first start.
    expect((await startAt(T0 + DAY, newer)).after[0]).toBe(T0 + DAY);
  });

  it('a page of the database overwritten with garbage is detected; the newest good backup is restored and the damaged file kept aside', async () => {
    const app = await facilityWithData();
    const dataDir = app.dataDir;
    const caregivers = count(path.join(dataDir, DATABASE_FILE), 'caregivers');
    app.main.close();
    const first = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0, restoreIfDamaged: true });
    if (first.kind !== 'opened') throw new Error('no abrió');
    await first.afterStart();
    first.main.close();

    const live = path.join(dataDir, DATABASE_FILE);
    const pageSize = 4096;
    const fd = fs.openSync(live, 'r+');
    fs.writeSync(fd, crypto.randomBytes(pageSize), 0, pageSize, pageSize * 3);
    fs.closeSync(fd);
    const damagedSha = crypto.createHash('sha256').update(fs.readFileSync(live)).digest('hex');

    const refused = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0 + DAY, restoreIfDamaged: false });
    expect(refused.kind).toBe('damaged');
    expect(crypto.createHash('sha256').update(fs.readFileSync(live)).digest('hex')).toBe(damagedSha);

    const restored = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0 + DAY, restoreIfDamaged: true });
    if (restored.kind !== 'opened') throw new Error('no abrió');
    expect(restored.messages.join(' ')).toMatch(/está dañada.*guardó aparte.*Se restauró la última copia de seguridad buena/);
    expect(restored.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBe(caregivers);
    restored.main.close();
    const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE}.danada-`) && !f.endsWith('-wal') && !f.endsWith('-shm'));
    expect(aside).toHaveLength(1);
    expect(crypto.createHash('sha256').update(fs.readFileSync(path.join(dataDir, aside[0] ?? ''))).digest('hex')).toBe(damagedSha);
  });

  it('a damaged database with no good backup is not opened, and says whom to call', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), Buffer.concat([Buffer.from('SQLite format 3\0'), crypto.randomBytes(8192)]));
    const outcome = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0, restoreIfDamaged: true });
    expect(outcome).toMatchObject({ kind: 'damaged', messages: [expect.stringContaining('dañada'), expect.stringContaining('No hay ninguna copia de seguridad buena')] });
  });

  it('a migration that fails puts the start-up backup back and says so', async () => {
    const app = await facilityWithData();
    const dataDir = app.dataDir;
    const caregivers = count(path.join(dataDir, DATABASE_FILE), 'caregivers');
    app.main.close();
    const broken = migrationsWithOneMore('9999_broken', 'ALTER TABLE caregivers ADD COLUMN extra text;\n--> statement-breakpoint\nTHIS IS NOT SQL;');

    await expect(openDataFolder({ dataDir, migrationsFolder: broken, appVersion: 'test', now: () => T0, restoreIfDamaged: true })).rejects.toThrow(/La actualización de la base de datos falló\. Se volvió a la copia de seguridad/);
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBe(caregivers);
    expect((db.prepare('PRAGMA table_info(caregivers)').all() as { name: string }[]).map((c) => c.name)).not.toContain('extra');
    db.close();
    const reopened = await openDataFolder({ dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0 + 1000, restoreIfDamaged: true });
    expect(reopened.kind).toBe('opened');
    if (reopened.kind === 'opened') reopened.main.close();
  });
});

describe('a backup killed with kill -9', () => {
  let cli = '';
  beforeAll(async () => {
    cli = path.resolve('test-results', 'cli-build', 'lactared-backup.cjs');
    await build({ entryPoints: ['src-main/cli/bin.ts'], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'], logLevel: 'warning' });
  });

  it('leaves no half backup counted as good, and the next backup clears it away', async () => {
    const app = await facilityWithData();
    // Big enough that the backup takes a moment: 60 MB of notes.
    const filler = app.main.ctx.sqlite.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES (?, 's', '0001700000000-000000-s', 'training', 'X', ?, 0)");
    app.main.ctx.sqlite.transaction(() => {
      for (let i = 0; i < 600; i += 1) filler.run(crypto.randomUUID(), crypto.randomBytes(50_000).toString('base64'));
    })();
    app.main.close();
    const root = path.join(app.dataDir, BACKUPS);
    const child = spawn(process.execPath, [cli, 'backup', '--data-dir', app.dataDir], { stdio: 'ignore' });
    const killed = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        const partial = fs.existsSync(root) && fs.readdirSync(root).some((e) => e.endsWith('.partial'));
        if (partial) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 1);
      child.on('exit', () => {
        clearInterval(poll);
        resolve(false);
      });
    });
    expect(killed).toBe(true);
    await new Promise((resolve) => child.on('exit', resolve));
    expect(fs.readdirSync(root).some((e) => e.endsWith('.partial'))).toBe(true);
    expect(backupsIn(root)).toEqual([]);
    const next = await openDataFolder({ dataDir: app.dataDir, migrationsFolder: MIGRATIONS, appVersion: 'test', now: () => T0, restoreIfDamaged: true });
    if (next.kind !== 'opened') throw new Error('no abrió');
    await next.afterStart();
    next.main.close();
    expect(backupsIn(root)).toHaveLength(1);
    expect(fs.readdirSync(root).some((e) => e.endsWith('.partial'))).toBe(false);
  });
});

describe('restore, through the contract', () => {
  it('the admin restores a backup: the data as it was, its files back, everyone signed out, the state before kept as a backup', async () => {
    const app = await facilityWithData();
    const taken = await app.ok('backups.take', {});
    const chosen = taken.backups[0];
    if (!chosen) throw new Error('sin copia');
    expect(chosen).toMatchObject({ reason: 'manual', intact: true });
    await addUser(app, 'luis.nuevo', 'registrar', 'clave-de-luis');
    const scan = app.main.ctx.sqlite.prepare('SELECT sha256 FROM attachments LIMIT 1').pluck().get() as string;
    fs.rmSync(app.main.ctx.blobs.pathOf(scan));

    expect(await app.invoke('backups.restore', { id: '20990101T000000Z-manual' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await app.ok('backups.restore', { id: chosen.id });
    expect(app.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM users WHERE username = 'luis.nuevo'").pluck().get()).toBe(0);
    expect(app.main.ctx.blobs.isIntact(scan)).toBe(true);
    expect(await app.invoke('backups.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    const after = await app.ok('backups.list', {});
    expect(after.backups.map((b) => b.reason)).toEqual(['beforeRestore', 'manual']);
    expect(after.backups[0]?.counts.users).toBe((chosen.counts.users ?? 0) + 1);
    expect(app.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restore'").pluck().get()).toBe(1);
  });

  it('only the admin sees and restores backups; a second folder must exist', async () => {
    const app = await facilityWithData();
    expect(await app.invoke('backups.setSecondFolder', { folder: '/no/existe/usb' })).toMatchObject({ ok: false, error: { fieldErrors: { folder: expect.stringContaining('Conecte la memoria USB') as unknown } } });
    const usb = tempDir('lactared-usb-');
    expect((await app.ok('backups.setSecondFolder', { folder: usb })).secondFolder).toBe(usb);
    expect((await app.ok('backups.take', {})).warnings).toEqual([]);
    expect(backupsIn(path.join(usb, 'LactaRed-copias'))).toHaveLength(1);
    await addUser(app, 'ana.salud', 'health', 'clave-de-ana');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'ana.salud', password: 'clave-de-ana' });
    expect(await app.invoke('backups.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the daily backup while the app is open', () => {
  it('is taken when the newest backup is from another day, and only once that day', async () => {
    const app = await facilityWithData();
    const first = await dailyBackupIfDue(app.main.ctx);
    expect(first?.manifest.reason).toBe('daily');
    expect(await dailyBackupIfDue(app.main.ctx)).toBeNull();
    app.clock.advanceMinutes(24 * 60);
    expect((await dailyBackupIfDue(app.main.ctx))?.manifest.day).toBe(localDay(app.main.ctx.now()));
    expect(backupsIn(path.join(app.dataDir, BACKUPS)).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });
});
