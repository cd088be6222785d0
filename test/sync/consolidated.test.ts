import { describe, expect, it } from 'vitest';
import { consolidatedIndicators, designatedOn, type ConsolidatedFacilityInput } from '../../src-shared/sync/consolidated';

const facility = (overrides: Partial<ConsolidatedFacilityInput>): ConsolidatedFacilityInput => ({
  siteId: 's',
  code: 'c',
  name: 'n',
  region: 'Cusco',
  attendsBirths: true,
  groupsWithSessions: 0,
  sessionsHeld: 0,
  facilitators: 0,
  deliveries: 0,
  gramsDelivered: 0,
  infantsServed: 0,
  stockGrams: 0,
  ...overrides,
});

describe('GT §6.1.4 indicators over the facilities of a microrred or red', () => {
  it('share of birth-attending facilities with a functioning group; those not attending births do not count', () => {
    const result = consolidatedIndicators([
      facility({ groupsWithSessions: 2 }),
      facility({ groupsWithSessions: 1 }),
      facility({ groupsWithSessions: 0 }),
      facility({ groupsWithSessions: 1 }),
      facility({ groupsWithSessions: 3, attendsBirths: false }),
    ]);
    expect(result.facilitiesWithGroup).toEqual({ count: 3, of: 4, percent: 75, meetsStandard: false });
  });

  it.each([
    [20, 1, true],
    [21, 1, false],
    [21, 2, true],
    [1, 0, false],
    [40, 2, true],
  ])('%i facilities attending births need ceil(n/20) facilitators: %i facilitators → %s', (count, facilitators, ok) => {
    const list = Array.from({ length: count }, (_, i) => facility({ facilitators: i === 0 ? facilitators : 0 }));
    expect(consolidatedIndicators(list).regionsWithTeam.regions[0]).toMatchObject({ facilities: count, facilitators, ok });
  });

  it('per region, and no facilities at all gives no percentage rather than 0 %', () => {
    const result = consolidatedIndicators([facility({ region: 'Cusco', facilitators: 1 }), facility({ region: 'Apurímac' }), facility({ region: 'Puno', attendsBirths: false })]);
    expect(result.regionsWithTeam).toMatchObject({ count: 1, of: 2, percent: 50, meetsStandard: false });
    expect(consolidatedIndicators([]).facilitiesWithGroup).toEqual({ count: 0, of: 0, percent: null, meetsStandard: null });
  });

  it.each([
    ['2026-06-30', '2026-06-30', null, true],
    ['2026-06-30', '2026-07-01', null, false],
    ['2026-06-30', '2026-01-01', '2026-06-29', false],
    ['2028-02-29', '2028-02-29', '2028-02-29', true],
  ])('on %s, designated %s and ended %s → %s', (day, from, to, expected) => {
    expect(designatedOn(day, { designatedOn: from, endedOn: to })).toBe(expected);
  });
});
