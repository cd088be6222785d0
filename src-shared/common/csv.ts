/**
 * CSV as spreadsheets in Spanish-speaking countries open it with a double click: `;` between fields
 * (the comma is the decimal mark), CRLF line ends and a UTF-8 byte-order mark so accents survive.
 */
export const CSV_SEPARATOR = ';';

/**
 * One field: quoted when it holds the separator, a quote or a line break; a leading = + - @ (or tab/CR)
 * gets an apostrophe so that a name can never run as a spreadsheet formula.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(CSV_SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
