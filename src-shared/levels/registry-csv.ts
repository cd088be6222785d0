import { foldForSearch } from '../common/text';
import { csvLines, guessCsvDelimiter, splitCsvLine, type CsvDelimiter } from '../common/csv-read';
import { COUNTRY_PROFILES, type Country } from '../site/countries';
import { levelsText } from './text';
import type { RegistryFacilityRow } from './types';

/**
 * The official facility registry (RENAES/IPRESS in Peru, REFES in Argentina) as the national or regional
 * level exports it to a spreadsheet (issue 16.2). Columns, in this order or named in a header row: code,
 * name, category, region, red, microrred, district, province, attends births, phone. Bad lines are reported with
 * their number and reason, never guessed; a code twice keeps the first line and reports the second.
 */
export interface RegistryRow extends RegistryFacilityRow {
  readonly line: number;
}

export type RegistryField = Exclude<keyof RegistryRow, 'line'>;

export const REGISTRY_FIELDS: readonly RegistryField[] = ['code', 'name', 'category', 'region', 'network', 'microNetwork', 'district', 'province', 'attendsBirths', 'phone'];

export interface RegistryParse {
  readonly delimiter: CsvDelimiter;
  readonly rows: readonly RegistryRow[];
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly duplicates: readonly { readonly line: number; readonly code: string; readonly firstLine: number }[];
}

/** Header words (folded, without spaces or signs) each column is recognised by. */
const HEADER_NAMES: Readonly<Record<RegistryField, readonly string[]>> = {
  code: ['codigo', 'cod', 'codigounico', 'codigorenaes', 'renaes', 'ipress', 'codipress', 'codigoipress', 'refes', 'codigorefes', 'codigosisa', 'sisa'],
  name: ['nombre', 'establecimiento', 'nombreestablecimiento', 'nombredelestablecimiento', 'nombreipress'],
  category: ['categoria', 'nivel', 'categorianivel', 'nivelcategoria'],
  region: ['region', 'diresa', 'geresa', 'diris', 'disa', 'diresageresa', 'provinciajurisdiccion', 'jurisdiccion'],
  network: ['red', 'reddesalud', 'regionsanitaria'],
  microNetwork: ['microrred', 'microred', 'areaprogramatica'],
  district: ['distrito', 'departamentopartido', 'partido', 'departamento', 'localidad'],
  province: ['provincia'],
  attendsBirths: ['atiendepartos', 'atiendeparto', 'partos', 'parto', 'atiendepartoyrecien', 'atiendepartoyreciennacido', 'maternidad'],
  phone: ['telefono', 'tel', 'telefonos', 'contacto', 'celular'],
};

const YES = new Set(['si', 's', '1', 'x', 'true', 'yes', 'y']);
const NO = new Set(['no', 'n', '0', 'false', '']);

const headerKey = (text: string) => foldForSearch(text).replace(/[^a-z0-9]/g, '');

/** The column of each field when the line is a header row naming them, else null. */
function headerColumns(fields: readonly string[], country: Country): Map<RegistryField, number> | null {
  const found = new Map<RegistryField, number>();
  fields.forEach((field, index) => {
    const key = headerKey(field);
    // In Argentina «provincia» is the jurisdiction (the region level), in Peru a province of a region.
    const match = REGISTRY_FIELDS.find((name) => (country === 'AR' && key === 'provincia' ? name === 'region' : HEADER_NAMES[name].includes(key)));
    if (match && !found.has(match)) found.set(match, index);
  });
  return found.has('code') && found.has('name') ? found : null;
}

export function parseRegistryCsv(text: string, country: Country): RegistryParse {
  const lines = csvLines(text);
  const firstContent = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = guessCsvDelimiter(firstContent);
  const codePattern = COUNTRY_PROFILES[country].facilityCodePattern;
  const rows: RegistryRow[] = [];
  const rejected: { line: number; reason: string }[] = [];
  const duplicates: { line: number; code: string; firstLine: number }[] = [];
  const seen = new Map<string, number>();
  let columns: Map<RegistryField, number> | null = null;
  let firstLineRead = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = splitCsvLine(raw, delimiter);
    if (!firstLineRead) {
      firstLineRead = true;
      columns = headerColumns(fields, country);
      if (columns) return;
      if (!/\d/.test(fields[0] ?? '')) {
        rejected.push({ line, reason: levelsText.csv.headerUnknown });
        return;
      }
    }
    const at = (field: RegistryField): string => {
      const column = columns ? columns.get(field) : REGISTRY_FIELDS.indexOf(field);
      return column === undefined ? '' : (fields[column] ?? '').trim();
    };
    if (!columns && fields.length < 2) {
      rejected.push({ line, reason: levelsText.csv.tooFewColumns(fields.length) });
      return;
    }
    const code = at('code').replace(/[\s.-]/g, '');
    if (!codePattern.test(code)) {
      rejected.push({ line, reason: levelsText.csv.badCode(at('code'), COUNTRY_PROFILES[country].facilityCodeHint) });
      return;
    }
    const name = at('name');
    if (name === '') {
      rejected.push({ line, reason: levelsText.csv.noName });
      return;
    }
    if (at('region') === '') {
      rejected.push({ line, reason: levelsText.csv.noRegion });
      return;
    }
    const births = foldForSearch(at('attendsBirths'));
    if (!YES.has(births) && !NO.has(births)) {
      rejected.push({ line, reason: levelsText.csv.badBirths(at('attendsBirths')) });
      return;
    }
    const firstLine = seen.get(code);
    if (firstLine !== undefined) {
      duplicates.push({ line, code, firstLine });
      return;
    }
    seen.set(code, line);
    rows.push({
      code,
      name: name.slice(0, 200),
      category: at('category').slice(0, 40),
      region: at('region').slice(0, 120),
      network: at('network').slice(0, 120),
      microNetwork: at('microNetwork').slice(0, 120),
      district: at('district').slice(0, 120),
      province: at('province').slice(0, 120),
      attendsBirths: YES.has(births),
      phone: at('phone').slice(0, 60),
      line,
    });
  });
  return { delimiter, rows, rejected, duplicates };
}
