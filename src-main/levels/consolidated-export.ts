import type { Period } from '../../src-shared/groups/indicators';
import { facilitiesCsv, indicatorsCsv } from '../../src-shared/levels/consolidated-csv';
import { registryInScope } from '../../src-shared/levels/scope';
import { levelsUi } from '../../src-shared/levels/ui-text';
import type { ListExport } from '../../src-shared/formula/lists';
import { consolidatedReportDocument } from '../../src-shared/printing/consolidated-report';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { readOffMain } from '../reads/read-client';
import { localSite } from '../site/site-service';
import { registryFacilities, registryInForce } from './registry-service';

/** `2026` or `2026S2`, as the period is written in file names (and DHIS2). */
export function periodKey(period: Period): string {
  return period.kind === 'year' ? String(period.year) : `${period.year}S${period.half}`;
}

/** The consolidated view as CSV: the indicators by area, or one row per facility of the site's area. */
export async function exportConsolidated(ctx: AppContext, period: Period, table: 'indicators' | 'facilities'): Promise<ListExport> {
  const view = await readOffMain(ctx, 'consolidated', period);
  const site = localSite(ctx);
  const area = site ?? { kind: 'national' as const, region: '', network: '', microNetwork: '' };
  const registry = registryInForce(ctx);
  const { csv, rowCount } = table === 'indicators' ? indicatorsCsv(view) : facilitiesCsv(view, registry ? registryInScope(registryFacilities(ctx, registry), area) : []);
  const fileName = levelsUi.csv.fileName(table === 'indicators' ? 'indicadores' : 'establecimientos', site?.code ?? '', periodKey(period));
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${fileName}: ${rowCount} filas` }));
  return { fileName, csv, rowCount };
}

export async function consolidatedReportHtml(ctx: AppContext, period: Period): Promise<string> {
  const site = localSite(ctx);
  const view = await readOffMain(ctx, 'consolidated', period);
  return consolidatedReportDocument({
    site: { name: site?.name ?? '', code: site?.code ?? '', microNetwork: site?.kind === 'microNetwork' ? '' : (site?.microNetwork ?? ''), network: site?.network ?? '' },
    printedAt: ctx.now(),
    view,
  });
}
