import { describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { addUser } from '../helpers/test-app';
import { enrol, liveCount, siteOf } from './sync-helpers';

describe('a red configured for de-identified records', () => {
  it('keeps the counts and no name, document, contact or exact birth date; only a red may ask for it', async () => {
    const f1 = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    enrol(f1, m);
    enrol(m, r);
    expect(await m.invoke('sync.setDeidentified', { on: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await r.ok('sync.setDeidentified', { on: true })).deidentified).toBe(true);
    await addUser(f1, 'luis.registro', 'registrar', 'clave-de-prueba');
    await f1.ok('session.logout', {});
    await f1.ok('session.login', { username: 'luis.registro', password: 'clave-de-prueba' });
    for (const [dni, name] of [
      ['45678912', 'María José'],
      ['45678913', 'Ana'],
    ] as const) {
      const caregiver = await f1.ok('formula.createCaregiver', { nationalId: dni, firstNames: name, lastNames: 'Quispe Mamani', phone: '984123456', address: 'Jr. Los Andes 123', coverageChecked: true });
      await f1.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', nationalId: `9${dni.slice(1)}`, birthDate: '2026-10-17' });
    }
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    expect(importBundle(r.main.ctx, exportToParent(m.main.ctx).bytes).summary.caregivers).toMatchObject({ new: 2 });
    expect(liveCount(r, 'caregivers')).toBe(2);
    const held = JSON.stringify(r.main.ctx.sqlite.prepare('SELECT * FROM caregivers').all()) + JSON.stringify(r.main.ctx.sqlite.prepare('SELECT * FROM infants').all());
    for (const personal of ['45678912', '45678913', 'María', 'Quispe', '984123456', 'Los Andes', '2026-10-17', 'Thiago']) expect(held).not.toContain(personal);
    expect(r.main.ctx.sqlite.prepare('SELECT birth_date FROM infants').pluck().all()).toEqual(['2026-10-01', '2026-10-01']);
    // The microrred, which works with the facility, keeps everything.
    expect(m.main.ctx.sqlite.prepare('SELECT national_id FROM caregivers ORDER BY national_id').pluck().all()).toEqual(['45678912', '45678913']);
  });
});
