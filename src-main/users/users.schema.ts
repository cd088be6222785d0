import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

export const users = sqliteTable(
  'users',
  {
    ...syncColumns(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ['admin', 'registrar', 'health', 'coordinator'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
  },
  // Partial: a deleted user's username may be given to someone else.
  (table) => [uniqueIndex('users_site_username').on(table.ownerSiteId, table.username).where(sql`${table.deleted} = 0`)],
);

export const userCredentials = sqliteTable('user_credentials', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: integer('locked_until'),
  lastLoginAt: integer('last_login_at'),
});
