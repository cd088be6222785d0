import crypto from 'node:crypto';
import sharp from 'sharp';

/** Noise from a decent PRNG, so that generated photos compress like real ones, not like flat colour. */
function noisyPixels(width: number, height: number): Buffer {
  const pixels = crypto.randomBytes(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      // A smooth scene (sky to ground) with sensor noise on top.
      pixels[i] = Math.min(255, ((x / width) * 180 + (pixels[i] ?? 0) / 8) | 0);
      pixels[i + 1] = Math.min(255, ((y / height) * 160 + (pixels[i + 1] ?? 0) / 8) | 0);
      pixels[i + 2] = Math.min(255, (120 + (pixels[i + 2] ?? 0) / 8) | 0);
    }
  }
  return pixels;
}

/** A phone photo: landscape pixels with EXIF orientation 6 (shot in portrait), camera make and a GPS position. */
export async function phonePhoto(width = 4000, height = 3000): Promise<Buffer> {
  return sharp(noisyPixels(width, height), { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'TelefonoPrueba', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '13/1 31/1 4500/100', GPSLongitudeRef: 'W', GPSLongitude: '71/1 58/1 1200/100' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** A scanned A4 page: off-white paper, lines of printed text and a handwritten-looking signature. */
export async function scannedPage(dpi = 150, format: 'png' | 'tiff' | 'jpeg' = 'png'): Promise<Buffer> {
  const width = Math.round(8.27 * dpi);
  const height = Math.round(11.69 * dpi);
  const lines: string[] = [];
  for (let row = 0; row < 40; row++) {
    const y = Math.round(((row + 3) / 46) * height);
    lines.push(
      `<text x="${Math.round(width * 0.08)}" y="${y}" font-family="DejaVu Sans" font-size="${Math.round(dpi / 9)}" fill="#222">` +
        `Línea ${row + 1}: María Quispe, DNI 4${String(row).padStart(7, '0')}, 2 latas de 800 g, firma</text>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f4f2ea"/>${lines.join('')}
    <path d="M ${width * 0.6} ${height * 0.93} q 40 -60 80 0 t 80 0 t 80 0" stroke="#1a237e" stroke-width="4" fill="none"/></svg>`;
  const page = sharp(Buffer.from(svg)).flatten({ background: '#f4f2ea' });
  return format === 'png' ? page.png().toBuffer() : format === 'tiff' ? page.tiff().toBuffer() : page.jpeg({ quality: 90 }).toBuffer();
}

/** A small valid PDF with `pages` pages of text. */
export function pdfDocument(pages: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const fontRef = 3 + pages * 2;
  for (let i = 0; i < pages; i++) {
    const content = `BT /F1 24 Tf 72 720 Td (Hoja ${i + 1}) Tj ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentRef} 0 R /Resources << /Font << /F1 ${fontRef} 0 R >> >> >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A small PDF whose page tree lists the same page `times` times (the 120 KB file of issue 17.6). */
export function pdfRepeatingOnePage(times: number): Buffer {
  const one = pdfDocument(1).toString('latin1');
  const kids = Array.from({ length: times }, () => '4 0 R').join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${times} >>`,
    /3 0 obj\n([\s\S]*?)\nendobj/.exec(one)?.[1] ?? '',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
