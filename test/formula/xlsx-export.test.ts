import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { facilityAs } from '../helpers/test-app';

async function readBack(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('sin hoja');
  return sheet;
}

describe('lists as spreadsheets with typed cells (issue 15)', () => {
  it('a DNI keeps its leading zero, a name that looks like a formula stays text, dates are dates, counts are numbers', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const caregiver = await app.ok('formula.createCaregiver', { nationalId: '01234567', firstNames: '=HYPERLINK("http://x")', lastNames: 'Quispe', phone: '984000000', coverageChecked: true });
    await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Bebé', lastNames: 'Quispe', birthDate: '2026-11-01' });
    const exported = await app.ok('formula.exportListXlsx', { kind: 'caregivers' });
    expect(exported).toMatchObject({ rowCount: 1, fileName: expect.stringMatching(/\.xlsx$/) as unknown });
    const sheet = await readBack(exported.dataBase64);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['DNI', 'Apellidos', 'Nombres', 'Teléfono', 'Domicilio', 'Lactantes', 'Registrado el']);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('01234567');
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe('=HYPERLINK("http://x")');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).value).toBe(1);
    expect(row.getCell(7).value).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(row.getCell(7).numFmt).toBe('dd/mm/yyyy');
  });

  it('a home work list too', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    await app.ok('formula.receiveStock', { receivedDate: '2026-11-01', canGrams: '800', quantity: 20, lot: '007', expiryDate: '2027-01-10' });
    const exported = await app.ok('home.exportListXlsx', { key: 'lotsExpiring' });
    const row = (await readBack(exported.dataBase64)).getRow(2);
    expect(row.getCell(1).value).toEqual(new Date(Date.UTC(2027, 0, 10)));
    expect(row.getCell(2).value).toBe('007');
    expect(row.getCell(4).value).toBe(20);
  });
});
