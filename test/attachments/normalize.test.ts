import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareAttachment } from '../../src-main/attachments/ingest';
import { pdfDocument, phonePhoto, scannedPage } from '../helpers/generated-files';

describe('normalising images', () => {
  it('applies EXIF rotation, drops every metadata block (GPS too) and caps the long side', async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.length).toBeGreaterThan(0);

    const prepared = await prepareAttachment('IMG_2026.jpg', photo);
    const after = await sharp(prepared.bytes).metadata();
    expect(prepared.mime).toBe('image/jpeg');
    // Shot in portrait: 4000×3000 pixels turned upright, then capped at 2000 on the long side.
    expect([after.width, after.height]).toEqual([1500, 2000]);
    expect([prepared.width, prepared.height]).toEqual([1500, 2000]);
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(prepared.bytes.includes(Buffer.from('TelefonoPrueba'))).toBe(false);
    expect(prepared.bytes.length).toBeLessThan(photo.length);
  });

  it('a 150-dpi scanned page ends up legible and at most about 200 KB; gray is smaller', async () => {
    const page = await scannedPage(150, 'png');
    const colour = await prepareAttachment('escaneo.png', page);
    const gray = await prepareAttachment('escaneo.png', page, { grayscale: true });
    expect(colour.bytes.length).toBeLessThanOrEqual(200 * 1024);
    expect(gray.bytes.length).toBeLessThan(colour.bytes.length);
    expect((await sharp(gray.bytes).metadata()).channels).toBe(1);
    // Under the cap: not enlarged, not shrunk.
    const input = await sharp(page).metadata();
    expect([colour.width, colour.height]).toEqual([input.width, input.height]);
  });

  it('accepts TIFF and WebP, re-encoded as JPEG', async () => {
    const tiff = await prepareAttachment('scan.tif', await scannedPage(100, 'tiff'));
    expect(tiff.mime).toBe('image/jpeg');
    const webp = await sharp(await scannedPage(100, 'png')).webp().toBuffer();
    expect((await prepareAttachment('foto.webp', webp)).mime).toBe('image/jpeg');
  });

  it('keeps a PDF as it came, with its page count', async () => {
    const pdf = pdfDocument(3);
    const prepared = await prepareAttachment('acta.pdf', pdf);
    expect(prepared).toMatchObject({ mime: 'application/pdf', pageCount: 3, width: null });
    expect(prepared.bytes.equals(pdf)).toBe(true);
  });
});
