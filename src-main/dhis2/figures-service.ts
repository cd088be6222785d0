import { COUNTRY_KEY } from '../../src-shared/dhis2/figures';
import type { FigureValue } from '../../src-shared/dhis2/payload';
import { formatDhis2Period, monthsIn, type Dhis2Period } from '../../src-shared/dhis2/periods';
import type { ReadContext } from '../app/context';
import { formulaProgram } from '../levels/formula-program-service';
import { localSite } from '../site/site-service';
import { consolidated } from '../sync/consolidated-service';

/**
 * The figures of a DHIS2 period as this site holds them: for a semester or a year the guide's indicators
 * (country and regions), the regions' teams and each facility's monitoring figures; for every month of
 * the period the formula program by jurisdiction (and by reason).
 */
export function collectFigures(ctx: ReadContext, period: Dhis2Period): FigureValue[] {
  const site = localSite(ctx);
  const values: FigureValue[] = [];
  const push = (figure: string, orgUnit: string, periodText: string, value: number) => values.push({ figure, orgUnit, period: periodText, value });
  if (period.kind !== 'month') {
    const text = formatDhis2Period(period);
    const view = consolidated(ctx, period.kind === 'year' ? { kind: 'year', year: period.year } : { kind: 'semester', year: period.year, half: period.half });
    const national = site?.kind === 'national';
    if (national && view.indicator1) {
      push('ind1.regionsWithTeam', COUNTRY_KEY, text, view.indicator1.numerator);
      push('ind1.regions', COUNTRY_KEY, text, view.indicator1.denominator);
    }
    for (const team of view.indicator1?.regions ?? []) {
      push('team.activeTrained', team.region, text, team.activeTrained);
      push('team.needed', team.region, text, team.needed);
    }
    const areas = national ? [{ key: COUNTRY_KEY, area: view.indicator2 }, ...view.indicator2.children.map((area) => ({ key: area.name, area }))] : [{ key: view.scope.name, area: view.indicator2 }];
    for (const { key, area } of areas) {
      push('ind2.facilitiesWithGroup', key, text, area.numerator);
      push('ind2.birthFacilities', key, text, area.denominator);
    }
    for (const f of view.facilities) {
      push('groups.formed', f.code, text, f.groupsFormed);
      push('groups.sessions', f.code, text, f.sessionsHeld);
      push('groups.leadMothersTrained', f.code, text, f.leadMothersTrained);
    }
  }
  const months = new Set(monthsIn(period));
  const program = formulaProgram(ctx, period.year);
  for (const j of program.jurisdictions) {
    for (const m of j.months) {
      const monthly = m.month.replace('-', '');
      // A month without any movement is not reported (DHIS2 keeps no zero unless told it is significant).
      if (!months.has(monthly) || m.grams + m.infants + m.admissions + m.stockReceivedGrams === 0) continue;
      push('formula.kilograms', j.region, monthly, m.grams / 1000);
      push('formula.cans800', j.region, monthly, m.cans800);
      push('formula.cans1kg', j.region, monthly, m.cans1kg);
      push('formula.infants', j.region, monthly, m.infants);
      push('formula.admissions', j.region, monthly, m.admissions);
      push('formula.stockReceivedKg', j.region, monthly, m.stockReceivedGrams / 1000);
    }
    for (const r of j.reasonMonths) {
      const monthly = r.month.replace('-', '');
      if (!months.has(monthly) || r.reasonCode === '') continue;
      push(`formula.kilograms.${r.reasonCode}`, j.region, monthly, r.grams / 1000);
      push(`formula.admissions.${r.reasonCode}`, j.region, monthly, r.admissions);
    }
  }
  return values;
}
