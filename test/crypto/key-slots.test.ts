import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createKeySlots,
  newRecoveryKey,
  normalizeRecoveryKey,
  openWithPassword,
  openWithRecoveryKey,
  readKeySlots,
  sqlcipherKeyPragma,
  withoutUserSlot,
  withUserSlot,
  writeKeySlots,
  WrongSecretError,
} from '../../src-main/crypto/key-slots';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-slots-'));

describe('key slots (issue 18.4)', () => {
  const recovery = newRecoveryKey();
  const { key, slots } = createKeySlots('rosa.quispe', 'clave-de-rosa', recovery);

  it('each user’s password and the recovery key open the same key; a wrong one does not', () => {
    const withLuis = withUserSlot(slots, key, 'luis.registro', 'clave-de-luis');
    expect(openWithPassword(withLuis, 'rosa.quispe', 'clave-de-rosa').equals(key)).toBe(true);
    expect(openWithPassword(withLuis, 'luis.registro', 'clave-de-luis').equals(key)).toBe(true);
    expect(openWithRecoveryKey(withLuis, recovery.toLowerCase().replace(/-/g, ' ')).equals(key)).toBe(true);
    expect(() => openWithPassword(withLuis, 'luis.registro', 'clave-de-rosa')).toThrow(WrongSecretError);
    expect(() => openWithPassword(withLuis, 'nadie', 'clave-de-rosa')).toThrow(WrongSecretError);
    expect(() => openWithRecoveryKey(withLuis, newRecoveryKey())).toThrow(WrongSecretError);
  });

  it('a removed slot no longer opens; a reset password re-wraps (the old one stops working)', () => {
    const withLuis = withUserSlot(slots, key, 'luis.registro', 'clave-vieja');
    const reset = withUserSlot(withLuis, key, 'luis.registro', 'clave-nueva');
    expect(() => openWithPassword(reset, 'luis.registro', 'clave-vieja')).toThrow(WrongSecretError);
    expect(openWithPassword(reset, 'luis.registro', 'clave-nueva').equals(key)).toBe(true);
    const removed = withoutUserSlot(reset, 'luis.registro');
    expect(() => openWithPassword(removed, 'luis.registro', 'clave-nueva')).toThrow(WrongSecretError);
    expect(openWithPassword(removed, 'rosa.quispe', 'clave-de-rosa').equals(key)).toBe(true);
  });

  it('slots of another database do not give a key for this one', () => {
    const other = createKeySlots('rosa.quispe', 'clave-de-rosa', recovery);
    expect(() => withUserSlot(other.slots, key, 'luis.registro', 'x')).toThrow();
  });

  it('the file holds no key, no password and no recovery key, and survives a round trip', () => {
    const dir = tempDir();
    writeKeySlots(dir, slots);
    const text = fs.readFileSync(path.join(dir, 'keyslots.json'), 'utf8');
    for (const secret of [key.toString('hex'), 'clave-de-rosa', normalizeRecoveryKey(recovery).replace(/-/g, '')]) expect(text).not.toContain(secret);
    expect(readKeySlots(dir)).toEqual(slots);
    expect(readKeySlots(tempDir())).toBeNull();
  });

  it('the recovery key reads in groups and ignores case, spaces and dashes', () => {
    expect(recovery).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    expect(normalizeRecoveryKey(` ${recovery.toLowerCase().replace(/-/g, '  ')} `)).toBe(recovery);
  });

  it('a database encrypted with the key: its bytes hold no record, and it opens only with the key', () => {
    const file = path.join(tempDir(), 'cifrada.sqlite');
    const db = new Database(file);
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(sqlcipherKeyPragma(key));
    db.exec("CREATE TABLE caregivers (national_id TEXT, name TEXT); INSERT INTO caregivers VALUES ('45678912', 'Marisol Quintanilla')");
    db.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from('45678912'))).toBe(false);
    expect(bytes.includes(Buffer.from('Marisol'))).toBe(false);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const plain = new Database(file);
    expect(() => plain.prepare('SELECT * FROM caregivers').all()).toThrow(/not a database/);
    plain.close();
    const wrong = new Database(file);
    wrong.pragma("cipher = 'sqlcipher'");
    wrong.pragma('legacy = 4');
    wrong.pragma(sqlcipherKeyPragma(createKeySlots('x', 'y', recovery).key));
    expect(() => wrong.prepare('SELECT * FROM caregivers').all()).toThrow(/not a database/);
    wrong.close();
    const right = new Database(file);
    right.pragma("cipher = 'sqlcipher'");
    right.pragma('legacy = 4');
    right.pragma(sqlcipherKeyPragma(openWithRecoveryKey(slots, recovery)));
    expect(right.prepare('SELECT name FROM caregivers').pluck().all()).toEqual(['Marisol Quintanilla']);
    right.close();
  });
});
