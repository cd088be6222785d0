import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { COUNTRIES, SITE_KINDS } from '../../src-shared/site/countries';
import { writeFileDurably } from '../app/durable-file';

/**
 * The database key at rest (issue 18.4): a random 256-bit key, never stored in clear. It is wrapped
 * (AES-256-GCM) once per active user under a key derived from that user's password with scrypt, and once
 * under a recovery key shown to the admin at setup, like LUKS key slots. Any slot opens the database; a
 * removed slot no longer does. The slots live next to the database in `keyslots.json` (the database
 * cannot hold them: it is what they open), and a copy goes with every backup.
 */
export const KEY_SLOTS_FILE = 'keyslots.json';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

const slotSchema = z.object({
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  iv: z.string().regex(/^[0-9a-f]{24}$/),
  tag: z.string().regex(/^[0-9a-f]{32}$/),
  wrapped: z.string().regex(/^[0-9a-f]{64}$/),
});
type Slot = z.infer<typeof slotSchema>;

const fileSchema = z.object({
  format: z.literal('lactared-keyslots'),
  version: z.literal(1),
  /** SHA-256 of the key, to tell "wrong password" from "slots of another database" cheaply. */
  keyCheck: z.string().regex(/^[0-9a-f]{64}$/),
  users: z.record(z.string().min(1).max(64), slotSchema),
  recovery: slotSchema,
  /** What the sign-in screen shows before the database is open: the site's public description. */
  site: z
    .object({
      id: z.string(),
      kind: z.enum(SITE_KINDS),
      country: z.enum(COUNTRIES),
      name: z.string(),
      code: z.string(),
      region: z.string(),
      network: z.string(),
      microNetwork: z.string(),
      attendsBirths: z.boolean(),
      signingKeyFingerprint: z.string(),
    })
    .nullable()
    .default(null),
});
export type KeySlots = z.infer<typeof fileSchema>;

export class WrongSecretError extends Error {}

function deriveKek(secret: string, salt: Buffer): Buffer {
  return crypto.scryptSync(secret.normalize('NFC'), salt, 32, SCRYPT);
}

function wrap(key: Buffer, secret: string): Slot {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKek(secret, salt), iv);
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return { salt: salt.toString('hex'), iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), wrapped: wrapped.toString('hex') };
}

function unwrap(slot: Slot, secret: string): Buffer {
  const decipher = crypto.createDecipheriv('aes-256-gcm', deriveKek(secret, Buffer.from(slot.salt, 'hex')), Buffer.from(slot.iv, 'hex'));
  decipher.setAuthTag(Buffer.from(slot.tag, 'hex'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(slot.wrapped, 'hex')), decipher.final()]);
  } catch {
    throw new WrongSecretError();
  }
}

const keyCheckOf = (key: Buffer) => crypto.createHash('sha256').update('lactared-key-check').update(key).digest('hex');

/** A recovery key a person can print, read and type: 32 random bytes as eight groups of digits and letters. */
export function newRecoveryKey(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(40);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** The recovery key as typed: case, spaces and dashes do not matter. */
export function normalizeRecoveryKey(text: string): string {
  const clean = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,5}/g)?.join('-') ?? clean;
}

/** A new database key with its first user's slot and the recovery slot. */
export function createKeySlots(username: string, password: string, recoveryKey: string): { key: Buffer; slots: KeySlots } {
  const key = crypto.randomBytes(32);
  return { key, slots: { format: 'lactared-keyslots', version: 1, keyCheck: keyCheckOf(key), users: { [username]: wrap(key, password) }, recovery: wrap(key, normalizeRecoveryKey(recoveryKey)), site: null } };
}

/** The key from a user's password; WrongSecretError for an unknown user or a wrong password (the same answer). */
export function openWithPassword(slots: KeySlots, username: string, password: string): Buffer {
  const slot = slots.users[username];
  // An unknown user costs the same scrypt as a known one: the answer time tells nothing.
  if (!slot) {
    deriveKek(password, crypto.randomBytes(16));
    throw new WrongSecretError();
  }
  return checked(slots, unwrap(slot, password));
}

export function openWithRecoveryKey(slots: KeySlots, recoveryKey: string): Buffer {
  return checked(slots, unwrap(slots.recovery, normalizeRecoveryKey(recoveryKey)));
}

function checked(slots: KeySlots, key: Buffer): Buffer {
  if (keyCheckOf(key) !== slots.keyCheck) throw new WrongSecretError();
  return key;
}

/** The slots with this user's slot (re)made for a new password: a reset or a change re-wraps. */
export function withUserSlot(slots: KeySlots, key: Buffer, username: string, password: string): KeySlots {
  if (keyCheckOf(key) !== slots.keyCheck) throw new Error('La clave no corresponde a estas ranuras.');
  return { ...slots, users: { ...slots.users, [username]: wrap(key, password) } };
}

/** Whether this password opens this user's slot (a sign-in keeps the slot in step with the password). */
export function slotOpens(slots: KeySlots, username: string, password: string): boolean {
  try {
    openWithPassword(slots, username, password);
    return true;
  } catch {
    return false;
  }
}

/** The slots without this user's slot: a deactivated user no longer opens the database. */
export function withoutUserSlot(slots: KeySlots, username: string): KeySlots {
  const users = Object.fromEntries(Object.entries(slots.users).filter(([name]) => name !== username));
  return { ...slots, users };
}

export function readKeySlots(dataDir: string): KeySlots | null {
  const file = path.join(dataDir, KEY_SLOTS_FILE);
  if (!fs.existsSync(file)) return null;
  const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${KEY_SLOTS_FILE} no es válido.`);
  return parsed.data;
}

/** Written to a temporary file, fsynced and renamed: a power cut leaves the old slots or the new ones. */
export function writeKeySlots(dataDir: string, slots: KeySlots): void {
  writeFileDurably(path.join(dataDir, KEY_SLOTS_FILE), JSON.stringify(slots, null, 1));
}

/** The SQLCipher pragma value for a raw 256-bit key (no second key derivation on every open). */
export function sqlcipherKeyPragma(key: Buffer): string {
  return `key = "x'${key.toString('hex')}'"`;
}
