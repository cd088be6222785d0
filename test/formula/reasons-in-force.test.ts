import { describe, expect, it } from 'vitest';
import { DEFAULT_REASONS, findReason, reasonsInForce, type ReasonChange } from '../../src-shared/formula/reasons';

const change = (code: string, hlc: string, extra: Partial<ReasonChange> = {}): ReasonChange => ({ code, label: `Nombre ${hlc}`, side: 'caregiver', active: true, hlc, ...extra });

describe('reasonsInForce: the FI list with the changes of the levels above', () => {
  it('without changes it is the FI list, every reason in force', () => {
    expect(reasonsInForce([]).map((r) => [r.code, r.active])).toEqual(DEFAULT_REASONS.map((r) => [r.code, true]));
  });

  it.each([
    ['a rename keeps the FI rule and side', [change('decisionNotToBreastfeed', 'b', { side: 'infant' })], 'decisionNotToBreastfeed', { label: 'Nombre b', side: 'caregiver', rule: 'firstMonthOnly', needsCounselingDeclaration: true, active: true }],
    ['a withdrawal', [change('htlv', 'a', { active: false })], 'htlv', { active: false }],
    ['the newest change wins, whatever the order they arrived in', [change('htlv', 'c', { active: true }), change('htlv', 'b', { active: false })], 'htlv', { label: 'Nombre c', active: true }],
    ['an added reason follows the general rule with no extra fields', [change('motivo-1', 'a', { side: 'infant' })], 'motivo-1', { side: 'infant', rule: 'general', needsHivFields: false, needsCounselingDeclaration: false, active: true }],
  ])('%s', (_case, changes, code, expected) => {
    expect(findReason(code, reasonsInForce(changes))).toMatchObject(expected);
  });

  it('an added reason comes after the FI ones; nothing is lost from the FI list', () => {
    const listed = reasonsInForce([change('motivo-1', 'a'), change('hiv', 'a', { active: false })]);
    expect(listed).toHaveLength(DEFAULT_REASONS.length + 1);
    expect(listed.at(-1)?.code).toBe('motivo-1');
  });
});
