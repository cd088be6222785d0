import { SITE_KINDS } from '../../src-shared/site/countries';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

/** Every site of the network: this one, and later the ones enrolled with it. */
export const sites = sqliteTable('sites', {
  ...syncColumns(),
  kind: text('kind', { enum: SITE_KINDS }).notNull(),
  country: text('country', { enum: ['PE', 'AR'] }).notNull(),
  name: text('name').notNull(),
  code: text('code').notNull(),
  region: text('region').notNull(),
  network: text('network').notNull(),
  microNetwork: text('micro_network').notNull(),
  attendsBirths: integer('attends_births', { mode: 'boolean' }).notNull(),
  signingPublicKey: text('signing_public_key').notNull(),
  encryptionPublicKey: text('encryption_public_key').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const sitePrivateKeys = sqliteTable('site_private_keys', {
  siteId: text('site_id').primaryKey(),
  signingPrivateKey: text('signing_private_key').notNull(),
  encryptionPrivateKey: text('encryption_private_key').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Key → JSON value; settings of this installation (site id, clock state, idle minutes). */
export const localSettings = sqliteTable('local_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
