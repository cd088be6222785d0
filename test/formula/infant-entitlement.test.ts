import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src-shared/common/dates';
import { checkDelivery, computeEntitlement, entitlementWindow, type Entitlement } from '../../src-shared/formula/entitlement';
import { checkNewPrescription, currentPrescription, infantBalance, infantCapGrams, withinInfantCap, type InfantPrescription } from '../../src-shared/formula/infant-entitlement';
import { checkStateChange } from '../../src-shared/formula/prescription-lifecycle';

const BIRTH = '2028-01-31'; // turns 6 months on 2028-07-31; a leap year in between
const TODAY = '2028-03-15';

function prescription(id: string, date: string, months: number, extra: Partial<InfantPrescription> = {}): InfantPrescription {
  const result = computeEntitlement({ birthDate: BIRTH, prescriptionDate: date, today: date, durationMonths: months, replacement: { type: 'total' }, reasonRule: 'general' });
  if (!result.ok) throw new Error(result.refusal.code);
  return { id, prescriptionDate: date, status: 'active', statusOn: null, entitlement: result.value, windowUntil: entitlementWindow({ birthDate: BIRTH, reasonRule: 'general' }).until, ...extra };
}

const cans800 = (n: number) => ({ cans800: n, cans1kg: 0 });

describe('the entitlement is per infant, across its prescriptions (issue 14.3)', () => {
  it('two overlapping prescriptions of 6 months: 60 cans of 800 g end at 24,000 g', () => {
    const a = prescription('a', BIRTH, 6);
    const b = prescription('b', addDays(BIRTH, 3), 6);
    const all = [a, b];
    const delivered: { prescriptionId: string; grams: number }[] = [];
    let given = 0;
    for (let i = 0; i < 60; i += 1) {
      const target = i % 2 === 0 ? a : b;
      const allowed = withinInfantCap(target.entitlement, target.id, all, delivered);
      const previous = delivered.filter((d) => d.prescriptionId === target.id).map((d) => cans800(d.grams / 800));
      const check = checkDelivery(allowed, target.prescriptionDate, previous, { ...cans800(1), date: '2028-02-10' }, TODAY);
      if (check.ok) {
        delivered.push({ prescriptionId: target.id, grams: 800 });
        given += 800;
      }
    }
    expect(given).toBe(24_000);
    expect(infantBalance(all, delivered)).toEqual({ capGrams: 24_000, deliveredGrams: 24_000, remainingGrams: 0 });
  });

  it.each([
    ['from birth', BIRTH, 24_000],
    ['from the last day of the first month (29 Feb, leap year)', '2028-02-29', 24_000],
    ['from the first day of the second month', '2028-03-01', 20_000],
    ['from the day before the window ends', '2028-07-30', 4_000],
  ])('the cap of an infant first prescribed %s is %i g', (_label, date, cap) => {
    expect(infantCapGrams([prescription('a', date, 6)])).toBe(cap);
  });

  it('a renewal after a shorter first prescription: the old deliveries keep counting', () => {
    const first = prescription('a', BIRTH, 2, { status: 'closed', statusOn: '2028-03-20' });
    const renewal = prescription('b', '2028-03-20', 4);
    const delivered = [{ prescriptionId: 'a', grams: 8_000 }];
    const allowed = withinInfantCap(renewal.entitlement, 'b', [first, renewal], delivered);
    expect(allowed.gramsAllowed).toBe(16_000);
  });

  it('a partial prescription keeps its own lower limit under the infant cap', () => {
    const result = computeEntitlement({ birthDate: BIRTH, prescriptionDate: BIRTH, today: BIRTH, durationMonths: 6, replacement: { type: 'partial', gramsPerMonth: 2000 }, reasonRule: 'general' });
    if (!result.ok) throw new Error('setup');
    const partial: InfantPrescription = { ...prescription('p', BIRTH, 6), entitlement: result.value };
    expect(withinInfantCap(partial.entitlement, 'p', [partial], []).gramsAllowed).toBe(12_000);
  });

  it('one current prescription at a time; a renewal names it and is not older than it', () => {
    const a = prescription('a', BIRTH, 6);
    expect(checkNewPrescription([a], [], '2028-02-10', null)).toMatchObject({ ok: false, refusal: { code: 'ACTIVE_EXISTS', lastDay: '2028-07-30' } });
    expect(checkNewPrescription([a], [], '2028-02-10', 'a')).toEqual({ ok: true });
    expect(checkNewPrescription([a], [], '2028-02-10', 'x')).toMatchObject({ ok: false, refusal: { code: 'RENEWS_NOT_CURRENT' } });
    const closed = prescription('a', BIRTH, 6, { status: 'closed', statusOn: '2028-02-01' });
    expect(checkNewPrescription([closed], [], '2028-02-10', null)).toEqual({ ok: true });
    expect(checkNewPrescription([closed], [{ prescriptionId: 'a', grams: 24_000 }], '2028-02-10', null)).toMatchObject({ ok: false, refusal: { code: 'INFANT_CAP_USED' } });
    // A prescription whose window ended is no longer current.
    const short = prescription('s', BIRTH, 1);
    expect(currentPrescription([short], addMonths(BIRTH, 1))).toBeNull();
    expect(currentPrescription([short], addDays(addMonths(BIRTH, 1), -1))?.id).toBe('s');
  });
});

describe('a suspended or closed prescription refuses deliveries from its date (issue 14.5)', () => {
  const a = prescription('a', BIRTH, 6);
  const ent: Entitlement = a.entitlement;
  it.each([
    ['active', 'active', null, '2028-03-01', true],
    ['suspended, delivery before the suspension', 'suspended', '2028-03-01', '2028-02-29', true],
    ['suspended, on the day', 'suspended', '2028-03-01', '2028-03-01', false],
    ['closed, after', 'closed', '2028-03-01', '2028-03-10', false],
  ] as const)('%s', (_label, status, statusOn, date, ok) => {
    expect(checkDelivery(ent, BIRTH, [], { ...cans800(1), date }, TODAY, { status, statusOn }).ok).toBe(ok);
  });
});

describe('the lifecycle: active → suspended ↔ active → closed', () => {
  const now = { prescriptionDate: '2028-02-29', status: 'active' as const, statusOn: null, lastDelivery: '2028-03-02' };
  it.each([
    ['suspend with a reason', now, { to: 'suspended', on: '2028-03-05', note: 'Retoma lactancia a prueba' }, 'ok'],
    ['suspend without a reason', now, { to: 'suspended', on: '2028-03-05', note: ' ' }, 'NOTE_REQUIRED'],
    ['suspend tomorrow', now, { to: 'suspended', on: '2028-03-16', note: 'x' }, 'IN_FUTURE'],
    ['suspend before the prescription', now, { to: 'suspended', on: '2028-02-28', note: 'x' }, 'BEFORE_CURRENT'],
    ['suspend on the day of a delivery', now, { to: 'suspended', on: '2028-03-02', note: 'x' }, 'DELIVERIES_AFTER'],
    ['resume an active one', now, { to: 'active', on: '2028-03-05', note: '' }, 'SAME_STATE'],
    ['resume a suspended one', { ...now, status: 'suspended', statusOn: '2028-03-05' }, { to: 'active', on: '2028-03-10', note: '' }, 'ok'],
    ['resume before it was suspended', { ...now, status: 'suspended', statusOn: '2028-03-05' }, { to: 'active', on: '2028-03-04', note: '' }, 'BEFORE_CURRENT'],
    ['close: back to breastfeeding', now, { to: 'closed', on: '2028-03-10', cause: 'breastfeeding', note: '' }, 'ok'],
    ['close: other, without saying what', now, { to: 'closed', on: '2028-03-10', cause: 'other', note: '' }, 'NOTE_REQUIRED'],
    ['close as renewed by hand', now, { to: 'closed', on: '2028-03-10', cause: 'renewed', note: 'x' }, 'RENEWED_BY_HAND'],
    ['change a closed one', { ...now, status: 'closed', statusOn: '2028-03-10' }, { to: 'suspended', on: '2028-03-12', note: 'x' }, 'CLOSED'],
  ] as const)('%s', (_label, current, change, expected) => {
    const result = checkStateChange(current, change, TODAY);
    expect(result.ok ? 'ok' : result.refusal.code).toBe(expected);
  });
});
