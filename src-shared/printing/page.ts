import { html, type SafeHtml } from './html';

/**
 * The printed page: A4, black on white, large enough type for a cheap printer, table rules that
 * survive photocopying. The same document serves the preview, the printer and the PDF.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.3; max-width: 186mm; }
/* 186 mm: A4 less the page's margins, so that the preview breaks lines where the paper does. No rule depends on
   the medium: a rule for the screen made Chromium restyle every cell of a long report as it printed (~0.1 s of
   0.9 s for 2,000 rows); the preview's sheet of paper is drawn around its frame by the app (PrintPreview). */
h1 { font-size: 11.5pt; text-align: center; margin: 0 0 3mm; text-transform: uppercase; }
h2 { font-size: 11pt; text-align: center; margin: 0 0 4mm; font-weight: bold; }
.annex { text-align: center; font-weight: bold; margin: 0 0 2mm; }
.fields { display: grid; grid-template-columns: 1fr 1.35fr; gap: 1.2mm 6mm; margin-bottom: 3mm; }
.fields.one { grid-template-columns: 1fr; }
.field { display: flex; gap: 2mm; align-items: baseline; }
.field .label { white-space: nowrap; font-weight: bold; }
.field .value { flex: 1; border-bottom: 0.3mm solid #000; min-height: 5mm; padding: 0 1mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid th, table.grid td { border: 0.3mm solid #000; padding: 1mm 1.2mm; vertical-align: middle; }
table.grid th { font-size: 7.5pt; font-weight: bold; text-align: center; line-height: 1.15; }
table.grid td { height: 8mm; overflow: hidden; overflow-wrap: anywhere; }
.center { text-align: center; }
.circled { display: inline-block; border: 0.4mm solid #000; border-radius: 50%; width: 5.5mm; height: 5.5mm; line-height: 5mm; text-align: center; }
.checklist { list-style: none; padding-left: 0; margin: 1mm 0; }
.notes { font-size: 9pt; margin-top: 2mm; }
.facilitators { margin-bottom: 3mm; }
.facilitators .row { display: grid; grid-template-columns: 6mm 1fr 14mm 14mm; gap: 2mm; align-items: baseline; margin-bottom: 1.5mm; }
.box { display: inline-block; border: 0.3mm solid #000; padding: 0 1.5mm; text-align: center; }
.box.checked { background: #000; color: #fff; }
.site-line { display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 0.3mm solid #000; padding-bottom: 1mm; margin-bottom: 4mm; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 14mm; margin-top: 14mm; page-break-inside: avoid; }
.signatures.one { grid-template-columns: 1fr; width: 90mm; margin-left: auto; margin-right: auto; }
.signature { border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 9pt; text-align: center; min-height: 14mm; }
.signature div { min-height: 4.5mm; }
.prose { text-align: justify; line-height: 1.55; }
.prewrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.blank-lines { min-height: 24mm; background: repeating-linear-gradient(transparent 0 7mm, #000 7mm 7.3mm); }
h3 { font-size: 10.5pt; margin: 5mm 0 1.5mm; border-bottom: 0.3mm solid #000; page-break-after: avoid; }
/* A compact row grows with its text: nothing to clip, and a clipped cell costs Chromium a layer of its own (half a 59-page report's time). */
/* Rows of one line: top-aligned, and a long word breaks only when it must (\`anywhere\` makes Chromium measure every cell's narrowest width). */
table.grid.compact td { height: auto; padding: 0.6mm 1mm; font-size: 8.5pt; overflow: visible; vertical-align: top; overflow-wrap: break-word; }
table.grid thead { display: table-header-group; }
table.grid tr { page-break-inside: avoid; }
.right { text-align: right; }
.page-break { page-break-before: always; }
table.grid.admissions th { font-size: 7pt; }
table.grid.admissions tbody.admission { page-break-inside: avoid; }
table.grid.admissions tr.second td, table.grid.admissions tr.second th { border-top-style: dashed; }
table.grid.admissions tbody.admission tr:first-child td { border-top-width: 0.6mm; }
.kpis { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; margin: 2mm 0 4mm; }
.kpi { border: 0.3mm solid #000; padding: 1.5mm 2mm; }
.kpi .label { font-size: 8.5pt; }
.kpi .value { font-size: 14pt; font-weight: bold; }
.chart { margin: 2mm 0 4mm; page-break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
.certificate { border: 1.2mm double #000; padding: 16mm 14mm; min-height: 250mm; text-align: center; }
.certificate .big { font-size: 16pt; font-weight: bold; margin: 8mm 0; border-bottom: 0.3mm solid #000; min-height: 10mm; }
.certificate h1 { font-size: 20pt; margin: 6mm 0; letter-spacing: 1mm; }
.certificate table { margin: 6mm auto; border-collapse: collapse; text-align: left; font-size: 9.5pt; }
.certificate td { padding: 0.8mm 2mm; border-bottom: 0.2mm solid #000; }
.rp { font-size: 16pt; font-weight: bold; font-style: italic; margin: 4mm 0; }
.numbered { list-style: none; padding: 0; margin: 0; }
.numbered li { display: grid; grid-template-columns: 8mm 1fr; gap: 1mm; align-items: baseline; margin-bottom: 6mm; }
.numbered .label { font-weight: bold; }
.numbered .line { border-bottom: 0.3mm solid #000; min-height: 7mm; padding: 1mm 1mm 0; }
.issuer { border: 0.3mm solid #000; min-height: 26mm; padding: 2mm; margin-bottom: 3mm; }
.issuer .caption { font-style: italic; font-size: 9pt; }
`;

/** A complete A4 document; the style travels inside it, so any Chromium renders it the same. */
export function a4Document(title: string, body: SafeHtml): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
${html`<title>${title}</title>`.value}
<style>${PRINT_CSS}</style>
</head>
<body>
${body.value}
</body>
</html>`;
}

/** The site's identity on top of the forms that leave the facility. */
export function siteLine(site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string }): SafeHtml {
  const named = (word: string, value: string) => (value && !value.toLowerCase().startsWith(word.toLowerCase()) ? `${word} ${value}` : value);
  const where = [named('Microrred', site.microNetwork), named('Red', site.network)].filter(Boolean).join(' · ');
  return html`<div class="site-line"><span><strong>${site.name}</strong>${site.code ? ` (${site.code})` : ''}</span><span>${where}</span></div>`;
}

/** Signature lines, each with the lines of text printed under it (name, profession…), filled or blank. */
export function signatures(lines: readonly (readonly string[])[]): SafeHtml {
  return html`<div class="signatures ${lines.length === 1 ? 'one' : ''}">${lines.map(
    (texts) => html`<div class="signature">${texts.map((text) => html`<div>${text}</div>`)}</div>`,
  )}</div>`;
}

/** The document's title as the audit log and the preview show it. */
export function titleOf(document: string): string {
  return /<title>([^<]*)<\/title>/.exec(document)?.[1]?.replace(/&amp;/g, '&') ?? '';
}

export function field(label: string, value: string | null | undefined): SafeHtml {
  return html`<div class="field"><span class="label">${label}</span><span class="value">${value ?? ''}</span></div>`;
}
