import { foldForSearch } from '../../src-shared/common/text';
import { addDays } from '../../src-shared/common/dates';
import { gramsOf } from '../../src-shared/formula/entitlement';
import type { ListKind, ListQuery, ListRow } from '../../src-shared/formula/lists';
import { reasonLabelIn } from '../../src-shared/formula/reasons';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { formulaText } from '../../src-shared/formula/text-fields';
import { normalizeDigits } from '../../src-shared/site/countries';
import type { AppContext } from '../app/context';
import { localDayOf, localMidnightOf, todayIso } from '../app/today';
import { coverageListInForce } from './coverage-service';
import { grantOfRow } from './entitlement-of';
import { DELIVERED_CANS, deliveredGrams, refreshPrescriptionBalances } from './prescription-balances';
import { reasonsHere } from './reasons-service';
import { seesClinical } from './clinical';

const t = formulaUi.lists;

type Param = string | number;
type SqlRow = Record<string, string | number | null>;

/**
 * What a list query selects, entirely in SQL (issue 19): the rows (`from` and `where`), their order (a
 * unique last key, so pages never overlap), the columns of a shown row, and how a row becomes cells.
 */
export interface ListSelection {
  readonly key: string;
  /** The tables a row is shown from. */
  readonly from: string;
  /** The tables the conditions need (fewer when no name is searched): counting and paging read only these. */
  readonly filterFrom: string;
  readonly where: string;
  readonly params: readonly Param[];
  readonly order: string;
  readonly columns: string;
  readonly toRow: (row: SqlRow) => ListRow;
}

interface Condition {
  parts: string[];
  params: Param[];
}

function dateRange(condition: Condition, column: string, query: ListQuery): void {
  if (query.from) {
    condition.parts.push(`${column} >= ?`);
    condition.params.push(query.from);
  }
  if (query.to) {
    condition.parts.push(`${column} <= ?`);
    condition.params.push(query.to);
  }
}

function ownedBy(condition: Condition, ownerColumn: string, query: ListQuery): void {
  if (query.siteId) {
    condition.parts.push(`${ownerColumn} = ?`);
    condition.params.push(query.siteId);
  }
}

/**
 * The text filter: the first digits of any of the DNIs, or every word somewhere in the names (accents and
 * case aside). The caregiver's folded name is stored; other names are folded by `fold_search`, which every
 * connection registers.
 */
function textFilter(condition: Condition, text: string, names: { caregiver: string; others: readonly string[] }, nationalIds: readonly string[]): void {
  if (!text) return;
  const digits = normalizeDigits(text);
  if (/^\d+$/.test(digits)) {
    condition.parts.push(`(${nationalIds.map((column) => `(${column} >= ? AND ${column} < ?)`).join(' OR ')})`);
    for (let n = 0; n < nationalIds.length; n += 1) condition.params.push(digits, `${digits}\u{10FFFF}`);
    return;
  }
  for (const word of foldForSearch(text).split(/\s+/).filter(Boolean)) {
    const alternatives = [names.caregiver, ...names.others.map((expression) => `fold_search(${expression})`)];
    condition.parts.push(`(${alternatives.map((expression) => `instr(${expression}, ?) > 0`).join(' OR ')})`);
    for (let n = 0; n < alternatives.length; n += 1) condition.params.push(word);
  }
}

/** A name or DNI through the caregivers' trigram index (words under three letters as a pattern). */
function caregiverText(condition: Condition, text: string): void {
  const digits = normalizeDigits(text);
  if (text !== '' && /^\d+$/.test(digits)) {
    textFilter(condition, text, { caregiver: 'c.search_name', others: [] }, ['c.national_id']);
    return;
  }
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  const indexed = words.filter((word) => word.length >= 3);
  if (indexed.length > 0) {
    condition.parts.push('c.rowid IN (SELECT rowid FROM caregivers_name_search WHERE caregivers_name_search MATCH ?)');
    condition.params.push(indexed.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND '));
  }
  for (const word of words.filter((w) => w.length < 3)) {
    condition.parts.push('instr(c.search_name, ?) > 0');
    condition.params.push(word);
  }
}

function caregivers(ctx: AppContext, query: ListQuery): ListSelection {
  const condition: Condition = { parts: ['c.deleted = 0'], params: [] };
  caregiverText(condition, query.text);
  if (query.from) {
    condition.parts.push('c.created_at >= ?');
    condition.params.push(localMidnightOf(query.from));
  }
  if (query.to) {
    condition.parts.push('c.created_at < ?');
    condition.params.push(localMidnightOf(addDays(query.to, 1)));
  }
  ownedBy(condition, 'c.owner_site_id', query);
  if (query.coveredOnly) {
    condition.parts.push('c.national_id IN (SELECT national_id FROM coverage_entries WHERE import_id = ? AND deleted = 0)');
    condition.params.push(coverageListInForce(ctx)?.id ?? '');
  }
  return {
    key: 'c.id',
    from: 'caregivers c',
    filterFrom: 'caregivers c',
    where: condition.parts.join(' AND '),
    params: condition.params,
    order: 'c.last_names, c.first_names, c.id',
    columns: `c.id, c.national_id, c.first_names, c.last_names, c.phone, c.address, c.created_at,
              (SELECT COUNT(*) FROM infants i WHERE i.caregiver_id = c.id AND i.deleted = 0) AS infant_count`,
    toRow: (r) => ({
      id: String(r.id),
      caregiverId: String(r.id),
      cells: {
        nationalId: String(r.national_id),
        lastNames: String(r.last_names),
        firstNames: String(r.first_names),
        phone: String(r.phone),
        address: String(r.address),
        infants: Number(r.infant_count),
        registered: localDayOf(Number(r.created_at)),
      },
    }),
  };
}

const INFANT_NAME = "i.first_names || ' ' || i.last_names";

function infants(_ctx: AppContext, query: ListQuery): ListSelection {
  const condition: Condition = { parts: ['i.deleted = 0', 'c.deleted = 0'], params: [] };
  ownedBy(condition, 'i.owner_site_id', query);
  dateRange(condition, 'i.birth_date', query);
  textFilter(condition, query.text, { caregiver: 'c.search_name', others: [INFANT_NAME] }, ['c.national_id', 'i.national_id']);
  return {
    key: 'i.id',
    from: 'infants i CROSS JOIN caregivers c ON c.id = i.caregiver_id',
    filterFrom: 'infants i CROSS JOIN caregivers c ON c.id = i.caregiver_id',
    where: condition.parts.join(' AND '),
    params: condition.params,
    order: 'i.last_names, i.first_names, i.id',
    columns: `i.id, c.id AS caregiver_id, i.first_names, i.last_names, i.national_id, i.birth_date, c.national_id AS caregiver_dni,
              c.first_names || ' ' || c.last_names AS caregiver`,
    toRow: (r) => ({
      id: String(r.id),
      caregiverId: String(r.caregiver_id),
      cells: {
        lastNames: String(r.last_names),
        firstNames: String(r.first_names),
        nationalId: r.national_id === null ? '' : String(r.national_id),
        birthDate: String(r.birth_date),
        caregiver: String(r.caregiver),
        caregiverNationalId: String(r.caregiver_dni),
      },
    }),
  };
}

// CROSS JOIN keeps the listed table outermost, so its order index serves a page and a count scans it once
// (left to itself, SQLite may count by walking another table's index).
const PRESCRIPTION_PEOPLE = 'CROSS JOIN infants i ON i.id = p.infant_id CROSS JOIN caregivers c ON c.id = i.caregiver_id';
const PRESCRIPTION_FROM = `prescriptions p ${PRESCRIPTION_PEOPLE}`;
// The open ones are read from their balances, whose partial index holds exactly the live prescriptions with
// grams left, in the list's order: a count and a page without a name read nothing else.
const OPEN_FROM = `prescription_balances s CROSS JOIN prescriptions p ON p.id = s.prescription_id ${PRESCRIPTION_PEOPLE}`;

interface PrescriptionState {
  readonly months: number | null;
  readonly allowed: number | null;
  readonly delivered: number;
  readonly remaining: number | null;
  readonly lastDay: string | null;
  readonly active: boolean;
}

/** A prescription as granted on its own date, and whether it can still take deliveries today. */
function stateOf(r: SqlRow, today: string): PrescriptionState {
  // A prescription the rules no longer accept shows without figures.
  const { months, allowed, lastDay } = grantOfRow(r);
  const delivered = deliveredGrams(r.cans);
  const remaining = allowed === null ? null : Math.max(0, allowed - delivered);
  return { months, allowed, delivered, remaining, lastDay, active: lastDay !== null && remaining !== null && remaining > 0 && today <= lastDay };
}

function prescriptions(ctx: AppContext, query: ListQuery): ListSelection {
  const today = todayIso(ctx);
  const open = query.activeOnly;
  const table = open ? 's' : 'p';
  const condition: Condition = open
    ? { parts: ['s.live = 1', 's.grams_delivered < s.grams_allowed', 's.last_day >= ?'], params: [today] }
    : { parts: ['p.deleted = 0', 'i.deleted = 0', 'c.deleted = 0'], params: [] };
  if (open) refreshPrescriptionBalances(ctx);
  ownedBy(condition, `${table}.owner_site_id`, query);
  dateRange(condition, `${table}.prescription_date`, query);
  textFilter(condition, query.text, { caregiver: 'c.search_name', others: [INFANT_NAME] }, ['c.national_id']);
  const reasons = reasonsHere(ctx);
  const clinical = seesClinical(ctx);
  const from = open ? OPEN_FROM : PRESCRIPTION_FROM;
  return {
    key: `${table}.${open ? 'prescription_id' : 'id'}`,
    from,
    filterFrom: open && !query.text ? 'prescription_balances s' : from,
    where: condition.parts.join(' AND '),
    params: condition.params,
    order: open ? 's.prescription_date DESC, s.prescription_id DESC' : 'p.prescription_date DESC, p.id DESC',
    columns: `p.*, c.id AS caregiver_id, i.birth_date AS infant_birth_date, ${INFANT_NAME} AS infant, c.national_id AS caregiver_dni,
              ${DELIVERED_CANS}`,
    toRow: (r) => {
      const state = stateOf(r, today);
      return {
        id: String(r.id),
        caregiverId: String(r.caregiver_id),
        cells: {
          prescriptionDate: String(r.prescription_date),
          infant: String(r.infant),
          caregiverNationalId: String(r.caregiver_dni),
          reason: clinical ? reasonLabelIn(String(r.reason_code), reasons, formulaText.reasonWithheld) : formulaText.clinicalReserved,
          months: state.months,
          gramsAllowed: state.allowed,
          gramsDelivered: state.delivered,
          gramsRemaining: state.remaining,
          lastDeliveryDay: state.lastDay,
          status: state.active ? t.active : t.ended,
        },
      };
    },
  };
}

const DELIVERY_FROM = 'deliveries d CROSS JOIN prescriptions p ON p.id = d.prescription_id CROSS JOIN infants i ON i.id = p.infant_id CROSS JOIN caregivers c ON c.id = i.caregiver_id';

function deliveries(_ctx: AppContext, query: ListQuery): ListSelection {
  const condition: Condition = { parts: ['d.deleted = 0'], params: [] };
  if (!query.includeVoided) condition.parts.push('d.voided_at IS NULL');
  ownedBy(condition, 'd.owner_site_id', query);
  dateRange(condition, 'd.delivery_date', query);
  textFilter(condition, query.text, { caregiver: 'c.search_name', others: [INFANT_NAME, 'd.received_by_name'] }, ['c.national_id', 'd.received_by_national_id']);
  return {
    key: 'd.id',
    from: DELIVERY_FROM,
    filterFrom: query.text ? DELIVERY_FROM : 'deliveries d',
    where: condition.parts.join(' AND '),
    params: condition.params,
    order: 'd.delivery_date DESC, d.created_at DESC, d.id DESC',
    columns: `d.id, c.id AS caregiver_id, d.delivery_date, d.cans_800, d.cans_1kg, d.received_by_name, d.received_by_national_id, d.source, d.voided_at, d.void_reason,
              ${INFANT_NAME} AS infant, c.national_id AS caregiver_dni, c.first_names || ' ' || c.last_names AS caregiver`,
    toRow: (r) => ({
      id: String(r.id),
      caregiverId: String(r.caregiver_id),
      cells: {
        deliveryDate: String(r.delivery_date),
        caregiverNationalId: String(r.caregiver_dni),
        caregiver: String(r.caregiver),
        infant: String(r.infant),
        cans800: Number(r.cans_800),
        cans1kg: Number(r.cans_1kg),
        grams: gramsOf({ cans800: Number(r.cans_800), cans1kg: Number(r.cans_1kg) }),
        receivedBy: [String(r.received_by_name), String(r.received_by_national_id)].filter(Boolean).join(' · '),
        source: r.source === 'batch' ? t.sourceBatch : t.sourceForm,
        voided: r.voided_at === null ? '' : t.voidedBecause(String(r.void_reason ?? '')),
      },
    }),
  };
}

export const LIST_SELECTIONS: Record<ListKind, (ctx: AppContext, query: ListQuery) => ListSelection> = { caregivers, infants, prescriptions, deliveries };
