import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NativePrinting } from '../../src-main/printing/native-printing';
import { pdfFileName } from '../../src-main/printing/native-print-service';
import { printedAt } from '../../src-main/printing/print-store';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { facilitySetup, openTestApp, tempDir, type TestApp } from '../helpers/test-app';

afterAll(closePdfEngine);

/**
 * The desktop shell's printer, played by Chromium: it renders what the app serves at the document's
 * address (as Electron's hidden window does) and "saves" into a folder, or the user cancels.
 */
function fakeShell(folder: string, answers: { cancel: boolean }) {
  const calls: string[] = [];
  let app: TestApp | null = null;
  const printing: NativePrinting = {
    print(url) {
      calls.push(`print ${url}`);
      return Promise.resolve(!answers.cancel);
    },
    async savePdf(url, suggestedName) {
      calls.push(`save ${suggestedName}`);
      if (answers.cancel || !app) return null;
      const html = printedAt(app.main.ctx, `/${url}`);
      if (html === null) throw new Error('not served');
      const file = path.join(folder, suggestedName);
      fs.writeFileSync(file, await pdfOf(html));
      return file;
    },
  };
  return { printing, calls, attach: (a: TestApp) => (app = a) };
}

const auditOf = (app: TestApp) =>
  (app.main.ctx.sqlite.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'print.%' ORDER BY rowid").all() as { action: string; detail: string }[]).map((r) => [r.action, r.detail]);

describe('printing through the desktop shell (webContents.print / printToPDF)', () => {
  it('prints and saves the previewed form as a PDF where the user chose, and audits both; a cancel writes nothing', async () => {
    const folder = tempDir();
    const answers = { cancel: false };
    const shell = fakeShell(folder, answers);
    const app = openTestApp({ nativePrinting: shell.printing });
    shell.attach(app);
    await app.ok('setup.complete', facilitySetup());
    const printed = await app.ok('print.designatedStaff', { blank: true });
    expect(printed.native).toBe(true);
    expect(await app.ok('print.toPrinter', { url: printed.url })).toEqual({ printed: true });
    const saved = await app.ok('print.savePdf', { url: printed.url });
    expect(saved.path).toBe(path.join(folder, 'Personal-encargado-en-blanco.pdf'));
    const pdf = inspectPdf(fs.readFileSync(saved.path ?? ''), 'native-designated-staff', tempDir());
    expect(pdf.pageSizeMm).toEqual([210, 297]);
    expect(pdf.text).toContain('Centro de Salud San Juan');
    answers.cancel = true;
    expect(await app.ok('print.savePdf', { url: printed.url })).toEqual({ path: null });
    expect(await app.ok('print.toPrinter', { url: printed.url })).toEqual({ printed: false });
    expect(auditOf(app)).toEqual([
      ['print.document', 'Personal encargado — en blanco'],
      ['print.printer', 'Personal encargado — en blanco'],
      ['print.pdf', `Personal encargado — en blanco → ${saved.path ?? ''}`],
    ]);
    expect(shell.calls).toEqual([`print ${printed.url}`, 'save Personal-encargado-en-blanco.pdf', 'save Personal-encargado-en-blanco.pdf', `print ${printed.url}`]);
  });

  it('refuses an address that was never previewed, and says so in browser mode', async () => {
    const shell = fakeShell(tempDir(), { cancel: false });
    const app = openTestApp({ nativePrinting: shell.printing });
    await app.ok('setup.complete', facilitySetup());
    expect(await app.invoke('print.savePdf', { url: 'print/00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.invoke('print.savePdf', { url: '../database.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const browser = openTestApp();
    await browser.ok('setup.complete', facilitySetup());
    const printed = await browser.ok('print.prescription', { prescriptionId: null });
    expect(printed.native).toBe(false);
    expect(await browser.invoke('print.savePdf', { url: printed.url })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/diálogo de impresión/) as unknown } });
    expect(shell.calls).toEqual([]);
  });

  it.each([
    ['Constancia de entrega — 21/11/2026', 'Constancia-de-entrega-21-11-2026.pdf'],
    ['Asistencia a la capacitación — Taller Ñuñoa', 'Asistencia-a-la-capacitacion-Taller-Nunoa.pdf'],
    ['<>:"/\\|?*', 'formulario.pdf'],
  ])('file name for %s', (title, name) => {
    expect(pdfFileName(title)).toBe(name);
  });
});
