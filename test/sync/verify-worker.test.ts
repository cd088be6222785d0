import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { exportToParent } from '../../src-main/sync/export-service';
import { importManySteps } from '../../src-main/sync/import-many';
import { bundlesFromUploads, type BundleInput } from '../../src-main/sync/parts';
import { driveSteps, Wait } from '../../src-main/sync/steps';
import { BundleVerifier } from '../../src-main/sync/verify-client';
import type { ImportOutcome, ImportProgress } from '../../src-shared/sync/types';
import { createKeySlots, newRecoveryKey, writeKeySlots } from '../../src-main/crypto/key-slots';
import { ADMIN_PASSWORD, countRows, facilitySetup, openTestApp, tempDir, type TestApp } from '../helpers/test-app';
import { withWorkers } from '../helpers/workers';
import { enrol, liveCount, siteIdOf, siteOf } from './sync-helpers';

beforeAll(() => withWorkers());

/** A microrred and two facilities enrolled in it, with months of data and scans; their bundles and a damaged file. */
async function microrredWithTwo() {
  // An encrypted folder: the worker reads the database with its key and seals the scans it stages.
  const dataDir = tempDir();
  const made = createKeySlots('rosa.quispe', ADMIN_PASSWORD, newRecoveryKey());
  writeKeySlots(dataDir, made.slots);
  const micro = openTestApp({ dataDir, key: made.key });
  await micro.ok('setup.complete', facilitySetup({ kind: 'microNetwork', code: 'MRSJ', name: 'Microrred San Juan' }));
  const facilities = [await siteOf('facility', '00001111', 'Puesto Uno'), await siteOf('facility', '00002222', 'Puesto Dos')];
  for (const [n, facility] of facilities.entries()) {
    enrol(facility, micro);
    generateDemo(facility.main.ctx, { months: 3, scale: 0.2, seed: `worker-${n}` });
  }
  const [uno, dos] = facilities.map((facility) => exportToParent(facility.main.ctx).bytes);
  const uploads = () =>
    bundlesFromUploads([
      { name: 'uno.lactared', bytes: uno ?? Buffer.alloc(0) },
      { name: 'basura.lactared', bytes: Buffer.from('no es un paquete') },
      { name: 'dos.lactared', bytes: dos ?? Buffer.alloc(0) },
    ]);
  return { micro, facilities, uploads };
}

/** Runs the import as the app does (a slice at a time, waiting for the worker), recording each step. */
function driven(app: TestApp, bundles: readonly BundleInput[], verifier: BundleVerifier, stillWanted?: (seen: ImportProgress[]) => boolean, seen: ImportProgress[] = []) {
  let waits = 0;
  const steps = importManySteps(app.main.ctx, bundles, { dryRun: false, verifier, ...(stillWanted ? { stillWanted: () => stillWanted(seen) } : {}) });
  const counted = (function* () {
    const result = yield* steps;
    return result;
  })();
  return new Promise<{ outcome: ImportOutcome; seen: ImportProgress[]; waits: number }>((resolve, reject) => {
    driveSteps(
      (function* () {
        for (let step = counted.next(); ; step = counted.next()) {
          if (step.done) return step.value;
          if (step.value instanceof Wait) waits += 1;
          yield step.value;
        }
      })(),
      { step: (progress) => seen.push(progress), done: (outcome) => resolve({ outcome, seen, waits }), failed: reject },
    );
  });
}

function stagingLeft(app: TestApp): string[] {
  const staging = path.join(app.main.ctx.dataDir, 'attachments', '.staging');
  return fs.existsSync(staging) ? fs.readdirSync(staging, { recursive: true }).map(String) : [];
}

function hashesOf(app: TestApp): string[] {
  return app.main.ctx.sqlite.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all() as string[];
}

describe('bundles verified in a worker thread while main applies the one before (issue 19)', () => {
  it('apply the same records, scans and refusals as verifying on main, each next bundle verified during the apply before it', async () => {
    const { micro, facilities, uploads } = await microrredWithTwo();
    const verifier = BundleVerifier.start();
    if (!verifier) throw new Error('sin hilo de verificación');
    const seen: ImportProgress[] = [];
    // Which step the import had reached each time a bundle was handed to the worker.
    const asked: (ImportProgress | undefined)[] = [];
    const verify = vi.spyOn(verifier, 'verify').mockImplementation(function (this: BundleVerifier, ...args) {
      asked.push(seen.at(-1));
      return BundleVerifier.prototype.verify.apply(this, args);
    });
    expect(micro.main.ctx.databaseKey).not.toBeNull();
    const { outcome, waits } = await driven(micro, uploads(), verifier, undefined, seen);
    verifier.close();
    expect(waits).toBeGreaterThan(0);
    expect(verify).toHaveBeenCalledTimes(3);
    // The next bundle is handed over once the one before is verified, before that one is applied; after a
    // refused one, at its turn.
    expect(asked).toEqual([
      { bundlesDone: 0, bundlesTotal: 3, current: 'uno.lactared', verified: false },
      { bundlesDone: 0, bundlesTotal: 3, current: 'uno.lactared', verified: false },
      { bundlesDone: 2, bundlesTotal: 3, current: 'dos.lactared', verified: false },
    ]);
    expect(outcome.files.map((f) => [f.fileName, f.ok, f.error])).toEqual([
      ['uno.lactared', true, undefined],
      ['basura.lactared', false, 'NOT_A_BUNDLE'],
      ['dos.lactared', true, undefined],
    ]);
    for (const facility of facilities) expect(liveCount(micro, 'deliveries', siteIdOf(facility))).toBe(liveCount(facility, 'deliveries'));
    expect(hashesOf(micro)).toEqual([...hashesOf(facilities[0] as TestApp), ...hashesOf(facilities[1] as TestApp)].sort());
    for (const hash of hashesOf(micro)) expect(micro.main.ctx.blobs.isIntact(hash)).toBe(true);
    const stored = fs.readdirSync(path.join(micro.main.ctx.dataDir, 'attachments'), { recursive: true }).map(String);
    const scans = stored.filter((f) => hashesOf(micro).includes(path.basename(f)));
    expect(scans).toHaveLength(hashesOf(micro).length);
    for (const scan of scans) expect(fs.readFileSync(path.join(micro.main.ctx.dataDir, 'attachments', scan)).subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
    expect(countRows(micro, 'sync_imports')).toBe(2);
    // The refusal found in the worker is audited on main, as one found on main.
    expect(micro.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'sync.importRefused'").pluck().all()).toEqual([expect.stringContaining('NOT_A_BUNDLE')]);
    expect(stagingLeft(micro)).toEqual([]);
  });

  it('a bundle verified ahead and never applied (the user signed out meanwhile) leaves no staged scans', async () => {
    const { micro, facilities, uploads } = await microrredWithTwo();
    const verifier = BundleVerifier.start();
    if (!verifier) throw new Error('sin hilo de verificación');
    const bundles = uploads().filter((b) => b.name !== 'basura.lactared');
    const { outcome } = await driven(micro, bundles, verifier, (seen) => !seen.some((p) => p.current === 'uno.lactared' && p.verified));
    verifier.close();
    expect(outcome.files.map((f) => [f.fileName, f.ok, f.error])).toEqual([
      ['uno.lactared', true, undefined],
      ['dos.lactared', false, 'STOPPED'],
    ]);
    expect(liveCount(micro, 'deliveries', siteIdOf(facilities[1] as TestApp))).toBe(0);
    expect(hashesOf(micro)).toEqual(hashesOf(facilities[0] as TestApp));
    expect(stagingLeft(micro)).toEqual([]);
  });

  it('a worker that stops in the middle (crashed, closed) loses nothing: the bundle it had is verified on main', async () => {
    const { micro, facilities, uploads } = await microrredWithTwo();
    const verifier = BundleVerifier.start();
    if (!verifier) throw new Error('sin hilo de verificación');
    const bundles = uploads().filter((b) => b.name !== 'basura.lactared');
    // The worker stops right after the second bundle is handed to it, before it can answer.
    const verify = vi.spyOn(verifier, 'verify').mockImplementation(function (this: BundleVerifier, ...args) {
      const verifying = BundleVerifier.prototype.verify.apply(this, args);
      this.close();
      return verifying;
    });
    const { outcome } = await driven(micro, bundles, verifier);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verifier.alive).toBe(false);
    expect(outcome.files.map((f) => [f.fileName, f.ok, f.error])).toEqual([
      ['uno.lactared', true, undefined],
      ['dos.lactared', true, undefined],
    ]);
    for (const facility of facilities) expect(liveCount(micro, 'deliveries', siteIdOf(facility))).toBe(liveCount(facility, 'deliveries'));
    expect(hashesOf(micro)).toEqual([...hashesOf(facilities[0] as TestApp), ...hashesOf(facilities[1] as TestApp)].sort());
    expect(stagingLeft(micro)).toEqual([]);
  });

  it('what a stopped worker left half-staged is cleared once it has ended', async () => {
    const { micro, uploads } = await microrredWithTwo();
    const verifier = BundleVerifier.start();
    if (!verifier) throw new Error('sin hilo de verificación');
    const staging = path.join(micro.main.ctx.dataDir, 'attachments', '.staging');
    fs.mkdirSync(staging, { recursive: true });
    // Stopped as soon as the worker has made its staging folder: answered or not, that folder is its own.
    const watcher = fs.watch(staging, () => verifier.close());
    try {
      const { outcome } = await driven(micro, uploads().slice(0, 1), verifier);
      expect(outcome.files.map((f) => [f.fileName, f.ok])).toEqual([['uno.lactared', true]]);
    } finally {
      watcher.close();
    }
    expect(verifier.alive).toBe(false);
    await verifier.stopped;
    expect(stagingLeft(micro)).toEqual([]);
  });
});
