import { csvLines, guessCsvDelimiter, splitCsvLine, type CsvDelimiter } from '../common/csv-read';
import { COUNTRY_PROFILES, normalizeDigits, type Country } from '../site/countries';

export { decodeCsvBytes } from '../common/csv-read';

/**
 * The coverage list (padrón) sent by the higher level: one person with social or private coverage per
 * line. Columns: national ID, then optionally name and coverage. Comma, semicolon (Excel in Spanish) or
 * tab; an optional header; empty lines ignored. Bad lines are reported with their number, never guessed.
 */
export interface CoverageRow {
  readonly nationalId: string;
  readonly name: string;
  readonly coverage: string;
  readonly line: number;
}

export interface CoverageParse {
  readonly delimiter: CsvDelimiter;
  readonly rows: readonly CoverageRow[];
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly duplicates: readonly { readonly line: number; readonly nationalId: string; readonly firstLine: number }[];
}

export function parseCoverageCsv(text: string, country: Country): CoverageParse {
  const lines = csvLines(text);
  const firstContent = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = guessCsvDelimiter(firstContent);
  const profile = COUNTRY_PROFILES[country];
  const rows: CoverageRow[] = [];
  const rejected: { line: number; reason: string }[] = [];
  const duplicates: { line: number; nationalId: string; firstLine: number }[] = [];
  const seen = new Map<string, number>();
  let headerChecked = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = splitCsvLine(raw, delimiter);
    const first = fields[0] ?? '';
    if (!headerChecked) {
      headerChecked = true;
      if (!/\d/.test(first)) return; // a header such as "dni;nombre;cobertura"
    }
    if (fields.length > 3) {
      rejected.push({ line, reason: `tiene ${fields.length} columnas; se esperan como máximo 3 (documento, nombre, cobertura)` });
      return;
    }
    const nationalId = normalizeDigits(first);
    if (!profile.nationalIdPattern.test(nationalId)) {
      rejected.push({ line, reason: `«${first.slice(0, 30)}» no es un ${profile.nationalIdLabel} válido (${profile.nationalIdHint})` });
      return;
    }
    const firstLine = seen.get(nationalId);
    if (firstLine !== undefined) {
      duplicates.push({ line, nationalId, firstLine });
      return;
    }
    seen.set(nationalId, line);
    rows.push({ nationalId, name: fields[1] ?? '', coverage: fields[2] ?? '', line });
  });
  return { delimiter, rows, rejected, duplicates };
}
