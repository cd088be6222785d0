import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareAttachment, storeAttachment } from '../../src-main/attachments/ingest';
import { importFromInbox } from '../../src-main/attachments/scan-inbox';
import { pdfDocument, pdfRepeatingOnePage, phonePhoto } from '../helpers/generated-files';
import { countRows, setUpFacility, tempDir } from '../helpers/test-app';

function blobFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.length > 60) : [];
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await prepareAttachment(fileName, bytes);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('files that are refused, with a Spanish reason', () => {
  it.each([
    ['a Windows program renamed .jpg', 'receta.jpg', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(2000, 1)]), /parece un programa de Windows/],
    ['an SVG with a script', 'firma.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /parece un dibujo SVG/],
    ['an SVG behind an XML declaration, named .png', 'sello.png', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), /dibujo SVG/],
    ['an HTML page', 'receta.pdf', Buffer.from('<!DOCTYPE html><html><body>hola</body></html>'), /parece una página web/],
    ['a ZIP', 'escaneos.zip', Buffer.from('PK\x03\x04rest-of-zip'), /ZIP/],
    ['plain text', 'nota.txt', Buffer.from('solo texto'), /No se reconoce el tipo/],
    ['a zero-byte file', 'vacio.jpg', Buffer.alloc(0), /está vacío \(0 bytes\)/],
    ['a file name with control characters', 'rece\u0007ta.jpg', Buffer.from([0xff, 0xd8, 0xff]), /caracteres no válidos/],
    ['a file name that shows reversed', '\u202egnp.exe', Buffer.from([0xff, 0xd8, 0xff]), /caracteres no válidos/],
    ['a file name with a path', '../../etc/receta.jpg', Buffer.from([0xff, 0xd8, 0xff]), /caracteres no válidos o una ruta/],
  ])('%s', async (_name, fileName, bytes, message) => {
    expect(await refusal(fileName, bytes)).toMatch(message);
  });

  it('a PDF listing one page 20,000 times is refused by its page count, and the app keeps answering meanwhile (17.6)', async () => {
    const bomb = pdfRepeatingOnePage(20_000);
    expect(bomb.length).toBeLessThan(200 * 1024);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    const message = await refusal('acta.pdf', bomb);
    clearInterval(ticker);
    expect(message).toMatch(/tiene 20000 páginas; se aceptan hasta 200/);
    // The event loop ran while the worker parsed: the server was never frozen.
    expect(ticks).toBeGreaterThan(0);
  });

  it('a PDF whose check takes too long is refused in Spanish; the worker is stopped', async () => {
    const { inspectPdf } = await import('../../src-main/attachments/pdf-check');
    await expect(inspectPdf(pdfDocument(150), 'lento.pdf', 1)).rejects.toThrow(/no se pudo revisar a tiempo/);
    expect((await inspectPdf(pdfDocument(3), 'bueno.pdf')).pageCount).toBe(3);
  });

  it('a 50 MB file, before reading what it is', async () => {
    expect(await refusal('enorme.jpg', Buffer.alloc(50 * 1024 * 1024, 0xff))).toMatch(/pesa 50 MB; el máximo es 20 MB/);
  });

  it('a truncated JPEG (a copy cut short)', async () => {
    const photo = await phonePhoto(800, 600);
    expect(await refusal('cortada.jpg', photo.subarray(0, Math.floor(photo.length / 2)))).toMatch(/dañada o incompleta/);
  });

  it('a truncated or damaged PDF', async () => {
    const pdf = pdfDocument(4);
    expect(await refusal('cortado.pdf', pdf.subarray(0, pdf.length - 200))).toMatch(/PDF «cortado.pdf» está dañado/);
    expect(await refusal('basura.pdf', Buffer.from('%PDF-1.7\nnada por aquí\n%%EOF\n'))).toMatch(/dañado o incompleto/);
  });

  it('nothing is stored for any refused file', async () => {
    const app = await setUpFacility();
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'virus.jpg'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]));
    await expect(importFromInbox(app.main.ctx, inbox, 'virus.jpg')).rejects.toThrow(/programa de Windows/);
    await expect(prepareAttachment('x.pdf', Buffer.from('%PDF-'))).rejects.toThrow();
    expect(countRows(app, 'attachments')).toBe(0);
    expect(blobFiles(app.dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(inbox, 'virus.jpg'))).toBe(true);
  });

  it('an accepted file is stored once: one row, one file', async () => {
    const app = await setUpFacility();
    const ok = await prepareAttachment('bien.pdf', pdfDocument(1));
    storeAttachment(app.main.ctx, ok);
    expect(countRows(app, 'attachments')).toBe(1);
    expect(blobFiles(app.dataDir)).toHaveLength(1);
  });
});
