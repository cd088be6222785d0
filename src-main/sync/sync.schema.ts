import { SITE_KINDS } from '../../src-shared/site/countries';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The sites this one exchanges bundles with: its parent (where its bundles go) and, at a coordination
 * site, its enrolled children. Keys come from enrolment files whose fingerprint a person confirmed.
 */
export const syncPeers = sqliteTable('sync_peers', {
  siteId: text('site_id').primaryKey(),
  relation: text('relation', { enum: ['parent', 'child'] }).notNull(),
  kind: text('kind', { enum: SITE_KINDS }).notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  signingPublicKey: text('signing_public_key').notNull(),
  encryptionPublicKey: text('encryption_public_key').notNull(),
  enrolledAt: integer('enrolled_at').notNull(),
  /** Our next bundle's sequence number to this peer. */
  nextSequence: integer('next_sequence').notNull().default(1),
  /** The highest local change number this peer has acknowledged: later changes are (re)sent. */
  ackedChange: integer('acked_change').notNull().default(0),
  /** The highest sequence number received from this peer (bundles may arrive out of order). */
  lastSequenceReceived: integer('last_sequence_received').notNull().default(0),
  /** The peer declared itself the HIV direction in its signed enrolment file (issue 18.1). */
  hivDirection: integer('hiv_direction', { mode: 'boolean' }).notNull().default(false),
});

/**
 * One line per synced record: the local change number of its latest state. Kept by triggers on every
 * synced table, so no write path can forget it; an export sends what is newer than the peer's ack.
 */
export const syncChanges = sqliteTable(
  'sync_changes',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    seq: integer('seq').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tableName, table.rowId] }), index('sync_changes_seq').on(table.seq)],
);

/**
 * A row here, written and removed inside one import transaction, pauses the change triggers: the import
 * records its changes in one sorted pass at the end, five times faster than a trigger per row. Never
 * committed, so other connections and a crash never see tracking paused.
 */
export const syncTrackingPause = sqliteTable('sync_tracking_pause', {
  pausedBy: text('paused_by').primaryKey(),
});

/** Which peer a site's records come through (a microrred for its facilities): provenance for imports. */
export const syncRoutes = sqliteTable('sync_routes', {
  siteId: text('site_id').primaryKey(),
  viaPeer: text('via_peer').notNull(),
});

/** Bundles applied here: the import summary per bundle, for the coordinator and for `status`. */
export const syncImports = sqliteTable('sync_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  senderSiteId: text('sender_site_id').notNull(),
  sequence: integer('sequence').notNull(),
  /** The sender's change number the bundle was complete up to: what an ack for it confirms. */
  upToChange: integer('up_to_change').notNull(),
  contentHash: text('content_hash').notNull(),
  importedAt: integer('imported_at').notNull(),
  summary: text('summary').notNull(),
});

/** A record's version that lost to another site's version: kept for review, never silently dropped. */
export const syncConflicts = sqliteTable('sync_conflicts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  keptHlc: text('kept_hlc').notNull(),
  otherHlc: text('other_hlc').notNull(),
  otherState: text('other_state').notNull(),
  detectedAt: integer('detected_at').notNull(),
  resolvedAt: integer('resolved_at'),
});

/**
 * Corrections made here (coordination level, corrections role) to records owned by a facility: the state
 * they were based on, so a concurrent change at the facility is recognised and both versions kept.
 */
export const syncCorrections = sqliteTable('sync_corrections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  ownerSiteId: text('owner_site_id').notNull(),
  baseHlc: text('base_hlc').notNull(),
  hlc: text('hlc').notNull(),
  reason: text('reason').notNull(),
  correctedAt: integer('corrected_at').notNull(),
  correctedBy: text('corrected_by'),
  /** Once the owner's state shows it saw the correction (or a conflict was recorded for review). */
  settled: integer('settled', { mode: 'boolean' }).notNull().default(false),
});

/** At a facility: the stamp of the last correction received for a record, reported upward with the record. */
export const syncSeen = sqliteTable(
  'sync_seen',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    hlc: text('hlc').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tableName, table.rowId] })],
);
