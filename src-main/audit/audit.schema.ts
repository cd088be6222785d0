import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: text('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    recordTable: text('record_table'),
    recordId: text('record_id'),
    outcome: text('outcome', { enum: ['ok', 'refused'] }).notNull(),
    detail: text('detail').notNull().default(''),
  },
  (table) => [
    index('audit_log_at').on(table.at),
    index('audit_log_user_at').on(table.userId, table.at),
    index('audit_log_record').on(table.recordTable, table.recordId),
  ],
);
