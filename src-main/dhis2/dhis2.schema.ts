import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

const audited = () => ({ createdAt: integer('created_at').notNull(), createdBy: text('created_by') });

/**
 * The mapping of LactaRed's figures and sites to DHIS2 (issue 20), imported at the national site as a
 * CSV and sent down as reference data so that a region can export its own part. The newest in force wins.
 */
export const dhis2MappingImports = sqliteTable('dhis2_mapping_imports', {
  ...syncColumns(),
  issuerName: text('issuer_name').notNull().default(''),
  fileName: text('file_name').notNull(),
  importedOn: text('imported_on').notNull(),
  entryCount: integer('entry_count').notNull(),
  rejectedCount: integer('rejected_count').notNull(),
  ...audited(),
});

export const dhis2MappingEntries = sqliteTable(
  'dhis2_mapping_entries',
  {
    ...syncColumns(),
    importId: text('import_id')
      .notNull()
      .references(() => dhis2MappingImports.id),
    kind: text('kind', { enum: ['element', 'orgUnit'] }).notNull(),
    key: text('key').notNull(),
    uid: text('uid').notNull(),
    categoryOptionCombo: text('category_option_combo').notNull().default(''),
  },
  (table) => [uniqueIndex('dhis2_mapping_entries_import_key').on(table.importId, table.kind, table.key)],
);

/** Each push to a DHIS2 server from this PC, dry run or real, with the summary DHIS2 answered. */
export const dhis2Pushes = sqliteTable('dhis2_pushes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  period: text('period').notNull(),
  dryRun: integer('dry_run', { mode: 'boolean' }).notNull(),
  payloadSha256: text('payload_sha256').notNull(),
  server: text('server').notNull(),
  status: text('status').notNull(),
  imported: integer('imported').notNull(),
  updated: integer('updated').notNull(),
  ignored: integer('ignored').notNull(),
  conflicts: integer('conflicts').notNull(),
  summary: text('summary').notNull(),
  pushedAt: integer('pushed_at').notNull(),
  pushedBy: text('pushed_by'),
});
