import { attachmentsText } from '../../src-shared/attachments/text';
import { rejected } from './errors';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Parses the PDF with pdf.js and opens every page: a damaged or truncated file is refused. pdf.js repairs
 * some broken cross-reference tables, so a file that does not end in %%EOF (a copy cut short) is refused
 * first.
 */
export async function inspectPdf(bytes: Uint8Array, fileName: string): Promise<{ pageCount: number }> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) throw rejected(attachmentsText.errors.corruptPdf(fileName));
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: true });
  try {
    const doc = await task.promise;
    for (let page = 1; page <= doc.numPages; page++) await doc.getPage(page);
    if (doc.numPages < 1) throw new Error('sin páginas');
    return { pageCount: doc.numPages };
  } catch {
    throw rejected(attachmentsText.errors.corruptPdf(fileName));
  } finally {
    await task.destroy();
  }
}
