import { describe, expect, it } from 'vitest';
import { correctRecord } from '../../src-main/sync/corrections-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { pdfDocument, scannedPage } from '../helpers/generated-files';
import { addUser } from '../helpers/test-app';
import { enrol, siteOf } from './sync-helpers';

describe('a coordinator flags a wrong document (issue 14.7)', () => {
  it('the flag travels down, shows on the facility’s prescription, and goes with the document when it is replaced', async () => {
    const f = await siteOf('facility', '00001111', 'Puesto Uno');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f, m);
    await addUser(f, 'registro', 'registrar', 'clave-de-prueba');
    await f.ok('session.logout', {});
    await f.ok('session.login', { username: 'registro', password: 'clave-de-prueba' });
    const caregiver = await f.ok('formula.createCaregiver', { nationalId: '45678912', firstNames: 'María', lastNames: 'Quispe', phone: '9', coverageChecked: true });
    const withInfant = await f.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate: '2026-11-02' });
    const p = await f.ok('formula.createPrescription', {
      infantId: withInfant.infants[0]?.id ?? '',
      prescriptionDate: '2026-11-02',
      reasonCode: 'adoption',
      milkType: 'Fórmula de inicio',
      replacement: 'total',
      durationMonths: 6,
      prescriberName: 'Dra. Torres',
      prescriberProfession: 'Pediatra',
      prescriberLicence: 'CMP 1',
      prescriptionImage: { fileName: 'otra-cosa.png', dataBase64: (await scannedPage(40)).toString('base64') },
    });
    importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes);
    const link = (await m.main.invoke('attachments.list', { recordTable: 'prescriptions', recordId: p.id })) as { ok: true; value: { current: { linkId: string }[] } };
    const linkId = link.value.current[0]?.linkId ?? '';
    correctRecord(m.main.ctx, { table: 'attachment_links', id: linkId, changes: { flag_message: 'La imagen no es una receta: es otra hoja.' }, reason: 'Revisión de documentos' });
    // A coordination site never adds a document to a facility's record, whatever the role.
    await addUser(m, 'registro.m', 'registrar', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'registro.m', password: 'clave-de-prueba' });
    expect(await m.invoke('attachments.upload', { recordTable: 'prescriptions', recordId: p.id, kind: 'prescription', fileName: 'x.pdf', dataBase64: pdfDocument(1).toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('otro establecimiento') as unknown },
    });

    importBundle(f.main.ctx, exportToChild(m.main.ctx, '00001111').bytes);
    const status = await f.ok('formula.prescriptionStatus', { id: p.id });
    expect(status.documentFlags).toEqual(['La imagen no es una receta: es otra hoja.']);
    await f.ok('attachments.upload', { recordTable: 'prescriptions', recordId: p.id, kind: 'prescription', fileName: 'receta.pdf', dataBase64: pdfDocument(1).toString('base64'), replacesLinkId: linkId });
    expect((await f.ok('formula.prescriptionStatus', { id: p.id })).documentFlags).toEqual([]);
    const docs = await f.ok('attachments.list', { recordTable: 'prescriptions', recordId: p.id });
    expect(docs.history.map((d) => d.flagMessage)).toEqual(['La imagen no es una receta: es otra hoja.']);
  });
});
