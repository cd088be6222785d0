import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { correctRecord } from '../../src-main/sync/corrections-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { SyncRefusal } from '../../src-main/sync/refusal';
import { MAX_STAMP_AHEAD_MS } from '../../src-shared/sync/hlc';
import { addUser, type TestApp } from '../helpers/test-app';
import { databaseDigest, enrol, siteIdOf, siteOf } from './sync-helpers';

/**
 * Issue 17, blockers 1 and 2: a facility that edits its own database file and then runs the normal
 * export. Every tampering below goes through the facility's change triggers, exactly as an edit with a
 * SQLite browser would, and the bundle is the genuine one, signed with the facility's own key.
 */
function tamper(app: TestApp, sql: string, ...params: unknown[]): void {
  app.main.ctx.sqlite.prepare(sql).run(...params);
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

async function microrredWithTwoFacilities() {
  const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
  const f1 = await siteOf('facility', '00001111', 'Puesto Uno');
  const f2 = await siteOf('facility', '00002222', 'Puesto Dos');
  enrol(f1, m);
  enrol(f2, m);
  return { m, f1, f2 };
}

const one = (app: TestApp, sql: string, ...params: unknown[]) => app.main.ctx.sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined;

describe('a facility cannot rewrite rows it does not own at its microrred (issue 17.1)', () => {
  it('the microrred’s own site row: kind, keys and owner stay, and the other facilities’ bundles still import', async () => {
    const { m, f1, f2 } = await microrredWithTwoFacilities();
    const mId = siteIdOf(m);
    const before = one(m, 'SELECT * FROM sites WHERE id = ?', mId);
    tamper(f1, "UPDATE sites SET owner_site_id = ?, kind = 'facility', encryption_public_key = (SELECT encryption_public_key FROM sites WHERE id = ?), name = 'Tomada', hlc = '1795000000000-000000-x' WHERE id = ?", siteIdOf(f1), siteIdOf(f1), mId);
    const result = importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(result.summary.sites?.refused).toBe(1);
    expect(one(m, 'SELECT * FROM sites WHERE id = ?', mId)).toEqual(before);
    generateDemo(f2.main.ctx, { months: 1, scale: 0.05, seed: 'f2' });
    expect(importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes).summary.caregivers?.new).toBeGreaterThan(0);
  });

  it('a site row that claims to be another site, or changes its enrolled keys, is refused', async () => {
    const { m, f1, f2 } = await microrredWithTwoFacilities();
    const f1Id = siteIdOf(f1);
    // A second row owned by f1 describing f2, and f1's own row with a new signing key.
    tamper(f1, "INSERT INTO sites SELECT ?, owner_site_id, hlc, deleted, kind, country, 'Puesto Falso', code, region, network, micro_network, attends_births, signing_public_key, encryption_public_key, created_at FROM sites WHERE id = ?", siteIdOf(f2), f1Id);
    const ownKey = one(f1, 'SELECT signing_public_key AS k FROM sites WHERE id = ?', f1Id)?.k;
    tamper(f1, 'UPDATE sites SET signing_public_key = (SELECT signing_public_key FROM sites WHERE id = ?), hlc = ? WHERE id = ?', siteIdOf(m), `${String(f1.clock.nowMs + 1)}-000000-${f1Id}`, f1Id);
    const result = importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(result.summary.sites).toMatchObject({ new: 0, updated: 0, refused: 2 });
    expect(one(m, 'SELECT name FROM sites WHERE id = ?', siteIdOf(f2))?.name).toBe('Puesto Dos');
    expect(one(m, 'SELECT signing_public_key AS k FROM sites WHERE id = ?', f1Id)?.k).toBe(ownKey);
  });

  it('the reason list the microrred sent down, and another facility’s caregiver, stay as their owners left them', async () => {
    const { m, f1, f2 } = await microrredWithTwoFacilities();
    await addUser(m, 'coord', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    await m.ok('formula.saveReason', { code: 'htlv', label: 'HTLV (microrred)', side: 'caregiver', active: false });
    importBundle(f1.main.ctx, exportToChild(m.main.ctx, '00001111').bytes);
    generateDemo(f2.main.ctx, { months: 1, scale: 0.05, seed: 'f2' });
    importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes);
    const victim = one(m, 'SELECT * FROM caregivers WHERE owner_site_id = ? LIMIT 1', siteIdOf(f2));
    const reason = one(m, "SELECT * FROM formula_reasons WHERE code = 'htlv'");
    if (!victim || !reason) throw new Error('setup');

    const f1Id = siteIdOf(f1);
    const later = `${String(f1.clock.nowMs + 60_000)}-000000-${f1Id}`;
    tamper(f1, "UPDATE formula_reasons SET label = 'Cambiado', active = 1, owner_site_id = ?, hlc = ? WHERE id = ?", f1Id, later, reason.id);
    tamper(
      f1,
      "INSERT INTO caregivers (id, owner_site_id, hlc, deleted, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, ?, 0, '99999999', 'Falsa', 'Persona', 'falsa persona', 1, 1)",
      victim.id,
      f1Id,
      later,
    );
    const result = importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(result.summary.formula_reasons).toMatchObject({ updated: 0, refused: 1 });
    expect(result.summary.caregivers).toMatchObject({ updated: 0, refused: 1 });
    expect(one(m, 'SELECT * FROM caregivers WHERE id = ?', victim.id)).toEqual(victim);
    expect(one(m, 'SELECT * FROM formula_reasons WHERE id = ?', reason.id)).toEqual(reason);
  });

  it('a record of its own hung from another facility’s record is refused (an infant under another facility’s caregiver)', async () => {
    const { m, f1, f2 } = await microrredWithTwoFacilities();
    generateDemo(f2.main.ctx, { months: 1, scale: 0.05, seed: 'f2' });
    importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes);
    const victim = one(m, 'SELECT id FROM caregivers WHERE owner_site_id = ? LIMIT 1', siteIdOf(f2));
    const f1Id = siteIdOf(f1);
    // f1 has no copy of that caregiver: its own foreign key check is switched off for the edit.
    f1.main.ctx.sqlite.pragma('foreign_keys = OFF');
    tamper(
      f1,
      "INSERT INTO infants (id, owner_site_id, hlc, deleted, caregiver_id, first_names, last_names, birth_date, created_at) VALUES ('0190a1b2-0000-7000-8000-0000000000aa', ?, ?, 0, ?, 'Bebé', 'Ajeno', '2026-11-01', 1)",
      f1Id,
      `${String(f1.clock.nowMs)}-000001-${f1Id}`,
      victim?.id,
    );
    const result = importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(result.summary.infants).toMatchObject({ new: 0, refused: 1 });
    expect(one(m, "SELECT id FROM infants WHERE id = '0190a1b2-0000-7000-8000-0000000000aa'")).toBeUndefined();
  });

  it('from above: only corrections of correctable fields of existing records, and reference data; never site rows or users', async () => {
    const { m, f1 } = await microrredWithTwoFacilities();
    generateDemo(f1.main.ctx, { months: 1, scale: 0.05, seed: 'f1' });
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    const f1Id = siteIdOf(f1);
    const delivery = one(f1, 'SELECT * FROM deliveries WHERE owner_site_id = ? AND voided_at IS NULL LIMIT 1', f1Id);
    const ownSite = one(f1, 'SELECT * FROM sites WHERE id = ?', f1Id);
    const admin = one(f1, 'SELECT * FROM users WHERE owner_site_id = ? LIMIT 1', f1Id);
    if (!delivery || !admin) throw new Error('setup');
    const mId = siteIdOf(m);
    // The microrred (or someone with its key) edits its copies of the facility's rows and sends them down.
    const stamp = `${String(m.clock.nowMs + 60_000)}-000000-${mId}`;
    tamper(m, 'UPDATE sites SET encryption_public_key = (SELECT encryption_public_key FROM sites WHERE id = ?), hlc = ? WHERE id = ?', mId, stamp, f1Id);
    tamper(m, "UPDATE users SET role = 'coordinator', active = 1, hlc = ? WHERE id = ?", stamp, admin.id);
    tamper(m, "UPDATE deliveries SET voided_at = 5, void_reason = 'x', received_by_name = 'Otra', hlc = ? WHERE id = ?", stamp, delivery.id);
    tamper(m, 'INSERT INTO sync_corrections (table_name, row_id, owner_site_id, hlc, base_hlc, reason, corrected_at, corrected_by, settled) VALUES (?, ?, ?, ?, ?, ?, 1, NULL, 0)', 'deliveries', delivery.id, f1Id, stamp, delivery.hlc, 'x');
    const down = exportToChild(m.main.ctx, '00001111');
    const result = importBundle(f1.main.ctx, down.bytes);
    expect(result.summary.sites?.refused).toBe(1);
    expect(result.summary.users?.refused).toBe(1);
    expect(one(f1, 'SELECT * FROM sites WHERE id = ?', f1Id)).toEqual(ownSite);
    expect(one(f1, 'SELECT * FROM users WHERE id = ?', admin.id)).toEqual(admin);
    // The delivery's non-correctable fields are kept; only its stamp moves (the correction was applied as
    // a correction of nothing the facility may not have changed).
    const after = one(f1, 'SELECT voided_at, void_reason, received_by_name FROM deliveries WHERE id = ?', delivery.id);
    expect(after).toEqual({ voided_at: delivery.voided_at, void_reason: delivery.void_reason, received_by_name: delivery.received_by_name });
  });

  it('a real correction still reaches the facility', async () => {
    const { m, f1 } = await microrredWithTwoFacilities();
    generateDemo(f1.main.ctx, { months: 1, scale: 0.05, seed: 'f1' });
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    await addUser(m, 'coord', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    const caregiver = one(m, 'SELECT id FROM caregivers LIMIT 1');
    correctRecord(m.main.ctx, { table: 'caregivers', id: String(caregiver?.id), changes: { first_names: 'Corregida' }, reason: 'Nombre mal escrito' });
    expect(importBundle(f1.main.ctx, exportToChild(m.main.ctx, '00001111').bytes).summary.caregivers).toMatchObject({ updated: 1, refused: 0 });
    expect(one(f1, 'SELECT first_names, search_name FROM caregivers WHERE id = ?', caregiver?.id)).toMatchObject({ first_names: 'Corregida', search_name: expect.stringMatching(/^corregida /) as unknown });
  });
});

describe('a received clock stamp is bounded (issue 17.2)', () => {
  it('a row stamped far in the future is refused with CLOCK_AHEAD; nothing changes and the microrred keeps working', async () => {
    const { m, f1, f2 } = await microrredWithTwoFacilities();
    await f1.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    tamper(f1, "UPDATE his_codes SET hlc = '9999999999999-999999-' || owner_site_id");
    const before = databaseDigest(m);
    expect(refusalOf(() => importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes))).toBe('CLOCK_AHEAD');
    expect(databaseDigest(m)).toBe(before);
    expect(one(m, "SELECT detail FROM audit_log WHERE action = 'sync.importRefused'")?.detail).toMatch(/^CLOCK_AHEAD: .*reloj.*his_codes/);
    // The microrred's clock is intact: it still writes and imports.
    await m.ok('groups.saveHisCode', { activity: 'training', code: 'M0001', description: 'Microrred' });
    await f2.ok('groups.saveHisCode', { activity: 'training', code: 'C0002', description: 'Puesto Dos' });
    expect(importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes).summary.his_codes?.new).toBe(1);
  });

  it.each([
    ['exactly at the bound', 0, 'ACCEPTED'],
    ['one millisecond past it', 1, 'CLOCK_AHEAD'],
  ])('a stamp %s', async (_label, extra, expected) => {
    const { m, f1 } = await microrredWithTwoFacilities();
    await f1.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    const wall = String(m.clock.nowMs + MAX_STAMP_AHEAD_MS + extra).padStart(13, '0');
    tamper(f1, "UPDATE his_codes SET hlc = ? || '-000000-' || owner_site_id", wall);
    expect(refusalOf(() => importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes))).toBe(expected);
  });
});
