import { html, type SafeHtml } from './html';

/**
 * The printed page: A4, black on white, large enough type for a cheap printer, table rules that
 * survive photocopying. The same document serves the preview, the printer and the PDF.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 11.5pt; text-align: center; margin: 0 0 3mm; text-transform: uppercase; }
h2 { font-size: 11pt; text-align: center; margin: 0 0 4mm; font-weight: bold; }
.annex { text-align: center; font-weight: bold; margin: 0 0 2mm; }
.fields { display: grid; grid-template-columns: 1fr 1.35fr; gap: 1.2mm 6mm; margin-bottom: 3mm; }
.field { display: flex; gap: 2mm; align-items: baseline; }
.field .label { white-space: nowrap; font-weight: bold; }
.field .value { flex: 1; border-bottom: 0.3mm solid #000; min-height: 5mm; padding: 0 1mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid th, table.grid td { border: 0.3mm solid #000; padding: 1mm 1.2mm; vertical-align: middle; }
table.grid th { font-size: 7.5pt; font-weight: bold; text-align: center; line-height: 1.15; }
table.grid td { height: 8mm; overflow: hidden; overflow-wrap: anywhere; }
.center { text-align: center; }
.circled { display: inline-block; border: 0.4mm solid #000; border-radius: 50%; width: 5.5mm; height: 5.5mm; line-height: 5mm; text-align: center; }
.notes { font-size: 9pt; margin-top: 2mm; }
.facilitators { margin-bottom: 3mm; }
.facilitators .row { display: grid; grid-template-columns: 6mm 1fr 14mm 14mm; gap: 2mm; align-items: baseline; margin-bottom: 1.5mm; }
.box { display: inline-block; border: 0.3mm solid #000; padding: 0 1.5mm; text-align: center; }
.box.checked { background: #000; color: #fff; }
@media screen {
  html { background: #5b625e; }
  body { width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 14mm 12mm; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.4); }
}
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

export function field(label: string, value: string | null | undefined): SafeHtml {
  return html`<div class="field"><span class="label">${label}</span><span class="value">${value ?? ''}</span></div>`;
}
