import { describe, expect, it } from 'vitest';
import { lookupCoverage } from '../../src-main/formula/coverage-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { syncStatus } from '../../src-main/sync/status-service';
import { addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from './sync-helpers';

async function signInAs(app: TestApp, username: string, role: 'coordinator' | 'registrar'): Promise<void> {
  await addUser(app, username, role, 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba' });
}

const codes = (app: TestApp) => app.main.ctx.sqlite.prepare('SELECT code FROM his_codes WHERE deleted = 0 ORDER BY code').pluck().all() as string[];
const padron = (text: string) => Buffer.from(text, 'latin1').toString('base64');

describe('reference data down the hierarchy (coverage list, HIS codes)', () => {
  it('reaches every facility from the microrred and the red, is read-only there, and never carries another facility’s data', async () => {
    const red = await siteOf('network', 'RCN', 'Red Cusco Norte');
    const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const f1 = await siteOf('facility', '00001111', 'Puesto Uno');
    const f2 = await siteOf('facility', '00002222', 'Puesto Dos');
    enrol(micro, red);
    enrol(f1, micro);
    enrol(f2, micro);

    await signInAs(red, 'coord.red', 'coordinator');
    await red.ok('groups.saveHisCode', { activity: 'training', code: 'R0001', description: 'Capacitación (red)' });
    await signInAs(micro, 'coord.micro', 'coordinator');
    await micro.ok('groups.saveHisCode', { activity: 'groupSession', code: 'M0001', description: 'Sesión de grupo (microrred)' });
    await micro.ok('formula.importCoverage', { fileName: 'padron.csv', listDate: '2026-10-31', dataBase64: padron('dni;nombre;obra social\r\n11112222;Ana Núñez;EsSalud\r\n') });
    await micro.ok('formula.saveReason', { code: 'htlv', label: 'Persona con infección por HTLV I/II', side: 'caregiver', active: false });
    await red.ok('formula.saveReason', { label: 'Motivo agregado por la red', side: 'infant', active: true });
    // A facility's own code stays its own: it goes up, never across to another facility.
    await f1.ok('groups.saveHisCode', { activity: 'minutes', code: 'F0001', description: 'Acta (Puesto Uno)' });
    importBundle(micro.main.ctx, exportToParent(f1.main.ctx).bytes);

    importBundle(micro.main.ctx, exportToChild(red.main.ctx, 'MRSJ').bytes);
    expect(codes(micro)).toEqual(['F0001', 'M0001', 'R0001']);
    const toF1 = exportToChild(micro.main.ctx, '00001111');
    const toF2 = exportToChild(micro.main.ctx, '00002222');
    expect(toF2.counts).toEqual({ coverage_imports: 1, coverage_entries: 1, formula_reasons: 2, his_codes: 2 });
    importBundle(f1.main.ctx, toF1.bytes);
    importBundle(f2.main.ctx, toF2.bytes);
    expect(codes(f1)).toEqual(['F0001', 'M0001', 'R0001']);
    expect(codes(f2)).toEqual(['M0001', 'R0001']);
    // What Sincronización says is waiting is what the next bundle up carries: received reference data is not counted (issue 15).
    const waiting = syncStatus(f2.main.ctx).sites[0]?.unacknowledged;
    expect(waiting).toBe(Object.values(exportToParent(f2.main.ctx).counts).reduce((a, b) => a + b, 0));
    expect(lookupCoverage(f2.main.ctx, '11112222')).toEqual({ covered: true, coverage: 'EsSalud', listDate: '2026-10-31' });
    const reasons = await f2.ok('formula.reasons', {});
    expect(reasons.find((r) => r.code === 'htlv')?.active).toBe(false);
    expect(reasons.filter((r) => r.label === 'Motivo agregado por la red')).toMatchObject([{ side: 'infant', active: true }]);

    // Used, not changed, at the facility; the facility's own code is still its to change.
    const listed = await f1.ok('groups.hisCodes', {});
    expect(listed.map((c) => [c.code, c.fromAbove])).toEqual([
      ['M0001', true],
      ['F0001', false],
      ['R0001', true],
    ]);
    const fromAbove = listed.find((c) => c.code === 'M0001');
    expect(await f1.invoke('groups.deleteHisCode', { id: fromAbove?.id ?? '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('solo se cambia allí') as unknown } });
    expect(await f1.invoke('groups.saveHisCode', { id: fromAbove?.id ?? '', activity: 'training', code: 'X', description: 'x' })).toMatchObject({ ok: false });
    await f1.ok('groups.deleteHisCode', { id: listed.find((c) => c.code === 'F0001')?.id ?? '' });

    // Up again: the facility's bundle carries its own change only, not the reference data it received.
    const up = exportToParent(f1.main.ctx);
    expect(up.counts.his_codes).toBe(1);
    expect(up.counts.coverage_entries).toBeUndefined();

    // A change at the microrred travels on the next bundle (with what the facility has not acknowledged).
    const ownAtMicro = (await micro.ok('groups.hisCodes', {})).find((c) => c.code === 'M0001');
    expect(ownAtMicro?.fromAbove).toBe(false);
    await micro.ok('groups.saveHisCode', { id: ownAtMicro?.id ?? '', activity: 'groupSession', code: 'M0002', description: 'Sesión de grupo' });
    importBundle(f2.main.ctx, exportToChild(micro.main.ctx, '00002222').bytes);
    expect(codes(f2)).toEqual(['M0002', 'R0001']);
  });
});
