import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealBundle } from '../../src-main/sync/bundle-codec';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { localKeys } from '../../src-main/sync/keys-of';
import { encodePayload } from '../../src-main/sync/payload';
import { schemaVersionOf } from '../../src-main/sync/peers';
import { SyncRefusal } from '../../src-main/sync/refusal';
import { exportEnrolment, importEnrolment } from '../../src-main/sync/enrolment-service';
import { pdfDocument } from '../helpers/generated-files';
import { TestClock, type TestApp } from '../helpers/test-app';
import { databaseDigest, enrol, liveCount, siteIdOf, siteOf } from './sync-helpers';

async function facilityWithData(code: string, clock = new TestClock()): Promise<TestApp> {
  const app = await siteOf('facility', code, `Puesto ${code}`, clock);
  await app.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación a madres guía' });
  return app;
}

function refusalOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof SyncRefusal) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

/** A bundle as `from` would seal it, with any manifest and rows the test wants (for forged and future bundles). */
function forged(from: TestApp, to: TestApp, change: { schemaVersion?: number; owner?: string; signer?: TestApp } = {}): Buffer {
  const { site } = localKeys(from.main.ctx);
  const receiver = localKeys(to.main.ctx).site;
  const schemaVersion = change.schemaVersion ?? schemaVersionOf(from.main.ctx);
  const address = { kind: 'data' as const, sender: site.id, receiver: receiver.id, sequence: 77, createdAt: 1, schemaVersion };
  const stamp = '1795000000000-000000-x';
  const payload = encodePayload(
    { ...address, sender: { id: site.id, code: site.code, kind: site.kind }, upToChange: 0, counts: { his_codes: 1 }, blobs: [], acknowledges: null },
    [
      {
        table: 'his_codes',
        columns: ['id', 'owner_site_id', 'hlc', 'deleted', 'activity', 'code', 'description', 'created_at'],
        rows: [[crypto.randomUUID(), change.owner ?? site.id, stamp, 0, 'training', 'C9', 'Falso', 1]],
      },
    ],
    [],
  );
  const signer = localKeys((change.signer ?? from).main.ctx);
  return sealBundle(address, payload, { senderSigningPrivateKey: signer.signingPrivateKey, receiverEncryptionPublicKey: receiver.encryptionPublicKey });
}

describe('refused bundles change nothing and say why', () => {
  it('every byte of a small bundle flipped, and every truncation, is refused with the database unchanged', async () => {
    const f1 = await facilityWithData('00001111');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    const bundle = exportToParent(f1.main.ctx).bytes;
    const before = databaseDigest(m);
    const codes = new Set<string>();
    for (let position = 0; position < bundle.length; position += 1) {
      const damaged = Buffer.from(bundle);
      damaged[position] = (damaged[position] ?? 0) ^ (1 << position % 8);
      const code = refusalOf(() => importBundle(m.main.ctx, damaged));
      expect(code, `byte ${position}`).not.toBe('ACCEPTED');
      codes.add(code);
    }
    for (const length of [0, 5, 11, 16, 40, 200, bundle.length - 100, bundle.length - 1]) {
      const code = refusalOf(() => importBundle(m.main.ctx, bundle.subarray(0, length)));
      expect(['NOT_A_BUNDLE', 'TRUNCATED', 'CORRUPT'], `length ${length}`).toContain(code);
    }
    expect(databaseDigest(m)).toBe(before);
    expect([...codes].sort()).toEqual(expect.arrayContaining(['BAD_SIGNATURE', 'CORRUPT', 'NOT_A_BUNDLE']));
    // And the intact bundle still imports afterwards.
    expect(importBundle(m.main.ctx, bundle).summary.his_codes?.new).toBe(1);
  }, 120_000);

  it('wrong receiver, unknown site, forged signature, newer schema, files that are not bundles', async () => {
    const f1 = await facilityWithData('00001111');
    const f3 = await facilityWithData('00003333');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const other = await siteOf('microNetwork', 'MROT', 'Otra microrred');
    enrol(f1, m);
    enrol(other, await siteOf('network', 'REDX', 'Red'));
    // f3 knows the microrred, but the microrred never enrolled f3.
    const parentFile = exportEnrolment(m.main.ctx);
    importEnrolment(f3.main.ctx, Buffer.from(parentFile.content), parentFile.fingerprint);
    const before = databaseDigest(m);
    const toM = exportToParent(f1.main.ctx).bytes;
    expect(refusalOf(() => importBundle(other.main.ctx, toM))).toBe('WRONG_RECEIVER');
    expect(refusalOf(() => importBundle(m.main.ctx, exportToParent(f3.main.ctx).bytes))).toBe('UNKNOWN_SITE');
    expect(refusalOf(() => importBundle(m.main.ctx, forged(f1, m, { signer: f3 })))).toBe('BAD_SIGNATURE');
    expect(refusalOf(() => importBundle(m.main.ctx, forged(f1, m, { schemaVersion: schemaVersionOf(m.main.ctx) + 1 })))).toBe('SCHEMA_TOO_NEW');
    for (const notABundle of [Buffer.alloc(0), pdfDocument(1), Buffer.from('LACTARED'), crypto.randomBytes(5000)]) {
      expect(refusalOf(() => importBundle(m.main.ctx, notABundle))).toBe('NOT_A_BUNDLE');
    }
    expect(databaseDigest(m)).toBe(before);
    const refused = m.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'sync.importRefused'").pluck().all() as string[];
    expect(refused.map((detail) => detail.split(':')[0])).toEqual(['UNKNOWN_SITE', 'BAD_SIGNATURE', 'SCHEMA_TOO_NEW', 'NOT_A_BUNDLE', 'NOT_A_BUNDLE', 'NOT_A_BUNDLE', 'NOT_A_BUNDLE']);
  });

  it('a facility may not send records of another facility: they are refused, its own are applied', async () => {
    const f1 = await facilityWithData('00001111');
    const f2 = await facilityWithData('00002222');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    enrol(f2, m);
    const result = importBundle(m.main.ctx, forged(f2, m, { owner: siteIdOf(f1) }));
    expect(result.summary.his_codes).toMatchObject({ new: 0, refused: 1 });
    expect(importBundle(m.main.ctx, forged(f2, m)).summary.his_codes).toMatchObject({ new: 1, refused: 0 });
  });
});

describe('clocks that are wrong', () => {
  it.each([
    ['3 days ahead', 3],
    ['3 days behind', -3],
  ])('a facility whose clock is %s: its records arrive, and a later change after the clock is fixed still wins', async (_label, days) => {
    const clock = new TestClock(Date.UTC(2026, 10, 22, 13) + days * 86_400_000);
    const f1 = await facilityWithData('00001111', clock);
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    expect(importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes).summary.his_codes?.new).toBe(1);
    clock.nowMs = Date.UTC(2026, 10, 22, 14);
    // Moving the clock forward counts as idle time: the screen locks, the admin unlocks it.
    if (days < 0) await f1.ok('session.unlock', { password: 'clave-segura-2026' });
    const codes = await f1.ok('groups.hisCodes', {});
    await f1.ok('groups.saveHisCode', { id: codes[0]?.id ?? null, activity: 'training', code: 'C0002', description: 'Corregido' });
    expect(importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes).summary.his_codes).toMatchObject({ updated: 1 });
    expect(m.main.ctx.sqlite.prepare('SELECT code FROM his_codes').pluck().get()).toBe('C0002');
    expect(liveCount(m, 'his_codes')).toBe(1);
  });
});
