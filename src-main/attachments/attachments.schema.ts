import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

/** One row per stored content: its bytes live in the blob store under `sha256`. */
export const attachments = sqliteTable(
  'attachments',
  {
    ...syncColumns(),
    sha256: text('sha256').notNull(),
    /** Hash of the file as it arrived, so the same scan imported twice is recognised before re-encoding. */
    sourceSha256: text('source_sha256').notNull(),
    mime: text('mime', { enum: ['image/jpeg', 'application/pdf'] }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sourceByteSize: integer('source_byte_size').notNull(),
    pageCount: integer('page_count').notNull(),
    width: integer('width'),
    height: integer('height'),
    grayscale: integer('grayscale', { mode: 'boolean' }).notNull(),
    originalName: text('original_name').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (table) => [
    uniqueIndex('attachments_site_source').on(table.ownerSiteId, table.sourceSha256).where(sql`${table.deleted} = 0`),
    index('attachments_sha256').on(table.sha256),
  ],
);

/** Ties an attachment to a record with a kind; a replaced link stays as the record's history. */
export const attachmentLinks = sqliteTable(
  'attachment_links',
  {
    ...syncColumns(),
    attachmentId: text('attachment_id')
      .notNull()
      .references(() => attachments.id),
    recordTable: text('record_table').notNull(),
    recordId: text('record_id').notNull(),
    kind: text('kind', {
      enum: ['prescription', 'counselingDeclaration', 'attendanceSheet', 'minutes', 'other'],
    }).notNull(),
    replacedByLinkId: text('replaced_by_link_id'),
    /**
     * Set by the coordination when the document is wrong (seed 004: the program checks the attachments
     * and asks for corrections); travels down as a correction and stays on this link until it is replaced.
     */
    flagMessage: text('flag_message').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (table) => [index('attachment_links_record').on(table.recordTable, table.recordId)],
);
