/**
 * Characters that never belong in what a person types (issue 17.16): C0 and C1 control codes (terminal
 * escapes, NUL) except tab and line feed, direction overrides and isolates (an attachment named
 * "\u202egnp.exe" shows as "exe.png"), zero-width characters and the byte-order mark. They are removed,
 * not refused: a name pasted from a spreadsheet with a stray one is still the name.
 */
const INVISIBLE_OR_CONTROL = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]';
const EVERY = new RegExp(INVISIBLE_OR_CONTROL, 'g');
const ANY = new RegExp(`${INVISIBLE_OR_CONTROL}|\\r`);

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(EVERY, '');
}

export function hasInvisibleOrControl(text: string): boolean {
  return ANY.test(text);
}

/** Deeper than any form of the app: a request nested further is refused before it is looked at. */
export const MAX_INPUT_DEPTH = 32;

/** Every string of a request cleaned; null when it is nested deeper than MAX_INPUT_DEPTH. */
export function cleanInput(value: unknown, depth = 0): { readonly value: unknown } | null {
  if (typeof value === 'string') return { value: cleanText(value) };
  if (value === null || typeof value !== 'object') return { value };
  if (depth >= MAX_INPUT_DEPTH) return null;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const cleaned = cleanInput(item, depth + 1);
      if (!cleaned) return null;
      out.push(cleaned.value);
    }
    return { value: out };
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = cleanInput(item, depth + 1);
    if (!cleaned) return null;
    out[key] = cleaned.value;
  }
  return { value: out };
}
