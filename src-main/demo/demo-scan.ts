/**
 * A one-page PDF that looks like a scanned, signed attendance sheet: a title, then a gray "paper" image
 * with ruled lines and scanner noise. The noise makes each file unique and about as incompressible as a
 * real scan (≈150 KB), which is what the sync benchmark needs; pdf.js and any PDF viewer open it.
 */
const WIDTH = 384;
const HEIGHT = 400;

function pdfText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function demoScanPdf(lines: readonly string[], random: () => number): Buffer {
  const pixels = Buffer.alloc(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y += 1) {
    const ruled = y > 30 && y % 24 === 0;
    for (let x = 0; x < WIDTH; x += 1) {
      const signature = y % 24 > 8 && y % 24 < 18 && x > 260 && x < 360 && random() < 0.08;
      pixels[y * WIDTH + x] = ruled || signature ? 70 + Math.floor(random() * 40) : 215 + Math.floor(random() * 40);
    }
  }
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 60 ${790 - i * 20} Td (${pdfText(line)}) Tj ET`).join('\n');
  const content = `q 475 0 0 495 60 220 cm /Im1 Do Q\n${text}\n`;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>', 'latin1'),
    Buffer.concat([Buffer.from(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n`, 'latin1'), Buffer.from(content, 'latin1'), Buffer.from('\nendstream', 'latin1')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${WIDTH} /Height ${HEIGHT} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, 'latin1'),
      pixels,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
