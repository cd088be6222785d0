import { describe, expect, it } from 'vitest';
import { admissionDraft, admissionsFromDraft, emptyAdmission, isBlankAdmission } from '../../src-renderer/formula/batch/admission-rows';

describe('admission lines of the Planilla screen (issue 14.10)', () => {
  it('a new line carries the date and prescriber of the one above, and is blank until a person is typed', () => {
    const first = { ...emptyAdmission(), prescriptionDate: '18/11/2026', prescriberName: 'Dra. Ana Torres', prescriberLicence: 'CMP 45678', replacement: 'partial' };
    const next = emptyAdmission(first);
    expect(next).toMatchObject({ prescriptionDate: '18/11/2026', prescriberName: 'Dra. Ana Torres', prescriberLicence: 'CMP 45678', replacement: 'total', caregiverNationalId: '' });
    expect(next.key).not.toBe(first.key);
    expect(isBlankAdmission(next)).toBe(true);
    expect(isBlankAdmission({ ...next, infantFirstNames: 'Thiago' })).toBe(false);
  });

  it('a draft restores its lines with their keys (the prescription ids) and drops what is not a line', () => {
    const line = { ...emptyAdmission(), caregiverNationalId: '45678912', errors: { caregiverPhone: 'Escriba un teléfono' } };
    const restored = admissionsFromDraft({ rows: [admissionDraft(line), admissionDraft(line), 'basura', null, { key: 'no-es-uuid', replacement: 'otra' }] });
    expect(restored).toHaveLength(3);
    expect(restored[0]).toEqual(line);
    // The same key twice would save one prescription for two lines: the copy gets a new one.
    expect(restored[1]?.key).not.toBe(line.key);
    expect(restored[2]).toMatchObject({ replacement: 'total', caregiverNationalId: '' });
    expect(admissionsFromDraft({ rows: 'x' })).toEqual([]);
  });
});
