import fs from 'node:fs';
import path from 'node:path';
import type { UserRow } from '../../src-shared/contract/types';
import { loginSchema } from '../../src-shared/session/schemas';
import { attachmentKeyOf, sealFolder } from '../attachments/blob-store';
import { backupNow } from '../backup/backup-service';
import { BACKUPS } from '../backup/backup-store';
import { createKeySlots, KEY_SLOTS_FILE, newRecoveryKey, readKeySlots, slotOpens, sqlcipherKeyPragma, withoutUserSlot, withUserSlot, writeKeySlots, type KeySlots } from '../crypto/key-slots';
import { DATABASE_FILE } from '../db/open';
import { readStringSetting, SETTING_KEYS } from '../settings/local-settings';
import { localSite } from '../site/site-service';
import type { LactaRedMain } from './create-app';
import { writeFileDurably } from './durable-file';

/** Slots written before the database is encrypted: a power cut in between leaves both, never a key lost. */
export const PENDING_SLOTS_FILE = `${KEY_SLOTS_FILE}.pendiente`;

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the database file still starts with SQLite's plain header. */
export function isPlainDatabase(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.equals(PLAIN_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Finishes an encryption cut off by a power cut: pending slots and an encrypted database become the
 * folder's slots; pending slots beside a still plain database are dropped (the encryption never ran).
 */
export function settlePendingSlots(dataDir: string): void {
  const pending = path.join(dataDir, PENDING_SLOTS_FILE);
  if (!fs.existsSync(pending)) return;
  if (isPlainDatabase(path.join(dataDir, DATABASE_FILE))) fs.rmSync(pending);
  else fs.renameSync(pending, path.join(dataDir, KEY_SLOTS_FILE));
}

/** A new folder's key (18.4): the first admin's slot and the recovery key, written before the database exists. */
export function startEncryptedFolder(dataDir: string, admin: string, password: string): { readonly key: Buffer; readonly recoveryKey: string } {
  fs.mkdirSync(dataDir, { recursive: true });
  const recoveryKey = newRecoveryKey();
  const { key, slots } = createKeySlots(admin, password, recoveryKey);
  writeKeySlots(dataDir, slots);
  return { key, recoveryKey };
}

/** What a setup that failed left behind goes: the next attempt starts from an empty folder. */
export function discardNewFolder(dataDir: string): void {
  for (const file of [KEY_SLOTS_FILE, DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) fs.rmSync(path.join(dataDir, file), { force: true });
}

function withSite(main: LactaRedMain, slots: KeySlots): KeySlots {
  return { ...slots, site: localSite(main.ctx) };
}

const passwordOf = (input: unknown) => {
  const value = (input as { password?: unknown } | null)?.password;
  return typeof value === 'string' ? value : null;
};

/**
 * Keeps the slots in step with the users (18.4): a user created or whose password is reset or changed
 * gets a slot for that password; a sign-in makes the slot if it is missing; a deactivated or deleted user
 * loses it. Called after the call succeeded, outside its transaction.
 */
const SLOT_CHANNELS: ReadonlySet<unknown> = new Set(['setup.complete', 'session.login', 'session.recover', 'session.changePassword', 'users.create', 'users.resetPassword', 'users.setActive', 'users.delete']);

export function keepSlotsInStep(main: LactaRedMain, channel: unknown, input: unknown, value: unknown, deletedUsername: string | null = null): void {
  // Every other call goes by without touching the slots file.
  if (!SLOT_CHANNELS.has(channel)) return;
  const { ctx } = main;
  const key = ctx.databaseKey;
  const slots = readKeySlots(ctx.dataDir);
  if (!key || !slots) return;
  let next: KeySlots | null = null;
  switch (channel) {
    case 'setup.complete':
      next = slots;
      break;
    case 'session.recover':
    case 'session.login': {
      const login = loginSchema.safeParse(input);
      if (login.success && !slotOpens(slots, login.data.username, login.data.password)) next = withUserSlot(slots, key, login.data.username, login.data.password);
      else if (JSON.stringify(slots.site) !== JSON.stringify(localSite(ctx))) next = slots;
      break;
    }
    case 'session.changePassword': {
      const username = ctx.session.current?.username;
      const password = passwordOf(input);
      if (username && password) next = withUserSlot(slots, key, username, password);
      break;
    }
    case 'users.create':
    case 'users.resetPassword': {
      const password = passwordOf(input);
      if (password) next = withUserSlot(slots, key, (value as UserRow).username, password);
      break;
    }
    case 'users.setActive':
      if (!(value as UserRow).active) next = withoutUserSlot(slots, (value as UserRow).username);
      break;
    case 'users.delete':
      if (deletedUsername) next = withoutUserSlot(slots, deletedUsername);
      break;
    default:
      return;
  }
  if (next) writeKeySlots(ctx.dataDir, withSite(main, next));
}

/**
 * A folder from before encryption, at the first sign-in of an admin (18.4): a backup first; the slots
 * (this admin's and the recovery key's) written aside; the open database re-keyed in place (SQLCipher's
 * rekey, outside WAL mode); the slots put in place; a new encrypted backup; the plain backups removed,
 * here and in the second folder. Other users get their slot at their next sign-in while the app is open.
 */
export async function encryptInPlace(main: LactaRedMain, loginInput: unknown): Promise<boolean> {
  const { ctx } = main;
  const login = loginSchema.safeParse(loginInput);
  if (!login.success || ctx.databaseKey || ctx.session.current?.role !== 'admin') return false;
  await backupNow(ctx, 'manual');
  const recovery = newRecoveryKey();
  const { key, slots } = createKeySlots(login.data.username, login.data.password, recovery);
  writeFileDurably(path.join(ctx.dataDir, PENDING_SLOTS_FILE), JSON.stringify(withSite(main, slots), null, 1));
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  ctx.sqlite.pragma('journal_mode = DELETE');
  ctx.sqlite.pragma("cipher = 'sqlcipher'");
  ctx.sqlite.pragma('legacy = 4');
  ctx.sqlite.pragma(sqlcipherKeyPragma(key).replace(/^key/, 'rekey'));
  ctx.sqlite.pragma('journal_mode = WAL');
  settlePendingSlots(ctx.dataDir);
  ctx.databaseKey = key;
  // The scans and their backup mirrors are sealed too: nothing readable stays in the folder or on the stick.
  ctx.blobs.encryptWith(key);
  sealFolder(path.join(ctx.dataDir, BACKUPS, 'attachments'), attachmentKeyOf(key));
  ctx.pendingRecoveryKey = { username: login.data.username, key: recovery };
  await backupNow(ctx, 'manual');
  removePlainBackups(path.join(ctx.dataDir, BACKUPS));
  const second = readStringSetting(ctx.db, SETTING_KEYS.backupSecondFolder);
  if (second) {
    removePlainBackups(path.join(second, 'LactaRed-copias'));
    sealFolder(path.join(second, 'LactaRed-copias', 'attachments'), attachmentKeyOf(key));
  }
  return true;
}

/** Backups taken before the folder was encrypted: readable by anyone, so they go once an encrypted one exists. */
function removePlainBackups(root: string): void {
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const file = path.join(root, entry, DATABASE_FILE);
    if (fs.existsSync(file) && isPlainDatabase(file)) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
}
