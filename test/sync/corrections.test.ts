import { importJobFinished } from '../../src-main/sync/import-jobs';
import { exportJobFinished } from '../../src-main/sync/export-jobs';
import { describe, expect, it } from 'vitest';
import { correctRecord } from '../../src-main/sync/corrections-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { generateDemo } from '../../src-main/demo/demo-data';
import { importBundle } from '../../src-main/sync/import-service';
import { addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from './sync-helpers';

async function facilityWithCode(code: string): Promise<{ app: TestApp; codeId: string }> {
  const app = await siteOf('facility', code, `Puesto ${code}`);
  const codes = await app.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
  return { app, codeId: codes[0]?.id ?? '' };
}

const row = (app: TestApp, id: string) => app.main.ctx.sqlite.prepare('SELECT code, description, hlc FROM his_codes WHERE id = ?').get(id) as { code: string; description: string; hlc: string };
const conflicts = (app: TestApp) => app.main.ctx.sqlite.prepare('SELECT table_name AS tableName, row_id AS rowId, other_state AS otherState FROM sync_conflicts').all() as { tableName: string; rowId: string; otherState: string }[];

describe('corrections from the coordination level (DESIGN.md A.14)', () => {
  it('travel down to the owner only, are applied with an audit entry, and a re-sent old state is not a conflict', async () => {
    const { app: f1, codeId } = await facilityWithCode('00001111');
    const { app: f2, codeId: otherId } = await facilityWithCode('00002222');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    enrol(f2, m);
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes);
    expect(() => correctRecord(f1.main.ctx, { table: 'his_codes', id: codeId, changes: { code: 'X' }, reason: 'r' })).toThrow(/nivel de coordinación/);
    expect(() => correctRecord(m.main.ctx, { table: 'his_codes', id: codeId, changes: { owner_site_id: 'x' }, reason: 'r' })).toThrow(/no se puede corregir/);
    correctRecord(m.main.ctx, { table: 'his_codes', id: codeId, changes: { code: 'C7001' }, reason: 'Código HIS mal escrito' });
    correctRecord(m.main.ctx, { table: 'his_codes', id: otherId, changes: { code: 'C7002' }, reason: 'Código HIS mal escrito' });

    // The facility had not received it yet and re-sends its old state: not a conflict.
    expect(importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes).summary.his_codes).toMatchObject({ unchanged: 1, conflicts: 0 });
    expect(row(m, codeId).code).toBe('C7001');

    const down = exportToChild(m.main.ctx, '00001111');
    expect(down.counts).toEqual({ his_codes: 1 });
    expect(() => importBundle(f2.main.ctx, down.bytes)).toThrow(/no es para este sitio/);
    expect(importBundle(f1.main.ctx, down.bytes).summary.his_codes).toMatchObject({ updated: 1, conflicts: 0 });
    expect(row(f1, codeId).code).toBe('C7001');
    expect(f1.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.correctionApplied'").pluck().get()).toBe(1);
    // f2's correction never reaches f1; f1 holds nothing of f2.
    expect(f1.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM his_codes WHERE id = ?').pluck().get(otherId)).toBe(0);

    // The facility's next bundle carries the corrected state back: settled, no conflict anywhere.
    expect(importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes).summary.his_codes).toMatchObject({ conflicts: 0 });
    expect(conflicts(m)).toEqual([]);
    expect(conflicts(f1)).toEqual([]);
  });

  it('a change at the facility concurrent with a correction keeps both versions visible on both sides', async () => {
    const { app: f1, codeId } = await facilityWithCode('00001111');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    correctRecord(m.main.ctx, { table: 'his_codes', id: codeId, changes: { description: 'Corregido por la microrred' }, reason: 'Descripción' });
    m.clock.advanceMinutes(1);
    await f1.ok('groups.saveHisCode', { id: codeId, activity: 'training', code: 'C0001', description: 'Cambiado en el puesto' });

    const up = importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(up.summary.his_codes?.conflicts).toBe(1);
    const down = importBundle(f1.main.ctx, exportToChild(m.main.ctx, '00001111').bytes);
    expect(down.summary.his_codes?.conflicts).toBe(1);
    // Both sites keep the same current state (the newer stamp) and the other version for review.
    expect(row(m, codeId)).toEqual(row(f1, codeId));
    const kept = row(m, codeId).description;
    const lostAtM = JSON.parse(conflicts(m)[0]?.otherState ?? '{}') as { description?: string };
    const lostAtF = JSON.parse(conflicts(f1)[0]?.otherState ?? '{}') as { description?: string };
    expect(new Set([kept, lostAtM.description])).toEqual(new Set(['Corregido por la microrred', 'Cambiado en el puesto']));
    expect(new Set([kept, lostAtF.description])).toEqual(new Set(['Corregido por la microrred', 'Cambiado en el puesto']));
  });
});

describe('corrections and conflicts through the contract', () => {
  it('only the corrections role corrects; conflicts are listed with both versions and marked reviewed', async () => {
    const { app: f1, codeId } = await facilityWithCode('00001111');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    const input = { table: 'his_codes', id: codeId, changes: { description: 'Corregido' }, reason: 'Descripción mal escrita' };
    expect(await m.invoke('sync.correct', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await addUser(m, 'carmen.rios', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'carmen.rios', password: 'clave-de-prueba' });
    expect(await m.invoke('sync.correct', { ...input, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await m.ok('sync.correct', input);
    m.clock.advanceMinutes(1);
    await f1.ok('groups.saveHisCode', { id: codeId, activity: 'training', code: 'C0001', description: 'Cambiado en el puesto' });
    const started = await m.ok('sync.importBundles', { files: [{ fileName: 'f1.lactared', dataBase64: exportToParent(f1.main.ctx).bytes.toString('base64') }] });
    const imported = await importJobFinished(m.main.ctx, started.jobId);
    expect(imported.status === 'done' && imported.outcome.summary.his_codes?.conflicts).toBe(1);
    const open = await m.ok('sync.conflicts', {});
    expect(open).toHaveLength(1);
    expect(new Set([open[0]?.kept?.description, open[0]?.other.description])).toEqual(new Set(['Corregido', 'Cambiado en el puesto']));
    expect(await m.ok('sync.markReviewed', { id: open[0]?.id ?? 0 })).toEqual([]);
    const down = await m.ok('sync.exportDown', { siteCode: '00001111' });
    expect(await exportJobFinished(m.main.ctx, down.jobId)).toMatchObject({ status: 'done', direction: 'down', records: 1 });
  });
});

describe('the correction form of a facility record', () => {
  it('opens with the values as they are, refuses bad input by field, saves only what changed, and the facility receives it', async () => {
    const f1 = await siteOf('facility', '00001111', 'Puesto Uno');
    generateDemo(f1.main.ctx, { months: 2, scale: 0.1, seed: 'form', scans: false });
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    await addUser(m, 'carmen.rios', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'carmen.rios', password: 'clave-de-prueba' });
    const delivery = m.main.ctx.sqlite.prepare('SELECT id, delivery_date AS date, cans_800 AS cans FROM deliveries LIMIT 1').get() as { id: string; date: string; cans: number };

    const form = await m.ok('sync.correctionForm', { table: 'deliveries', id: delivery.id });
    expect(form.site).toEqual({ code: '00001111', name: 'Puesto Uno' });
    expect(form.fields.map((f) => [f.column, f.value])).toEqual([
      ['delivery_date', delivery.date.split('-').reverse().join('/')],
      ['cans_800', String(delivery.cans)],
      ['cans_1kg', '0'],
    ]);
    expect(form.previous).toEqual([]);

    const refused = await m.invoke('sync.correct', { table: 'deliveries', id: delivery.id, changes: { delivery_date: '31/02/2026', cans_800: 'x' }, reason: 'Digitación' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { delivery_date: expect.stringContaining('fecha real') as unknown, cans_800: expect.stringContaining('entero') as unknown } } });
    expect(await m.invoke('sync.correct', { table: 'deliveries', id: delivery.id, changes: { prescription_id: 'otra' }, reason: 'Digitación' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { prescription_id: expect.stringContaining('no se puede corregir') as unknown } },
    });
    expect(await m.invoke('sync.correct', { table: 'deliveries', id: delivery.id, changes: { cans_800: String(delivery.cans) }, reason: 'Digitación' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('No cambió ningún dato') as unknown },
    });
    expect(await m.invoke('sync.correctionForm', { table: 'attachments', id: delivery.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await m.ok('sync.correct', { table: 'deliveries', id: delivery.id, changes: { cans_800: '4' }, reason: 'Se entregaron 4 latas según el cuaderno' });
    const caregiver = m.main.ctx.sqlite.prepare('SELECT id FROM caregivers LIMIT 1').pluck().get() as string;
    await m.ok('sync.correct', { table: 'caregivers', id: caregiver, changes: { first_names: 'Ángela Rosa' }, reason: 'Nombre según DNI' });
    expect((await m.ok('sync.correctionForm', { table: 'deliveries', id: delivery.id })).previous).toMatchObject([{ reason: 'Se entregaron 4 latas según el cuaderno', by: expect.any(String) as unknown }]);

    importBundle(f1.main.ctx, exportToChild(m.main.ctx, '00001111').bytes);
    expect(f1.main.ctx.sqlite.prepare('SELECT cans_800 FROM deliveries WHERE id = ?').pluck().get(delivery.id)).toBe(4);
    expect(f1.main.ctx.sqlite.prepare('SELECT search_name FROM caregivers WHERE id = ?').pluck().get(caregiver)).toMatch(/^angela rosa /);
    expect(f1.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.correctionApplied'").pluck().get()).toBe(2);
  });
});
