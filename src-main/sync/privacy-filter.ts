import crypto from 'node:crypto';
import { SITE_LEVEL } from '../../src-shared/site/countries';
import { DOCUMENT_TABLES, HIV_SENSITIVE_TABLES, pseudonymOf, receivesDocuments, withheldColumns, type Receiver, type Withholding } from '../../src-shared/sync/privacy';
import type { AppContext } from '../app/context';
import { readStringSetting, SETTING_KEYS } from '../settings/local-settings';
import { localKeys } from './keys-of';
import { withoutNeverShared } from './never-shared';
import type { RowValue } from './payload';
import type { Peer } from './peers';

/** Only a region or national site may be the HIV direction (its signed enrolment file says so). */
export function isHivDirection(ctx: AppContext): boolean {
  const { site } = localKeys(ctx);
  return SITE_LEVEL[site.kind] >= SITE_LEVEL.region && readStringSetting(ctx.db, SETTING_KEYS.hivDirection) === 'true';
}

/** This site as a receiver of bundles from below, or null at a facility (it receives no one's records). */
export function ownReceiver(ctx: AppContext): Receiver | null {
  const { site } = localKeys(ctx);
  if (site.kind === 'facility') return null;
  return { country: site.country, kind: site.kind, hivDirection: isHivDirection(ctx), reduced: readStringSetting(ctx.db, SETTING_KEYS.deidentified) === 'true' };
}

/** A parent as the sender knows it: its level from enrolment, its HIV direction from its signed file. */
export function receiverOf(ctx: AppContext, peer: Peer): Receiver | null {
  if (peer.kind === 'facility') return null;
  return { country: localKeys(ctx).site.country, kind: peer.kind, hivDirection: peer.hivDirection, reduced: false };
}

/** A row as the receiver may have it, or null when the whole row stays behind (scanned documents). */
export type RowFilter = (table: string, columns: readonly string[], row: readonly RowValue[]) => RowValue[] | null;

/**
 * The privacy table applied to rows leaving for (or arriving at) a level: never-shared columns emptied
 * always; withheld ones replaced. The HIV reason's people are found once per filter, from what is stored.
 */
export function privacyFilter(ctx: AppContext, receiver: Receiver | null): RowFilter {
  if (!receiver) return (table, columns, row) => withoutNeverShared(table, columns, row);
  const documents = receivesDocuments(receiver);
  const isHivPerson = hivPersonLookup(ctx);
  const plain = new Map<string, Readonly<Record<string, Withholding>>>();
  const rulesOf = (table: string, hiv: boolean) => {
    if (hiv) return withheldColumns(receiver, table, true);
    let rules = plain.get(table);
    if (!rules) plain.set(table, (rules = withheldColumns(receiver, table)));
    return rules;
  };
  return (table, columns, row) => {
    if (!documents && DOCUMENT_TABLES.includes(table)) return null;
    const cleared = withoutNeverShared(table, columns, row);
    const id = String(row[columns.indexOf('id')]);
    const hiv = !receiver.hivDirection && HIV_SENSITIVE_TABLES.includes(table) && isHivPerson(id);
    const rules = rulesOf(table, hiv);
    return cleared.map((value, i) => withhold(rules[columns[i] ?? ''], value, id, columns[i] ?? ''));
  };
}

function withhold(rule: Withholding | undefined, value: RowValue, id: string, column: string): RowValue {
  if (!rule || value === null) return value;
  switch (rule) {
    case 'empty':
      return '';
    case 'null':
      return null;
    case 'month':
      return typeof value === 'string' && /^\d{4}-\d{2}/.test(value) ? `${value.slice(0, 7)}-01` : value;
    case 'pseudonym':
      return value === '' ? '' : pseudonymOf(crypto.createHash('sha256').update(`${id}:${column}`).digest('hex'));
  }
}

/** Whether a record points at a person in the HIV reason: the people are found once, on the first question. */
export function hivPersonLookup(ctx: AppContext): (id: string) => boolean {
  let ids: ReadonlySet<string> | null = null;
  return (id) => {
    ids ??= hivPersonIds(ctx);
    return ids.has(id);
  };
}

/** The columns of one stored record that this receiver holds only as pseudonyms or empties. */
export function withheldOfRecord(receiver: Receiver | null, table: string, id: string, isHivPerson: (id: string) => boolean): ReadonlySet<string> {
  if (!receiver) return new Set();
  const hiv = !receiver.hivDirection && HIV_SENSITIVE_TABLES.includes(table) && isHivPerson(id);
  return new Set(Object.keys(withheldColumns(receiver, table, hiv)));
}

/**
 * Ids of the records that point at a person in the HIV reason: the caregiver of an infant with an HIV
 * prescription (or HIV fields filled), all that caregiver's infants, their prescriptions and deliveries.
 */
function hivPersonIds(ctx: AppContext): ReadonlySet<string> {
  const rows = ctx.sqlite
    .prepare(
      `WITH hiv_infant AS (SELECT infant_id AS id FROM prescriptions WHERE reason_code = 'hiv' OR hiv_viral_load IS NOT NULL OR hiv_modality IS NOT NULL),
            carer AS (SELECT DISTINCT caregiver_id AS id FROM infants WHERE id IN (SELECT id FROM hiv_infant)),
            child AS (SELECT id FROM infants WHERE caregiver_id IN (SELECT id FROM carer)),
            rx AS (SELECT id FROM prescriptions WHERE infant_id IN (SELECT id FROM child))
       SELECT id FROM carer UNION SELECT id FROM child UNION SELECT id FROM rx
       UNION SELECT id FROM deliveries WHERE prescription_id IN (SELECT id FROM rx)`,
    )
    .pluck()
    .all() as string[];
  return new Set(rows);
}
