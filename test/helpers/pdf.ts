import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';

let browser: Browser | null = null;

/** Debian's Chromium, as the app's PDF engine in browser mode and tests (Electron's own in the app). */
export async function pdfOf(html: string): Promise<Buffer> {
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

export async function closePdfEngine(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface PdfFacts {
  /** The text with runs of spaces and line breaks made one space: a wrapped value reads whole. */
  readonly text: string;
  /** The text as laid out on the page (`pdftotext -layout`), one printed line per line, spaces collapsed. */
  readonly lines: readonly string[];
  readonly pages: number;
  /** Page size in millimetres, rounded. */
  readonly pageSizeMm: readonly [number, number];
}

/** Reads a PDF with poppler (pdftotext, pdfinfo) and keeps it, with PNGs of its pages, as artefacts. */
export function inspectPdf(pdf: Buffer, name: string, dir: string): PdfFacts {
  const artefacts = path.resolve('test-results', 'print');
  fs.mkdirSync(artefacts, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  fs.copyFileSync(file, path.join(artefacts, `${name}.pdf`));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(artefacts, name)]);
  const info = execFileSync('pdfinfo', [file]).toString();
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const toMm = (pts: string | undefined) => Math.round((Number(pts) / 72) * 25.4);
  return {
    text: execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' '),
    lines: execFileSync('pdftotext', ['-layout', file, '-'])
      .toString()
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    pageSizeMm: [toMm(size?.[1]), toMm(size?.[2])],
  };
}
