import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { attachmentsText } from '../../src-shared/attachments/text';
import { BackgroundFiles } from '../../src-main/attachments/background-files';
import { AppError } from '../../src-main/app/errors';
import { generateDemo } from '../../src-main/demo/demo-data';
import { bufferSource, fileSource, type ByteSource } from '../../src-main/sync/byte-source';
import { exportToParent, exportToParentFile } from '../../src-main/sync/export-service';
import { importMany } from '../../src-main/sync/import-many';
import { bundlesFromFiles, bundlesFromUploads, splitBundleFile } from '../../src-main/sync/parts';
import { importBundle } from '../../src-main/sync/import-service';
import { verifyBundle } from '../../src-main/sync/verify-bundle';
import { SyncRefusal } from '../../src-main/sync/refusal';
import { tempDir, type TestApp } from '../helpers/test-app';
import { databaseDigest, enrol, siteOf } from './sync-helpers';

/** Every file under the attachments folder, staging included: what an import left on disk. */
function filesOnDisk(app: TestApp): string[] {
  const root = app.main.ctx.blobs.dir;
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
}

function hashesOf(app: TestApp): string[] {
  return app.main.ctx.sqlite.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
}

/** A USB stick whose file changes after it was checked: later reads see one byte flipped at `at`. */
function changingSource(bytes: Buffer, at: number): ByteSource {
  const original = bufferSource(bytes);
  const changed = Buffer.from(bytes);
  changed[at] = (changed[at] ?? 0) ^ 0xff;
  let readToEnd = false;
  return {
    size: bytes.length,
    read(position, length) {
      const out = (readToEnd ? bufferSource(changed) : original).read(position, length);
      if (position + length >= bytes.length) readToEnd = true;
      return out;
    },
    close: () => undefined,
    origin: original.origin,
  };
}

async function facilityWithScans(): Promise<{ facility: TestApp; micro: TestApp; bundle: Buffer }> {
  const facility = await siteOf('facility', '10000011', 'P.S. Once');
  const micro = await siteOf('microNetwork', '00009000', 'Microrred Norte');
  enrol(facility, micro);
  const counts = generateDemo(facility.main.ctx, { months: 3, scale: 0.2, seed: 'scans' });
  expect(counts.scans).toBeGreaterThan(2);
  return { facility, micro, bundle: exportToParent(facility.main.ctx).bytes };
}

describe('attachment files in bundles', () => {
  it('travel with their records, read from the file in chunks, and land intact with nothing left in staging', async () => {
    const { facility, micro, bundle } = await facilityWithScans();
    const file = path.join(tempDir(), 'paquete.lactared');
    fs.writeFileSync(file, bundle);
    const source = fileSource(file);
    // Each file and its folder are made durable in another thread while the bundle is verified (issue 19):
    // main's thread never waits on a received scan's fsync.
    const fsyncOnMain = vi.spyOn(fs, 'fsyncSync');
    const result = importBundle(micro.main.ctx, source);
    expect(fsyncOnMain).not.toHaveBeenCalled();
    fsyncOnMain.mockRestore();
    source.close();
    expect(result.summary.attachments?.new).toBe(hashesOf(facility).length);
    expect(hashesOf(micro)).toEqual(hashesOf(facility));
    for (const hash of hashesOf(micro)) expect(micro.main.ctx.blobs.read(hash).equals(facility.main.ctx.blobs.read(hash))).toBe(true);
    expect(filesOnDisk(micro).filter((f) => f.includes('.staging'))).toEqual([]);
    expect(filesOnDisk(micro)).toHaveLength(hashesOf(micro).length);
  });

  it('verify and a dry run check every file and write none', async () => {
    const { micro, bundle } = await facilityWithScans();
    const verified = verifyBundle(micro.main.ctx, bundle);
    expect(verified.blobs.hashes.size).toBeGreaterThan(2);
    importBundle(micro.main.ctx, bundle, { dryRun: true });
    expect(filesOnDisk(micro)).toEqual([]);
    expect(hashesOf(micro)).toEqual([]);
  });

  it('a file that changes between the check and the reading (in an attachment, or its last byte) is refused and leaves nothing', async () => {
    const { micro, bundle } = await facilityWithScans();
    const before = databaseDigest(micro);
    for (const at of [bundle.length - 200_000, bundle.length - 1]) {
      let code = 'ACCEPTED';
      try {
        importBundle(micro.main.ctx, changingSource(bundle, at));
      } catch (error) {
        if (!(error instanceof SyncRefusal)) throw error;
        code = error.code;
      }
      expect(code, `byte ${at}`).toBe('CORRUPT');
      expect(databaseDigest(micro)).toBe(before);
      expect(filesOnDisk(micro)).toEqual([]);
    }
    // The same bundle read properly is then applied in full.
    expect(importBundle(micro.main.ctx, bundle).summary.attachments?.new).toBeGreaterThan(2);
  });

  it('scans the disk cannot keep (full, removed) refuse the bundle with what to do, in Spanish, and apply nothing', async () => {
    const { micro, bundle } = await facilityWithScans();
    const before = databaseDigest(micro);
    // The worker does its work, then the disk is reported as failing (full, removed): files it had already
    // moved into the store for these records are removed again.
    const { drain } = Object.getOwnPropertyDescriptors(BackgroundFiles.prototype);
    const disk = vi.spyOn(BackgroundFiles.prototype, 'drain').mockImplementation(function (this: BackgroundFiles) {
      (drain.value as () => void).call(this);
      throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
    });
    const outcome = importMany(micro.main.ctx, bundlesFromUploads([{ name: 'paquete.lactared', bytes: bundle }]), { dryRun: false });
    disk.mockRestore();
    expect(outcome.files).toMatchObject([{ fileName: 'paquete.lactared', ok: false, message: attachmentsText.errors.notDurable }]);
    expect(databaseDigest(micro)).toBe(before);
    expect(filesOnDisk(micro)).toEqual([]);
  });
});

describe('bundles written straight to a file', () => {
  it('hold one scan at a time, split into parts from disk, and import like any bundle', async () => {
    const { facility, micro } = await facilityWithScans();
    const folder = tempDir('lactared-usb-');
    const exported = exportToParentFile(facility.main.ctx, folder);
    expect(fs.readdirSync(folder)).toEqual([exported.fileName]);
    expect(fs.statSync(exported.file).size).toBe(exported.size);
    const parts = splitBundleFile(exported.file, 200_000);
    expect(parts.length).toBeGreaterThan(2);
    expect(fs.existsSync(exported.file)).toBe(false);
    // The same parts uploaded through the window (bytes in memory), one missing, then all: checked only.
    const uploads = parts.map((name) => ({ name, bytes: fs.readFileSync(name) }));
    expect(importMany(micro.main.ctx, bundlesFromUploads(uploads.slice(1)), { dryRun: true }).files).toMatchObject([{ ok: false, error: 'TRUNCATED' }]);
    expect(importMany(micro.main.ctx, bundlesFromUploads(uploads), { dryRun: true }).files).toMatchObject([{ ok: true, sequence: exported.sequence }]);
    expect(hashesOf(micro)).toEqual([]);
    const outcome = importMany(micro.main.ctx, bundlesFromFiles([...parts].reverse()), { dryRun: false });
    expect(outcome.files).toMatchObject([{ ok: true, sequence: exported.sequence }]);
    expect(hashesOf(micro)).toEqual(hashesOf(facility));
    for (const hash of hashesOf(micro)) expect(micro.main.ctx.blobs.isIntact(hash)).toBe(true);
  });
});
