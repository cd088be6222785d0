import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate } from '../../src-shared/common/dates';
import {
  checkDelivery,
  computeEntitlement,
  remainingAfter,
  type EntitlementInput,
} from '../../src-shared/formula/entitlement';
import { deliveryRefusalMessage, entitlementRefusalMessage } from '../../src-shared/formula/text';

const base: EntitlementInput = {
  birthDate: '2026-01-10',
  prescriptionDate: '2026-01-10',
  today: '2026-11-22',
  durationMonths: 6,
  replacement: { type: 'total' },
  reasonRule: 'general',
};

function entitlement(overrides: Partial<EntitlementInput>) {
  return computeEntitlement({ ...base, ...overrides });
}

describe('calendar months', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('recognises impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });
});

describe('months to deliver and grams allowed', () => {
  it.each([
    ['prescription on the birth date', { prescriptionDate: '2026-01-10' }, 6, 24000, '2026-07-10'],
    ['prescription at 1 month 10 days: no retroactive months', { prescriptionDate: '2026-02-20' }, 5, 20000, '2026-07-10'],
    ['prescription the day before turning 6 months', { prescriptionDate: '2026-07-09' }, 1, 4000, '2026-07-10'],
    ['shorter prescription', { durationMonths: 2 }, 2, 8000, '2026-03-10'],
    ['partial replacement', { replacement: { type: 'partial' as const, gramsPerMonth: 2000 } }, 6, 12000, '2026-07-10'],
    ['staff lowers it (temporary suspension)', { monthsOverride: 3 }, 3, 12000, '2026-04-10'],
    ['born on the 31st: turns 6 months on the last day of February', { birthDate: '2025-08-31', prescriptionDate: '2025-09-15' }, 6, 24000, '2026-02-28'],
    ['born on the 31st, prescription the 30th of the next month', { birthDate: '2025-08-31', prescriptionDate: '2025-09-30' }, 5, 20000, '2026-02-28'],
    ['born on a leap day', { birthDate: '2024-02-29', prescriptionDate: '2024-03-10', today: '2024-11-22' }, 6, 24000, '2024-08-29'],
    ['born 31 August in a leap-year cycle', { birthDate: '2023-08-31', prescriptionDate: '2023-08-31', today: '2024-03-01' }, 6, 24000, '2024-02-29'],
  ])('%s', (_name, overrides, months, grams, until) => {
    const result = entitlement(overrides);
    expect(result).toMatchObject({ ok: true, value: { months, gramsAllowed: grams, deliverUntilExclusive: until } });
  });

  it.each([
    ['prescription in the future', { prescriptionDate: '2026-11-23' }, 'PRESCRIPTION_IN_FUTURE'],
    ['prescription before birth', { prescriptionDate: '2026-01-09' }, 'PRESCRIPTION_BEFORE_BIRTH'],
    ['birth in the future', { birthDate: '2026-12-01', prescriptionDate: '2026-12-01' }, 'BIRTH_IN_FUTURE'],
    ['already 6 months old', { prescriptionDate: '2026-07-10' }, 'TOO_OLD'],
    ['duration of 7 months', { durationMonths: 7 }, 'BAD_DURATION'],
    ['duration of 0', { durationMonths: 0 }, 'BAD_DURATION'],
    ['partial of 4,500 g', { replacement: { type: 'partial' as const, gramsPerMonth: 4500 } }, 'BAD_PARTIAL_GRAMS'],
    ['partial of 0 g', { replacement: { type: 'partial' as const, gramsPerMonth: 0 } }, 'BAD_PARTIAL_GRAMS'],
    ['staff tries to raise the months', { prescriptionDate: '2026-05-01', monthsOverride: 4 }, 'OVERRIDE_TOO_HIGH'],
  ])('refused: %s', (_name, overrides, code) => {
    const result = entitlement(overrides);
    expect(result).toMatchObject({ ok: false, refusal: { code } });
    if (!result.ok) expect(entitlementRefusalMessage(result.refusal)).toMatch(/\.$/);
  });

  describe('decision not to breastfeed: first month of life only', () => {
    it.each([
      ['at 3 weeks', '2026-01-31', true],
      ['on the last day of the first month', '2026-02-09', true],
      ['on the day it turns one month', '2026-02-10', false],
      ['at 5 weeks', '2026-02-14', false],
    ])('%s', (_name, prescriptionDate, ok) => {
      const result = entitlement({ reasonRule: 'firstMonthOnly', prescriptionDate });
      expect(result.ok).toBe(ok);
      if (!result.ok) expect(entitlementRefusalMessage(result.refusal)).toMatch(/primer mes de vida \(hasta el 10\/02\/2026/);
    });
  });

  describe('very-low-birth-weight premature: 6 to 12 months of corrected age', () => {
    // Born at 30 weeks: corrected birth 10 weeks later, 2026-01-10 + 70 days = 2026-03-21.
    const premature = { reasonRule: 'prematureCorrectedAge' as const, gestationalWeeks: 30, today: '2027-06-30' };
    it.each([
      ['before 6 months corrected', '2026-09-20', false, 0],
      ['exactly 6 months corrected', '2026-09-21', true, 6],
      ['at 10 months corrected: until 12 months', '2027-01-21', true, 2],
      ['at 12 months corrected', '2027-03-21', false, 0],
    ])('%s', (_name, prescriptionDate, ok, months) => {
      const result = entitlement({ ...premature, prescriptionDate });
      expect(result.ok).toBe(ok);
      if (result.ok) expect(result.value.months).toBe(months);
    });

    it('needs the gestational age', () => {
      expect(entitlement({ reasonRule: 'prematureCorrectedAge', prescriptionDate: '2026-09-21', today: '2027-01-01' })).toMatchObject({
        ok: false,
        refusal: { code: 'GESTATIONAL_WEEKS_REQUIRED' },
      });
    });
  });
});

describe('deliveries against what remains', () => {
  const granted = entitlement({ durationMonths: 1 });
  if (!granted.ok) throw new Error('setup');
  const e = granted.value; // 4,000 g, from 2026-01-10 until 2026-02-10

  it('counts 800 g and 1 kg cans', () => {
    expect(remainingAfter(e, [{ cans800: 2, cans1kg: 1 }])).toEqual({
      gramsDelivered: 2600,
      gramsRemaining: 1400,
      cans800Remaining: 1,
      cans1kgRemaining: 1,
    });
  });

  it.each([
    ['fits exactly', [], { cans800: 5, cans1kg: 0, date: '2026-01-10' }, null],
    ['one can too many, with what remains in the message', [{ cans800: 3, cans1kg: 0 }], { cans800: 3, cans1kg: 0, date: '2026-01-20' }, 'EXCEEDS_REMAINING'],
    ['no cans', [], { cans800: 0, cans1kg: 0, date: '2026-01-20' }, 'NO_CANS'],
    ['negative cans', [], { cans800: -1, cans1kg: 2, date: '2026-01-20' }, 'BAD_CAN_COUNT'],
    ['absurd count', [], { cans800: 500, cans1kg: 0, date: '2026-01-20' }, 'BAD_CAN_COUNT'],
    ['date in the future', [], { cans800: 1, cans1kg: 0, date: '2026-11-23' }, 'DATE_IN_FUTURE'],
    ['before the prescription', [], { cans800: 1, cans1kg: 0, date: '2026-01-09' }, 'BEFORE_PRESCRIPTION'],
    ['after the covered month', [], { cans800: 1, cans1kg: 0, date: '2026-02-10' }, 'AFTER_ENTITLEMENT'],
  ])('%s', (_name, previous, delivery, code) => {
    const result = checkDelivery(e, '2026-01-10', previous, delivery, '2026-11-22');
    if (code === null) {
      expect(result).toMatchObject({ ok: true, remainingAfter: { gramsRemaining: 0 } });
    } else {
      expect(result).toMatchObject({ ok: false, refusal: { code } });
      if (!result.ok) expect(deliveryRefusalMessage(result.refusal)).toBeTruthy();
    }
  });

  it('the refusal says what remains', () => {
    const result = checkDelivery(e, '2026-01-10', [{ cans800: 3, cans1kg: 0 }], { cans800: 3, cans1kg: 0, date: '2026-01-20' }, '2026-11-22');
    if (result.ok) throw new Error('should refuse');
    expect(deliveryRefusalMessage(result.refusal)).toBe('Supera lo que queda por entregar: quedan 1.600 g (2 latas de 800 g o 1 lata de 1 kg).');
  });
});
