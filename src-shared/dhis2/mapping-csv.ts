import { csvLines, guessCsvDelimiter, splitCsvLine, type CsvDelimiter } from '../common/csv-read';
import { foldForSearch } from '../common/text';
import { isKnownFigure } from './figures';
import { dhis2Text } from './text';

/**
 * The DHIS2 mapping as the national level keeps it in a spreadsheet (issue 20): one line per LactaRed
 * figure (tipo `elemento`: figure key → data element and, optionally, category option combo) or per
 * organisation unit (tipo `unidad`: `pais`, a region's name or a facility's code → org unit). Columns:
 * tipo, clave, uid, categoryOptionCombo. Every line that names something unknown, or repeats a key, is
 * listed before anything is kept.
 */
export interface MappingEntry {
  readonly kind: 'element' | 'orgUnit';
  readonly key: string;
  readonly uid: string;
  readonly categoryOptionCombo: string;
  readonly line: number;
}

export interface MappingParse {
  readonly delimiter: CsvDelimiter;
  readonly entries: readonly MappingEntry[];
  readonly problems: readonly { readonly line: number; readonly reason: string }[];
}

/** A DHIS2 identifier: eleven letters and digits, the first a letter. */
export const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/;

const KINDS: Readonly<Record<string, MappingEntry['kind']>> = { elemento: 'element', dataelement: 'element', element: 'element', unidad: 'orgUnit', orgunit: 'orgUnit', unidadorganizativa: 'orgUnit' };

export interface KnownKeys {
  readonly reasonCodes: ReadonlySet<string>;
  /** Org unit keys this site knows (folded): `pais`, the regions and the facility codes of the registry and the sites. */
  readonly orgUnits: ReadonlySet<string>;
}

export const orgUnitKey = (key: string) => foldForSearch(key).replace(/\s+/g, ' ');

export function parseMappingCsv(text: string, known: KnownKeys): MappingParse {
  const lines = csvLines(text);
  const delimiter = guessCsvDelimiter(lines.find((line) => line.trim() !== '') ?? '');
  const entries: MappingEntry[] = [];
  const problems: { line: number; reason: string }[] = [];
  const seen = new Map<string, number>();
  let first = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [kindText = '', key = '', uid = '', coc = ''] = splitCsvLine(raw, delimiter);
    const kind = KINDS[foldForSearch(kindText).replace(/[^a-z]/g, '')];
    if (first) {
      first = false;
      if (!kind && /tipo|type/i.test(kindText)) return; // the header
    }
    if (!kind) return void problems.push({ line, reason: dhis2Text.csv.badKind(kindText) });
    if (kind === 'element' ? !isKnownFigure(key, known.reasonCodes) : !known.orgUnits.has(orgUnitKey(key))) {
      return void problems.push({ line, reason: kind === 'element' ? dhis2Text.csv.unknownFigure(key) : dhis2Text.csv.unknownOrgUnit(key) });
    }
    if (!DHIS2_UID.test(uid)) return void problems.push({ line, reason: dhis2Text.csv.badUid(uid) });
    if (coc !== '' && !DHIS2_UID.test(coc)) return void problems.push({ line, reason: dhis2Text.csv.badUid(coc) });
    if (coc !== '' && kind === 'orgUnit') return void problems.push({ line, reason: dhis2Text.csv.cocOnOrgUnit });
    const id = `${kind}:${kind === 'orgUnit' ? orgUnitKey(key) : key}`;
    const firstLine = seen.get(id);
    if (firstLine !== undefined) return void problems.push({ line, reason: dhis2Text.csv.duplicate(key, firstLine) });
    seen.set(id, line);
    entries.push({ kind, key: key.trim(), uid, categoryOptionCombo: coc, line });
  });
  return { delimiter, entries, problems };
}
