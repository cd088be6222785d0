import { describe, expect, it } from 'vitest';
import { lookupCoverage } from '../../src-main/formula/coverage-service';
import type { Result } from '../../src-shared/contract/define';
import { facilityAs } from '../helpers/test-app';

// The test clock is 22/11/2026.
const padron = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const fieldOf = (result: Result<unknown>) => (result.ok ? 'ACEPTADA' : Object.keys(result.error.fieldErrors ?? { _: '' }).join(','));

describe('dates within plausible bounds, per field (issue 17.20)', () => {
  it('year 0001 is refused for birth, stock, course, group and minutes dates', async () => {
    const registrar = await facilityAs('registrar', 'luis.registro');
    const caregiver = await registrar.invoke('formula.createCaregiver', { nationalId: '12345678', firstNames: 'Ana', lastNames: 'Díaz', birthDate: '01/01/0001', phone: '9', coverageChecked: true });
    expect(fieldOf(caregiver)).toBe('birthDate');
    const stock = await registrar.invoke('formula.receiveStock', { receivedDate: '0001-01-01', canGrams: '800', quantity: 10, lot: 'L1', expiryDate: '2027-06-30' });
    expect(fieldOf(stock)).toBe('receivedDate');
    const health = await facilityAs('health', 'ana.salud');
    expect(fieldOf(await health.invoke('groups.createCourse', { name: 'Curso', modality: 'fourByThree', startsOn: '0001-03-01' }))).toBe('startsOn');
    expect(fieldOf(await health.invoke('groups.addMinutes', { meetingDate: '0001-03-01', place: 'Local', participants: 'Todos', agreements: 'Acuerdo' }))).toBe('meetingDate');
    const mother = await health.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Quispe', profile: {} });
    expect(fieldOf(await health.invoke('groups.create', { name: 'Grupo', formedOn: '0001-01-01', leadMotherIds: [mother.id], place: 'Local', periodicityDays: 15 }))).toBe('formedOn');
  });

  it('where the future makes sense it stops a year ahead (a course), ten for an expiry', async () => {
    const health = await facilityAs('health', 'ana.salud');
    expect(fieldOf(await health.invoke('groups.createCourse', { name: 'Curso', modality: 'fourByThree', startsOn: '2027-11-22' }))).toBe('ACEPTADA');
    expect(fieldOf(await health.invoke('groups.createCourse', { name: 'Curso', modality: 'fourByThree', startsOn: '2027-11-23' }))).toBe('startsOn');
    const registrar = await facilityAs('registrar', 'luis.registro');
    const lot = (expiryDate: string) => registrar.invoke('formula.receiveStock', { receivedDate: '2026-11-20', canGrams: '800', quantity: 10, lot: 'L1', expiryDate });
    expect(fieldOf(await lot('2036-11-22'))).toBe('ACEPTADA');
    expect(fieldOf(await lot('2036-11-23'))).toBe('expiryDate');
  });
});

describe('a coverage list dated in the future (issue 17.5)', () => {
  it('is refused at import, and a received one never hides the list in force', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const list = (listDate: string, dni: string) => app.invoke('formula.importCoverage', { fileName: 'padron.csv', listDate, dataBase64: padron(`dni;nombre;obra social\n${dni};Persona;EsSalud\n`) });
    expect(fieldOf(await list('31/12/9999', '11112222'))).toBe('listDate');
    expect(fieldOf(await list('2026-11-23', '11112222'))).toBe('listDate');
    expect(fieldOf(await list('2026-11-20', '33334444'))).toBe('ACEPTADA');
    // A list that arrived dated 2150 (from a site whose check was missing) is stored, but not in force.
    app.main.ctx.sqlite.prepare("UPDATE coverage_imports SET list_date = '2150-01-01'").run();
    expect(fieldOf(await list('2026-11-21', '55556666'))).toBe('ACEPTADA');
    expect(lookupCoverage(app.main.ctx, '55556666')).toMatchObject({ covered: true, listDate: '2026-11-21' });
  });
});
