import { eq } from 'drizzle-orm';
import { foldForSearch } from '../../src-shared/common/text';
import { CORRECTABLE, isCorrectableTable, type CorrectableField } from '../../src-shared/sync/correctable';
import type { AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { ruleProblemOf } from '../formula/infant-records';
import type { RowValue } from './payload';
import type { Peer } from './peers';
import { hivPersonLookup, receiverOf, withheldOfRecord } from './privacy-filter';
import { REFERENCE_CHILD_TABLES, REFERENCE_TABLES } from './reference-tables';
import { syncPeers } from './sync.schema';
import { isSyncTable } from './sync-tables';

/** The state of a record as this site holds it: who owns it, and all its columns. */
export type StoredRow = Readonly<Record<string, RowValue>>;

/**
 * Which received rows this site may apply, decided against what is *stored* here, not only against what
 * the row claims (issue 17.1). A record never changes owner. From a child: records of the sites that
 * come through that child, each hung only from records of the same owner, and a site row only for the
 * site it describes, with the keys enrolled here. From the parent: reference data issued above, and
 * corrections of existing records of this site or of a site below it (to relay down), of which only the
 * correctable fields are taken.
 */
export interface RowAdmission {
  /** The row to write (a correction merged onto the stored state), or null when it is refused. */
  admit(table: string, columns: readonly string[], row: readonly RowValue[], stored: StoredRow | undefined): readonly RowValue[] | null;
  /** Sites seen for the first time, by the child they came through (to remember once applied). */
  readonly newRoutes: ReadonlyMap<string, string>;
}

interface ForeignKey {
  readonly column: string;
  readonly target: string;
}

export function rowAdmission(ctx: AppContext, me: string, peer: Peer, routes: ReadonlyMap<string, string>): RowAdmission {
  const fromParent = peer.relation === 'parent';
  const parents = new Set(ctx.db.select({ id: syncPeers.siteId }).from(syncPeers).where(eq(syncPeers.relation, 'parent')).all().map((p) => p.id));
  const newRoutes = new Map<string, string>();
  const owners = ownerLookup(ctx);
  const foreignKeys = foreignKeysOf(ctx);
  let issuedAbove: Set<string> | null = null;

  /** Sites whose reference data came from above: a child can never speak for them. */
  const isAbove = (owner: string) => {
    if (parents.has(owner)) return true;
    issuedAbove ??= ownersOfReferenceData(ctx, me, routes);
    return issuedAbove.has(owner);
  };

  const comesThroughChild = (owner: string): boolean => {
    if (owner === peer.siteId) return true;
    if (peer.kind === 'facility') return false;
    const via = routes.get(owner) ?? newRoutes.get(owner);
    if (via) return via === peer.siteId;
    if (owner === me || isAbove(owner)) return false;
    newRoutes.set(owner, peer.siteId);
    return true;
  };

  /** Every record a row hangs from is a record of the same owner (or, for reference rows, also stored). */
  const hangsFromOwn = (table: string, columns: readonly string[], row: readonly RowValue[], owner: string): boolean => {
    for (const fk of foreignKeys.get(table) ?? []) {
      const value = row[columns.indexOf(fk.column)];
      if (value === null || value === undefined) continue;
      if (owners(fk.target, String(value)) !== owner) return false;
    }
    if (table === 'attachment_links') {
      const target = String(row[columns.indexOf('record_table')]);
      if (!isSyncTable(target) || owners(target, String(row[columns.indexOf('record_id')])) !== owner) return false;
    }
    return true;
  };

  const siteRowMatchesEnrolment = (columns: readonly string[], row: readonly RowValue[], owner: string): boolean => {
    if (row[columns.indexOf('id')] !== owner) return false;
    const enrolled = ctx.db.select().from(syncPeers).where(eq(syncPeers.siteId, owner)).get();
    if (!enrolled) return true;
    const signing = columns.indexOf('signing_public_key');
    const encryption = columns.indexOf('encryption_public_key');
    return (signing < 0 || row[signing] === enrolled.signingPublicKey) && (encryption < 0 || row[encryption] === enrolled.encryptionPublicKey);
  };

  // What the parent's level never receives it holds as pseudonyms: those columns are never taken from it (18.1).
  const parentReceiver = fromParent ? receiverOf(ctx, peer) : null;
  const isHivPerson = hivPersonLookup(ctx);

  /** A correction received from above passes the same rules as one made here (issue 14.2), or is refused and audited. */
  const correctionWithinRules = (table: keyof typeof CORRECTABLE, columns: readonly string[], row: readonly RowValue[], stored: StoredRow): readonly RowValue[] | null => {
    const merged = correctionOnto(table, columns, row, stored, withheldOfRecord(parentReceiver, table, String(stored.id), isHivPerson));
    const changes: Record<string, RowValue> = {};
    columns.forEach((column, i) => {
      const value = merged[i] ?? null;
      if (column !== 'hlc' && value !== (stored[column] ?? null)) changes[column] = value;
    });
    const problem = ruleProblemOf(ctx, table, String(stored.id), changes);
    if (!problem) return merged;
    recordAudit(ctx, { action: 'sync.correctionRefused', outcome: 'refused', recordTable: table, recordId: String(stored.id), detail: `${peer.name} (${peer.code}): ${problem}` });
    return null;
  };

  return {
    newRoutes,
    admit(table, columns, row, stored) {
      const owner = String(row[columns.indexOf('owner_site_id')]);
      if (stored && stored.owner_site_id !== owner) return null;
      if (fromParent) {
        // A correction of this site's record, or of a record of a site below, relayed on down to its owner (issue 16).
        if (owner === me || routes.has(owner)) return stored && isCorrectableTable(table) ? correctionWithinRules(table, columns, row, stored) : null;
        if (!REFERENCE_TABLES.has(table)) return null;
        return hangsFromOwn(table, columns, row, owner) ? row : null;
      }
      if (!comesThroughChild(owner)) return null;
      if (table === 'sites' && !siteRowMatchesEnrolment(columns, row, owner)) return null;
      return hangsFromOwn(table, columns, row, owner) ? row : null;
    },
  };
}

/**
 * A correction from above changes only what the corrections user may change (DESIGN.md A.14); the rest
 * of the record stays as this site has it, and what derives from a corrected field is derived here.
 */
function correctionOnto(table: keyof typeof CORRECTABLE, columns: readonly string[], row: readonly RowValue[], stored: StoredRow, hidden: ReadonlySet<string>): readonly RowValue[] {
  const taken = new Set(['hlc', ...(CORRECTABLE[table] as readonly CorrectableField[]).map((f) => f.column).filter((column) => !hidden.has(column))]);
  const merged = columns.map((column, i) => (taken.has(column) ? (row[i] ?? null) : (stored[column] ?? null)));
  const searchName = columns.indexOf('search_name');
  if (table === 'caregivers' && searchName >= 0) {
    const value = (column: string) => String(merged[columns.indexOf(column)] ?? stored[column] ?? '');
    merged[searchName] = foldForSearch(`${value('first_names')} ${value('last_names')}`);
  }
  return merged;
}

/** The owner of a stored record, by table and id (undefined when there is none). */
function ownerLookup(ctx: AppContext): (table: string, id: string) => string | undefined {
  const statements = new Map<string, { get(id: string): unknown }>();
  return (table, id) => {
    let statement = statements.get(table);
    if (!statement) {
      statement = ctx.sqlite.prepare(`SELECT owner_site_id FROM ${table} WHERE id = ?`).pluck();
      statements.set(table, statement);
    }
    const owner = statement.get(id);
    return typeof owner === 'string' ? owner : undefined;
  };
}

function foreignKeysOf(ctx: AppContext): Map<string, ForeignKey[]> {
  const tables = ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const keys = new Map<string, ForeignKey[]>();
  for (const table of tables.filter(isSyncTable)) {
    const list = ctx.sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as { from: string; table: string }[];
    keys.set(table, list.map((fk) => ({ column: fk.from, target: fk.table })));
  }
  return keys;
}

/** Owners of the reference data held here that are neither this site nor below it: the levels above. */
function ownersOfReferenceData(ctx: AppContext, me: string, routes: ReadonlyMap<string, string>): Set<string> {
  const found = new Set<string>();
  for (const table of REFERENCE_TABLES) {
    if (REFERENCE_CHILD_TABLES.has(table)) continue;
    for (const owner of ctx.sqlite.prepare(`SELECT DISTINCT owner_site_id FROM ${table}`).pluck().all() as string[]) {
      if (owner !== me && !routes.has(owner)) found.add(owner);
    }
  }
  return found;
}
