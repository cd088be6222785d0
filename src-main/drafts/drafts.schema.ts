import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** What a user typed and has not saved yet, autosaved so that a lock, a crash or a power cut loses nothing. */
export const formDrafts = sqliteTable(
  'form_drafts',
  {
    userId: text('user_id').notNull(),
    formKey: text('form_key').notNull(),
    data: text('data').notNull(),
    savedAt: text('saved_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.formKey] })],
);
