import { describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { scannedPage } from '../helpers/generated-files';
import { addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from './sync-helpers';

async function facilityWithInfant(code: string, infantDni: string, cans: number): Promise<TestApp> {
  const app = await siteOf('facility', code, `Puesto ${code}`);
  await addUser(app, 'registro', 'registrar', 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'registro', password: 'clave-de-prueba' });
  const caregiver = await app.ok('formula.createCaregiver', { nationalId: `4${code.slice(-7)}`, firstNames: 'María', lastNames: 'Quispe', phone: '9', coverageChecked: true });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate: '2026-11-02', nationalId: infantDni });
  const p = await app.ok('formula.createPrescription', {
    infantId: withInfant.infants[0]?.id ?? '',
    prescriptionDate: '2026-11-02',
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 6,
    prescriberName: 'Dra. Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 1',
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(40)).toString('base64') },
  });
  for (let i = 0; i < cans; i += 20) await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-05', cans800: Math.min(20, cans - i), cans1kg: 0, confirmRepeat: true });
  return app;
}

describe('data quality at the coordination (issue 14.4)', () => {
  it('lists an infant DNI with prescriptions at two facilities, with what it received at each, and flags it past the cap', async () => {
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const f1 = await facilityWithInfant('00001111', '78945612', 30);
    const f2 = await facilityWithInfant('00002222', '78945612', 20);
    const f3 = await facilityWithInfant('00003333', '11122233', 5);
    for (const f of [f1, f2, f3]) {
      enrol(f, m);
      importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes);
    }
    await addUser(m, 'coord', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    const quality = await m.ok('sync.dataQuality', {});
    expect(quality.infantsAtSeveralFacilities).toEqual([
      {
        nationalId: '78945612',
        totalGrams: 40_000,
        overCap: true,
        records: [
          { name: 'Thiago Quispe', birthDate: '2026-11-02', site: 'Puesto 00001111 (00001111)', prescriptions: 1, grams: 24_000 },
          { name: 'Thiago Quispe', birthDate: '2026-11-02', site: 'Puesto 00002222 (00002222)', prescriptions: 1, grams: 16_000 },
        ],
      },
    ]);
  });
});
