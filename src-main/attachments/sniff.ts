import type { AcceptedMime } from '../../src-shared/attachments/kinds';

export type Sniffed = { readonly accepted: true; readonly mime: AcceptedMime } | { readonly accepted: false; readonly looksLike: string | null };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, to)).toString('latin1');
}

/** The real type, read from the first bytes; the file name's extension is never trusted. */
export function sniffType(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { accepted: true, mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: true, mime: 'image/png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { accepted: true, mime: 'image/webp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { accepted: true, mime: 'image/tiff' };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { accepted: true, mime: 'application/pdf' };
  return { accepted: false, looksLike: describeRefused(bytes) };
}

function describeRefused(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x4d, 0x5a])) return 'un programa de Windows';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'un programa';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'un archivo comprimido ZIP o un documento de Office';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'una imagen GIF';
  const head = ascii(bytes, 0, 512).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'un dibujo SVG';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<script')) return 'una página web';
  if (head.startsWith('<?xml')) return 'un archivo XML';
  return null;
}
