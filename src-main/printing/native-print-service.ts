import { titleOf } from '../../src-shared/printing/page';
import { printText } from '../../src-shared/printing/text';
import type { SavedPdf } from '../../src-shared/printing/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import type { NativePrinting } from './native-printing';
import { printedAt } from './print-store';

const t = printText.native;

function previewed(ctx: AppContext, url: string): { printing: NativePrinting; title: string } {
  const html = printedAt(ctx, `/${url}`);
  if (html === null) throw new AppError('NOT_FOUND', t.gone);
  if (!ctx.nativePrinting) throw new AppError('CONFLICT', t.browserMode);
  return { printing: ctx.nativePrinting, title: titleOf(html) };
}

/** A file name from the form's title that every file system accepts. */
export function pdfFileName(title: string): string {
  const name = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'formulario'}.pdf`;
}

export async function printNatively(ctx: AppContext, url: string): Promise<{ printed: boolean }> {
  const { printing, title } = previewed(ctx, url);
  const printed = await printing.print(url);
  if (printed) inTransaction(ctx, () => recordAudit(ctx, { action: 'print.printer', detail: title }));
  return { printed };
}

export async function saveAsPdf(ctx: AppContext, url: string): Promise<SavedPdf> {
  const { printing, title } = previewed(ctx, url);
  const path = await printing.savePdf(url, pdfFileName(title));
  if (path) inTransaction(ctx, () => recordAudit(ctx, { action: 'print.pdf', detail: `${title} → ${path}` }));
  return { path };
}
