import { describe, expect, it } from 'vitest';
import {
  facilitatorsNeeded,
  indicator1,
  indicator2,
  isActiveTrainedOn,
  type FacilitatorRecord,
  type FacilityFacts,
  type RegistryFacility,
} from '../../src-shared/levels/indicators';
import { registryInScope } from '../../src-shared/levels/scope';

function facilities(region: string, count: number, attendsBirths: boolean, prefix: string, network = 'Red A', microNetwork = 'MR 1'): RegistryFacility[] {
  return Array.from({ length: count }, (_, i) => ({ code: `${prefix}${String(i).padStart(4, '0')}`, name: `${region} ${prefix}${i}`, region, network, microNetwork, attendsBirths }));
}

function facilitator(id: string, region: string, trained: string[], registeredOn = '2024-01-10', inactiveSince: string | null = null): FacilitatorRecord {
  return { id, region, registeredOn, inactiveSince, trainingsCompleted: trained };
}

const facts = (code: string, groupsFormed: number): FacilityFacts => ({ code, groupsFormed });

describe('indicator 1: regions with a team of facilitators (GT §6.1.4, footnote 6)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [20, 1],
    [21, 2],
    [40, 2],
    [41, 3],
    [60, 3],
  ])('%i facilities that attend births need %i facilitators', (n, needed) => {
    expect(facilitatorsNeeded(n)).toBe(needed);
  });

  it('a region of 41 birth-attending facilities needs 3 active trained facilitators; facilities without births do not count', () => {
    const registry = [...facilities('Cusco', 41, true, '10'), ...facilities('Cusco', 30, false, '11'), ...facilities('Puno', 10, true, '20')];
    const two = [facilitator('a', 'Cusco', ['2026-03-01']), facilitator('b', 'CUSCO ', ['2026-03-01']), facilitator('p', 'Puno', ['2026-02-01'])];
    const short = indicator1(registry, two, '2026-12-31');
    expect(short.regions).toEqual([
      { region: 'Cusco', birthFacilities: 41, needed: 3, activeTrained: 2, complete: false },
      { region: 'Puno', birthFacilities: 10, needed: 1, activeTrained: 1, complete: true },
    ]);
    expect(short).toMatchObject({ numerator: 1, denominator: 2, percent: 50, standardPercent: 80, meetsStandard: false });
    expect(short.shortfalls).toEqual([expect.objectContaining({ region: 'Cusco', missing: 1 })]);

    const three = indicator1(registry, [...two, facilitator('c', 'Cusco', ['2026-06-30'])], '2026-12-31');
    expect(three).toMatchObject({ numerator: 2, denominator: 2, percent: 100, meetsStandard: true, shortfalls: [] });
  });

  it('counts a facilitator on the last day of the period only if active and trained by then', () => {
    const end = '2024-06-30';
    expect(isActiveTrainedOn(facilitator('a', 'R', ['2024-06-30']), end)).toBe(true);
    expect(isActiveTrainedOn(facilitator('a', 'R', ['2024-07-01']), end)).toBe(false);
    expect(isActiveTrainedOn(facilitator('a', 'R', []), end)).toBe(false);
    expect(isActiveTrainedOn(facilitator('a', 'R', ['2024-02-29'], '2024-02-29', '2024-06-30'), end)).toBe(false);
    expect(isActiveTrainedOn(facilitator('a', 'R', ['2024-02-29'], '2024-02-29', '2024-07-01'), end)).toBe(true);
    expect(isActiveTrainedOn(facilitator('a', 'R', ['2024-01-01'], '2024-07-01'), end)).toBe(false);
  });

  it('a region with no facility that attends births is not in the denominator; facilitators of a region not in the registry count nowhere', () => {
    const registry = [...facilities('Lima', 5, false, '30'), ...facilities('Ica', 3, true, '31')];
    const result = indicator1(registry, [facilitator('x', 'Tumbes', ['2026-01-01'])], '2026-12-31');
    expect(result).toMatchObject({ numerator: 0, denominator: 1, percent: 0, meetsStandard: false });
    expect(indicator1([], [], '2026-12-31')).toMatchObject({ numerator: 0, denominator: 0, percent: null, meetsStandard: null });
  });
});

describe('indicator 2: birth-attending facilities with a support group formed (footnote 7)', () => {
  const registry = [
    ...facilities('Cusco', 4, true, '40', 'Red Norte', 'MR Alfa'),
    ...facilities('Cusco', 1, true, '41', 'Red Sur', 'MR Beta'),
    ...facilities('Cusco', 3, false, '42', 'Red Norte', 'MR Alfa'),
    ...facilities('Puno', 5, true, '50', 'Red Puno', 'MR Uno'),
  ];

  it('divides by the registry: a facility that never enrolled counts in the denominator, one without births does not', () => {
    // Groups in 3 of the 4 Cusco Norte facilities, in the Cusco facility without births, and in 4 of 5 in Puno.
    const known = [facts('400000', 1), facts('400001', 2), facts('400002', 1), facts('420000', 3), ...['500000', '500001', '500002', '500003'].map((c) => facts(c, 1))];
    const country = indicator2(registry, known, 'Perú');
    expect(country).toMatchObject({ level: 'country', numerator: 7, denominator: 10, percent: 70, meetsStandard: false });
    const [cusco, puno] = country.children;
    expect(cusco).toMatchObject({ level: 'region', name: 'Cusco', numerator: 3, denominator: 5, percent: 60 });
    expect(puno).toMatchObject({ level: 'region', name: 'Puno', numerator: 4, denominator: 5, percent: 80, meetsStandard: true });
    expect(cusco?.shortfalls.map((f) => f.code)).toEqual(['400003', '410000']);
    expect(cusco?.children.map((c) => [c.name, c.numerator, c.denominator])).toEqual([
      ['Red Norte', 3, 4],
      ['Red Sur', 0, 1],
    ]);
    expect(cusco?.children[0]?.children[0]).toMatchObject({ level: 'microNetwork', name: 'MR Alfa', numerator: 3, denominator: 4, children: [] });
    // The last step: each facility of the microrred, with or without its group.
    expect(cusco?.children[0]?.children[0]?.facilities.map((f) => [f.code, f.hasGroup])).toEqual([
      ['400000', true],
      ['400001', true],
      ['400002', true],
      ['400003', false],
    ]);
    expect(cusco?.facilities).toEqual([]);
  });

  it('a group counts only when formed in the period: zero groups formed is a shortfall', () => {
    const result = indicator2(facilities('Ica', 2, true, '60'), [facts('600000', 0), facts('600001', 1)], 'Perú');
    expect(result).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
    expect(indicator2([], [], 'Perú')).toMatchObject({ numerator: 0, denominator: 0, percent: null, meetsStandard: null, children: [] });
  });

  it('a site answers for its own area of the registry, and its figures equal that area in the country drill-down', () => {
    const known = [facts('400000', 1), facts('410000', 1)];
    const country = indicator2(registry, known, 'Perú');
    const cuscoSite = registryInScope(registry, { kind: 'region', region: 'CUSCO', network: '', microNetwork: '' });
    const region = indicator2(cuscoSite, known, 'Cusco', 'region');
    expect(region).toMatchObject({ numerator: country.children[0]?.numerator, denominator: country.children[0]?.denominator });
    const red = indicator2(registryInScope(registry, { kind: 'network', region: 'Cusco', network: 'red sur', microNetwork: '' }), known, 'Red Sur', 'network');
    expect(red).toMatchObject({ numerator: 1, denominator: 1, percent: 100 });
    expect(registryInScope(registry, { kind: 'microNetwork', region: 'Cusco', network: 'Red Norte', microNetwork: 'MR Alfa' })).toHaveLength(7);
  });
});
