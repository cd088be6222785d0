import { describe, expect, it } from 'vitest';
import { deliveryDue, isLate, sixMonthsOn, withinNextDays } from '../../src-shared/home/work-rules';

describe('work list rules (issue 15)', () => {
  it.each([
    ['2026-10-10', '2026-11-09', '2026-11-10', 'later', 0],
    ['2026-10-10', '2026-11-10', '2026-11-10', 'due', 0],
    ['2026-10-10', '2026-11-17', '2026-11-10', 'due', 7],
    ['2026-10-10', '2026-11-18', '2026-11-10', 'overdue', 8],
    // A month after the 31st is the month's last day.
    ['2026-01-31', '2026-02-28', '2026-02-28', 'due', 0],
    ['2028-01-31', '2028-02-28', '2028-02-29', 'later', 0],
    ['2026-12-15', '2027-01-23', '2027-01-15', 'overdue', 8],
    ['2026-08-31', '2026-09-30', '2026-09-30', 'due', 0],
  ] as const)('last %s, today %s → due %s, %s (%i days late)', (last, today, dueOn, state, daysLate) => {
    expect(deliveryDue(last, today, 7)).toEqual({ dueOn, state, daysLate });
  });

  it.each([
    ['2026-05-31', '2026-11-30'],
    ['2025-08-31', '2026-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-06-15', '2026-12-15'],
  ])('born %s turns six months on %s', (birth, six) => {
    expect(sixMonthsOn(birth)).toBe(six);
  });

  it.each([
    ['2026-11-22', true],
    ['2026-12-06', true],
    ['2026-12-07', false],
    ['2026-11-21', false],
  ])('%s within 14 days of 22/11/2026: %s', (date, within) => {
    expect(withinNextDays(date, '2026-11-22', 14)).toBe(within);
  });

  it.each([
    [null, true],
    ['2026-11-08', false],
    ['2026-11-07', true],
    ['2026-11-22', false],
  ])('last bundle %s, 14 days: late %s', (last, late) => {
    expect(isLate(last, '2026-11-22', 14)).toBe(late);
  });
});
