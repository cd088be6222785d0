import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupNow, restoreBackup } from '../../src-main/backup/backup-service';
import { BACKUPS } from '../../src-main/backup/backup-store';
import { createKeySlots, newRecoveryKey, writeKeySlots } from '../../src-main/crypto/key-slots';
import { generateDemo } from '../../src-main/demo/demo-data';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { ADMIN_PASSWORD, facilitySetup, openTestApp, tempDir, type TestApp } from '../helpers/test-app';
import { enrol } from '../sync/sync-helpers';

const PDF = Buffer.from('%PDF-', 'latin1');

async function site(kind: 'facility' | 'microNetwork', code: string, encrypted: boolean): Promise<TestApp> {
  const dataDir = tempDir();
  let key: Buffer | undefined;
  if (encrypted) {
    const made = createKeySlots('rosa.quispe', ADMIN_PASSWORD, newRecoveryKey());
    writeKeySlots(dataDir, made.slots);
    key = made.key;
  }
  const app = openTestApp({ dataDir, ...(key ? { key } : {}) });
  await app.ok('setup.complete', facilitySetup({ kind, code, name: `Sitio ${code}`, ...(kind === 'facility' ? {} : { microNetwork: '' }) }));
  return app;
}

/** Every file under a folder, recursively. */
function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const plainScans = (dir: string) => filesIn(dir).filter((f) => fs.readFileSync(f).subarray(0, 5).equals(PDF));

describe('attachment files in an encrypted folder (issue 18.4)', () => {
  it('are sealed on disk and in the backup mirror, read back whole, travel in bundles and come back from a backup', async () => {
    const facility = await site('facility', '00001111', true);
    const made = generateDemo(facility.main.ctx, { months: 2, scale: 0.2, seed: 'sellado' });
    expect(made.scans).toBeGreaterThan(0);
    const attachments = path.join(facility.dataDir, 'attachments');
    expect(filesIn(attachments).length).toBeGreaterThan(0);
    expect(plainScans(attachments)).toEqual([]);
    const hash = facility.main.ctx.sqlite.prepare('SELECT sha256 FROM attachments LIMIT 1').pluck().get() as string;
    expect(facility.main.ctx.blobs.read(hash).subarray(0, 5).equals(PDF)).toBe(true);
    expect(facility.main.ctx.blobs.sizeOf(hash)).toBe(facility.main.ctx.blobs.read(hash).length);

    const taken = await backupNow(facility.main.ctx, 'manual');
    expect(taken.manifest.attachments.length).toBeGreaterThan(0);
    expect(plainScans(path.join(facility.dataDir, BACKUPS))).toEqual([]);

    // To an encrypted microrred: the files arrive whole and are sealed there too.
    const micro = await site('microNetwork', 'MRSJ', true);
    enrol(facility, micro);
    const result = importBundle(micro.main.ctx, exportToParent(facility.main.ctx).bytes);
    expect(result.summary.attachments?.new).toBeGreaterThan(0);
    expect(plainScans(path.join(micro.dataDir, 'attachments'))).toEqual([]);
    expect(micro.main.ctx.blobs.isIntact(hash)).toBe(true);

    // A lost file comes back from the backup's mirror, still sealed.
    fs.rmSync(facility.main.ctx.blobs.pathOf(hash));
    await facility.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await restoreBackup(facility.main.ctx, taken.manifest.id);
    expect(facility.main.ctx.blobs.isIntact(hash)).toBe(true);
    expect(plainScans(attachments)).toEqual([]);
  });

  it('a plain folder’s files stay readable as they were (nothing sealed without a key)', async () => {
    const facility = await site('facility', '00001111', false);
    generateDemo(facility.main.ctx, { months: 2, scale: 0.2, seed: 'sellado' });
    expect(plainScans(path.join(facility.dataDir, 'attachments')).length).toBeGreaterThan(0);
  });
});
