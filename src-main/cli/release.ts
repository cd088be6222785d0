import fs from 'node:fs';
import path from 'node:path';
import { cliText } from '../../src-shared/sync/cli-text';
import { readBounded } from '../app/bounded-read';
import type { LactaRedMain } from '../app/create-app';
import { writeFileDurably } from '../app/durable-file';
import { AppError } from '../app/errors';
import { newPublisherKeys, setPublisherKey, signatureFileFor, signFeed } from '../update/publisher-key';
import { ok, refused, type CliOutput } from './output';

const FEEDS = ['latest.yml', 'latest-linux.yml', 'latest-mac.yml'];

/** A key or a release description: a few kilobytes at most; anything else (or nothing) is null. */
function readSmall(file: string): Buffer | null {
  try {
    return readBounded(file, 64 * 1024);
  } catch {
    return null;
  }
}

/** The program's release manager, once: a publisher key pair (the private one never goes to a facility). */
export function releaseKey(out: string): CliOutput {
  const keys = newPublisherKeys();
  fs.mkdirSync(out, { recursive: true });
  const privateFile = path.join(out, 'publicador-privada.pem');
  const publicFile = path.join(out, 'publicador-publica.pem');
  if (fs.existsSync(privateFile)) return refused('EXISTS', cliText.releaseKeyExists(privateFile));
  writeFileDurably(privateFile, keys.privatePem);
  fs.chmodSync(privateFile, 0o600);
  writeFileDurably(publicFile, keys.publicPem);
  return ok({ privateKey: privateFile, publicKey: publicFile, fingerprint: keys.fingerprint }, cliText.releaseKeyMade(privateFile, publicFile, keys.fingerprint));
}

/** After `npm run dist`: signs every release description in the folder (`<feed>.sig` beside it). */
export function releaseSign(keyFile: string, folder: string): CliOutput {
  const key = readSmall(keyFile);
  if (!key) return refused('UNREADABLE', cliText.unreadable(keyFile));
  const signed: string[] = [];
  for (const feed of FEEDS) {
    const bytes = readSmall(path.join(folder, feed));
    if (!bytes) continue;
    let signature: string;
    try {
      signature = signFeed(key.toString('utf8'), bytes);
    } catch {
      return refused('BAD_KEY', cliText.badPrivateKey(keyFile));
    }
    writeFileDurably(path.join(folder, signatureFileFor(feed)), `${signature}\n`);
    signed.push(feed);
  }
  if (signed.length === 0) return refused('NO_RELEASE', cliText.noRelease(folder));
  return ok({ signed }, cliText.releaseSigned(signed));
}

/** Sets the publisher key this site trusts (the same as the admin's field on the backups page). */
export function updateKey(main: LactaRedMain, keyFile: string): CliOutput {
  const key = readSmall(keyFile);
  if (!key) return refused('UNREADABLE', cliText.unreadable(keyFile));
  try {
    const info = setPublisherKey(main.ctx, key.toString('utf8'));
    return ok({ fingerprint: info.fingerprint }, cliText.updateKeySet(info.fingerprint ?? ''));
  } catch (error) {
    if (error instanceof AppError) return refused(error.code, error.message);
    throw error;
  }
}
