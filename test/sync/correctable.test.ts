import { describe, expect, it } from 'vitest';
import { CORRECTABLE, readCorrection, typedValueOf, type CorrectableField } from '../../src-shared/sync/correctable';

const TODAY = '2026-11-22';
const delivery = { delivery_date: '2026-10-31', cans_800: 5, cans_1kg: 0 };
const caregiver = { national_id: '41234567', first_names: 'María', last_names: 'Quispe Mamani', phone: '987654321', address: 'Jr. Lima 123' };

describe('readCorrection: what a correction changes, or why not', () => {
  it.each([
    ['dd/mm/aaaa of a month end', '30/09/2026', null, { delivery_date: '2026-09-30' }],
    ['today', '22/11/2026', null, { delivery_date: '2026-11-22' }],
    ['29 February of a leap year', '29/02/2024', null, { delivery_date: '2024-02-29' }],
    ['aaaa-mm-dd as stored', '2026-11-01', null, { delivery_date: '2026-11-01' }],
    ['the same date as stored: no change', '31/10/2026', null, {}],
    ['29 February of a common year', '29/02/2025', 'fecha real', {}],
    ['31 April', '31/04/2026', 'fecha real', {}],
    ['tomorrow', '23/11/2026', 'posterior a hoy', {}],
    ['a date next year', '01/01/2027', 'posterior a hoy', {}],
    ['empty, but required', '  ', 'Escriba', {}],
  ])('delivery date: %s', (_case, typed, error, changes) => {
    const result = readCorrection('deliveries', { delivery_date: typed }, delivery, TODAY);
    if (error) expect(result.errors.delivery_date).toContain(error);
    else expect(result.errors).toEqual({});
    expect(result.changes).toEqual(changes);
  });

  it.each([
    ['7', null, { cans_800: 7 }],
    [' 5 ', null, {}],
    ['0', null, { cans_800: 0 }],
    ['-1', 'número entero', {}],
    ['2.5', 'número entero', {}],
    ['cinco', 'número entero', {}],
  ])('cans of 800 g typed %j', (typed, error, changes) => {
    const result = readCorrection('deliveries', { cans_800: typed }, delivery, TODAY);
    if (error) expect(result.errors.cans_800).toContain(error);
    else expect(result.errors).toEqual({});
    expect(result.changes).toEqual(changes);
  });

  it('documents lose spaces, dots and dashes; names keep their accents with single spaces; optional text may be cleared', () => {
    const result = readCorrection('caregivers', { national_id: '41.234-568', first_names: '  María   José ', phone: '', address: 'Jr. Lima 123' }, caregiver, TODAY);
    expect(result.errors).toEqual({});
    expect(result.changes).toEqual({ national_id: '41234568', first_names: 'María José', phone: '' });
    const errors = readCorrection('caregivers', { national_id: '123', last_names: '' }, caregiver, TODAY).errors;
    expect(Object.keys(errors).sort()).toEqual(['last_names', 'national_id']);
    expect(errors.national_id).toContain('entre 6 y 15');
    expect(errors.last_names).toContain('Escriba');
    expect(readCorrection('caregivers', { address: 'x'.repeat(201) }, caregiver, TODAY).errors.address).toContain('demasiado largo');
  });

  it('columns not in the form are never changed, and say so', () => {
    expect(readCorrection('deliveries', { owner_site_id: 'otro', hlc: 'x' }, delivery, TODAY)).toEqual({
      changes: {},
      errors: { owner_site_id: expect.stringContaining('no se puede cambiar') as unknown, hlc: expect.stringContaining('no se puede cambiar') as unknown },
    });
  });

  it('every correctable field shows its stored value in the form, and reading it back changes nothing', () => {
    const stored: Record<string, Record<string, string | number | null>> = {
      caregivers: caregiver,
      infants: { first_names: 'Thiago', last_names: 'Quispe Rojas', birth_date: '2024-02-29' },
      prescriptions: { prescription_date: '2026-01-31', prescriber_name: 'Dra. Flor Apaza', prescriber_licence: 'CMP 12345' },
      deliveries: delivery,
      his_codes: { code: 'C0001', description: 'Capacitación' },
    };
    for (const [table, fields] of Object.entries(CORRECTABLE)) {
      const row = stored[table] ?? {};
      const typed = Object.fromEntries((fields as readonly CorrectableField[]).map((f) => [f.column, typedValueOf(f, row[f.column] ?? null)]));
      expect(readCorrection(table as keyof typeof CORRECTABLE, typed, row, TODAY), table).toEqual({ changes: {}, errors: {} });
    }
    expect(typedValueOf({ column: 'birth_date', label: 'Fecha', kind: 'date', required: true }, '2024-02-29')).toBe('29/02/2024');
  });
});
