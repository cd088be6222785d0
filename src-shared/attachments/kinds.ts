import { hasInvisibleOrControl } from '../common/clean-text';

export const ATTACHMENT_KINDS = ['prescription', 'counselingDeclaration', 'attendanceSheet', 'minutes', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'application/pdf'] as const;
export type AcceptedMime = (typeof ACCEPTED_MIME_TYPES)[number];

/** Stored forms: images are re-encoded to JPEG; PDFs are kept as they came. */
export type StoredMime = 'image/jpeg' | 'application/pdf';

export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_LONG_SIDE = 2000;

function hasControlOrSeparator(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x2f /* / */ || code === 0x5c /* \ */) return true;
  }
  return false;
}

/** A name a person could have typed or a scanner could have written: no paths, no control characters. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !hasControlOrSeparator(name) &&
    // "\u202egnp.exe" would show as "exe.png" (issue 17.16).
    !hasInvisibleOrControl(name) &&
    name !== '.' &&
    name !== '..' &&
    name.trim() === name
  );
}
