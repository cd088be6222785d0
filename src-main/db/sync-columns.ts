import { integer, text } from 'drizzle-orm/sqlite-core';

/**
 * The columns every record that syncs carries (DESIGN.md "Data that syncs"): a global id (UUIDv7), the
 * site that owns the record, the hybrid-logical-clock stamp of its last change, and a tombstone.
 * `test/db/sync-conventions.test.ts` fails for any table that lacks them and is not declared local-only.
 */
export function syncColumns() {
  return {
    id: text('id').primaryKey(),
    ownerSiteId: text('owner_site_id').notNull(),
    hlc: text('hlc').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
  };
}

/**
 * Tables that never leave this PC, each with the reason. Every other table must have the sync columns.
 */
export const LOCAL_ONLY_TABLES: Readonly<Record<string, string>> = {
  __drizzle_migrations: 'migration bookkeeping of drizzle-kit',
  local_settings: 'settings and clock state of this installation',
  site_private_keys: 'private keys never leave main, let alone the PC',
  user_credentials: 'password hashes and lockout state stay on the PC where the user signs in',
  form_drafts: 'half-typed forms of a user on this PC, autosaved so that nothing typed is lost',
  audit_log: 'append-only log of this PC; summaries travel with sync, not the log itself',
  sync_peers: 'the keys and acknowledgement state of the sites this one exchanges bundles with',
  sync_changes: 'local change numbers that decide what the next bundle carries',
  sync_tracking_pause: 'set only inside an import transaction, while it records its changes itself',
  sync_routes: 'which enrolled peer the records of each site arrive through',
  sync_imports: 'the bundles applied on this PC and their summaries',
  sync_conflicts: 'versions that lost to the version of another site, kept here for review',
  sync_corrections: 'corrections made at this coordination site and the state each was based on',
  sync_seen: 'the last correction received for each record, reported upward with it',
  dhis2_pushes: 'what this PC sent to a DHIS2 server and what DHIS2 answered',
  // The trigram index of caregivers' names (issue 19) and SQLite's own tables behind it: derived, rebuilt from caregivers.
  caregivers_name_search: 'an index of caregivers.search_name, kept by triggers',
  caregivers_name_search_data: 'storage of the name index (FTS5)',
  caregivers_name_search_idx: 'storage of the name index (FTS5)',
  caregivers_name_search_docsize: 'storage of the name index (FTS5)',
  caregivers_name_search_config: 'storage of the name index (FTS5)',
  // The open prescriptions of the lists (issue 19): derived from prescriptions and deliveries by the rules.
  prescription_balances: 'what each prescription was granted and received, recomputed here from the synced records',
  prescription_balances_stale: 'the prescriptions a write touched since their balance was computed, marked by triggers',
};
