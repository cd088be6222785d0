import sharp from 'sharp';
import { attachmentsText } from '../../src-shared/attachments/text';
import { rejected } from './errors';

export interface NormalizeOptions {
  readonly maxLongSide: number;
  readonly grayscale: boolean;
}

export interface NormalizedImage {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Makes a photo or scan small and legible: EXIF orientation applied, every metadata block dropped (phones
 * write GPS positions there), long side capped, transparency flattened on white, and re-encoded as
 * mozjpeg. Quality 72 keeps handwriting and stamps readable at about 150–200 KB for an A4 page.
 */
export async function normalizeImage(input: Uint8Array, fileName: string, options: NormalizeOptions): Promise<NormalizedImage> {
  try {
    let pipeline = sharp(input, { failOn: 'truncated', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: options.maxLongSide, height: options.maxLongSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' });
    if (options.grayscale) pipeline = pipeline.grayscale().toColourspace('b-w');
    const { data, info } = await pipeline
      .jpeg({ quality: options.grayscale ? 70 : 72, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    throw rejected(attachmentsText.errors.corruptImage(fileName));
  }
}

/** A small preview for the record's list of documents, as a data: URL. */
export async function thumbnailDataUrl(storedJpeg: Uint8Array): Promise<string> {
  const small = await sharp(storedJpeg).resize({ width: 240, height: 240, fit: 'inside' }).jpeg({ quality: 70 }).toBuffer();
  return `data:image/jpeg;base64,${small.toString('base64')}`;
}
