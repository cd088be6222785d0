import { describe, expect, it } from 'vitest';
import { formatDhis2Period, monthsIn, parseDhis2Period, semesterOf, shiftMonth } from '../../src-shared/dhis2/periods';

describe('DHIS2 ISO periods (issue 20)', () => {
  it.each([
    ['2026', { kind: 'year', year: 2026 }],
    ['2026S1', { kind: 'semester', year: 2026, half: 1 }],
    ['2026s2', { kind: 'semester', year: 2026, half: 2 }],
    ['202611', { kind: 'month', year: 2026, month: 11 }],
    ['202401', { kind: 'month', year: 2024, month: 1 }],
  ])('%s is read', (text, period) => {
    expect(parseDhis2Period(text)).toEqual(period);
    expect(formatDhis2Period(parseDhis2Period(text) ?? { kind: 'year', year: 0 })).toBe(text.toUpperCase());
  });

  it.each(['2026S3', '202613', '202600', '26', '2026-11', '1999', '2101S1', 'S12026', ''])('%s is refused', (text) => {
    expect(parseDhis2Period(text)).toBeNull();
  });

  it('semesters cover January–June and July–December; a year its twelve months', () => {
    expect(monthsIn({ kind: 'semester', year: 2026, half: 1 })).toEqual(['202601', '202602', '202603', '202604', '202605', '202606']);
    expect(monthsIn({ kind: 'semester', year: 2024, half: 2 })).toEqual(['202407', '202408', '202409', '202410', '202411', '202412']);
    expect(monthsIn({ kind: 'year', year: 2026 })).toHaveLength(12);
    expect(monthsIn({ kind: 'month', year: 2026, month: 2 })).toEqual(['202602']);
    expect(semesterOf('202606')).toBe('2026S1');
    expect(semesterOf('202607')).toBe('2026S2');
  });

  it('months move across year ends', () => {
    expect(shiftMonth('202601', -1)).toBe('202512');
    expect(shiftMonth('202512', 1)).toBe('202601');
    expect(shiftMonth('202402', 12)).toBe('202502');
    expect(shiftMonth('202611', -23)).toBe('202412');
  });
});
