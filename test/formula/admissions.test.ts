import { describe, expect, it } from 'vitest';
import { newId } from '../../src-shared/sync/ids';
import { pdfDocument } from '../helpers/generated-files';
import { countRows, facilityAs } from '../helpers/test-app';

// The test clock is 22/11/2026.
const line = (extra: Record<string, unknown> = {}) => ({
  rowKey: newId(),
  prescriptionDate: '18/11/2026',
  caregiverNationalId: '45678912',
  caregiverFirstNames: 'María',
  caregiverLastNames: 'Quispe',
  caregiverPhone: '984123456',
  infantFirstNames: 'Thiago',
  infantLastNames: 'Quispe',
  infantNationalId: '',
  infantBirthDate: '01/11/2026',
  reasonCode: 'adoption',
  durationMonths: '6',
  replacement: 'total',
  gramsPerMonth: '',
  prescriberName: 'Dra. Ana Torres',
  prescriberLicence: 'CMP 45678',
  ...extra,
});

describe('admissions typed from the weekly paper sheet (issue 14.10)', () => {
  it('registers caregiver, infant and prescription with the forms’ rules; the prescription waits for its scan before any delivery', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const first = line();
    const results = await app.ok('formula.batchAdmissions', {
      rows: [first, line({ caregiverNationalId: '11223344', caregiverPhone: '', infantFirstNames: 'Ana' }), line({ caregiverNationalId: '22334455', reasonCode: 'hiv' }), line({ caregiverNationalId: '33445566', infantBirthDate: '01/01/2026' })],
    });
    expect(results.map((r) => (r.ok ? 'ok' : Object.keys(r.errors).join(',')))).toEqual(['ok', 'caregiverPhone', 'reasonCode', 'prescriptionDate']);
    // Sent again after a crash: the same line is one prescription.
    const again = await app.ok('formula.batchAdmissions', { rows: [first] });
    expect(again[0]).toMatchObject({ ok: true, alreadySaved: true });
    expect(countRows(app, 'prescriptions')).toBe(1);

    const pending = await app.ok('formula.pendingDocuments', {});
    expect(pending).toMatchObject([{ infantName: 'Thiago Quispe', caregiverNationalId: '45678912', prescriptionDate: '2026-11-18' }]);
    const prescriptionId = pending[0]?.prescriptionId ?? '';
    expect(await app.ok('formula.prescriptionStatus', { id: prescriptionId })).toMatchObject({ pendingDocument: true });
    expect(await app.invoke('formula.createDelivery', { prescriptionId, deliveryDate: '2026-11-20', cans800: 1, cans1kg: 0 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('todavía no tiene su imagen escaneada') as unknown } });
    await app.ok('attachments.upload', { recordTable: 'prescriptions', recordId: prescriptionId, kind: 'prescription', fileName: 'receta.pdf', dataBase64: pdfDocument(1).toString('base64') });
    expect(await app.ok('formula.pendingDocuments', {})).toEqual([]);
    expect(await app.ok('formula.prescriptionStatus', { id: prescriptionId })).toMatchObject({ pendingDocument: false });
    await app.ok('formula.createDelivery', { prescriptionId, deliveryDate: '2026-11-20', cans800: 1, cans1kg: 0 });

    // A second line for the same infant finds the caregiver and the infant: refused as a second current prescription.
    const second = await app.ok('formula.batchAdmissions', { rows: [line({ prescriptionDate: '20/11/2026' })] });
    expect(second[0]).toMatchObject({ ok: false, errors: { _: expect.stringContaining('ya tiene una receta vigente') as unknown } });
    // The line refused for its date kept the people it registered: sent again corrected, it finds them.
    expect(countRows(app, 'caregivers')).toBe(2);
    expect(countRows(app, 'infants')).toBe(2);
  });
});
