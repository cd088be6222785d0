import { anexo2Document } from '../../src-shared/printing/anexo2';
import { weeklySheetDocument } from '../../src-shared/printing/weekly-sheet';
import { localSite } from '../site/site-service';
import type { PrintedDocument } from '../../src-shared/printing/types';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { anexo2Data } from './anexo2-data';
import { rememberPrinted } from './print-store';

/** Every printed form is written to the audit log: what, and for which record. */
function printed(ctx: AppContext, title: string, html: string, record: { table: string; id: string } | null): PrintedDocument {
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'print.document', detail: title, ...(record ? { recordTable: record.table, recordId: record.id } : {}) });
  });
  return { title, html, url: rememberPrinted(ctx, html) };
}

export function printAnexo2(ctx: AppContext, groupId: string | null, sessionId: string | null): PrintedDocument {
  const data = anexo2Data(ctx, groupId, sessionId);
  const html = anexo2Document(data);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Anexo 2';
  return printed(ctx, title, html, sessionId ? { table: 'group_sessions', id: sessionId } : groupId ? { table: 'support_groups', id: groupId } : null);
}

export function printWeeklySheet(ctx: AppContext, weekStart: string | null): PrintedDocument {
  const site = localSite(ctx);
  const html = weeklySheetDocument({ facility: site?.name ?? '', code: site?.code ?? '', weekStart });
  return printed(ctx, /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Planilla semanal', html, null);
}
