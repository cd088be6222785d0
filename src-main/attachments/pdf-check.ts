import { Worker } from 'node:worker_threads';
import { attachmentsText } from '../../src-shared/attachments/text';
import { rejected } from './errors';

/** A scanned document has a few pages; a PDF that lists thousands is refused before they are opened. */
export const MAX_PDF_PAGES = 200;
/** However the file is built, its check never takes longer than this (issue 17.6). */
export const PDF_CHECK_MS = 15_000;

// Runs in a worker thread: pdf.js parses the file and opens every page there, never on the thread that
// answers the app. A plain script (not a bundled file) so that dev, tests and every bundle share it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
(async () => {
  let task = null;
  try {
    const { getDocument } = await import(pathToFileURL(workerData.pdfjs).href);
    task = getDocument({ data: workerData.bytes, verbosity: 0, isEvalSupported: false, stopAtErrors: true });
    const doc = await task.promise;
    if (doc.numPages < 1 || doc.numPages > workerData.maxPages) return parentPort.postMessage({ ok: false, pages: doc.numPages });
    for (let page = 1; page <= doc.numPages; page++) await doc.getPage(page);
    parentPort.postMessage({ ok: true, pages: doc.numPages });
  } catch {
    parentPort.postMessage({ ok: false, pages: 0 });
  } finally {
    if (task) await task.destroy();
  }
})();
`;

type Verdict = { readonly ok: boolean; readonly pages: number } | 'timeout';

function checkInWorker(bytes: Uint8Array, limitMs: number): Promise<Verdict> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes: new Uint8Array(bytes), pdfjs: require.resolve('pdfjs-dist/legacy/build/pdf.mjs'), maxPages: MAX_PDF_PAGES },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const finish = (verdict: Verdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(verdict);
    };
    const timer = setTimeout(() => finish('timeout'), limitMs);
    worker.once('message', (message: { ok: boolean; pages: number }) => finish(message));
    worker.once('error', () => finish({ ok: false, pages: 0 }));
    worker.once('exit', () => finish({ ok: false, pages: 0 }));
  });
}

/**
 * Parses the PDF with pdf.js and opens every page, in a worker thread with a page and a time limit: a
 * damaged, truncated or hostile file is refused and the app keeps answering meanwhile. pdf.js repairs
 * some broken cross-reference tables, so a file that does not end in %%EOF (a copy cut short) is refused
 * first.
 */
export async function inspectPdf(bytes: Uint8Array, fileName: string, limitMs = PDF_CHECK_MS): Promise<{ pageCount: number }> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) throw rejected(attachmentsText.errors.corruptPdf(fileName));
  const verdict = await checkInWorker(bytes, limitMs);
  if (verdict === 'timeout') throw rejected(attachmentsText.errors.pdfTooSlow(fileName));
  if (verdict.pages > MAX_PDF_PAGES) throw rejected(attachmentsText.errors.pdfTooManyPages(fileName, verdict.pages, MAX_PDF_PAGES));
  if (!verdict.ok) throw rejected(attachmentsText.errors.corruptPdf(fileName));
  return { pageCount: verdict.pages };
}
