import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { updateText as t } from '../../src-shared/update/text';
import { readBounded } from '../app/bounded-read';
import { AppError } from '../app/errors';
import { hashFile } from '../app/hash-file';
import { requireSignedFeed, signatureFileFor } from './publisher-key';

/**
 * Offline updates (issue 8): a folder as electron-builder writes a release — `latest.yml` (Windows) or
 * `latest-linux.yml`, and the installer it names with its SHA-512. The installer is checked against that
 * checksum before anything else; then the folder is served on 127.0.0.1 as electron-updater's generic
 * feed, which checks the checksum again as it downloads.
 */
const latestSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/),
  files: z.array(z.object({ url: z.string().min(1), sha512: z.string().min(1), size: z.number().int().optional() })).min(1),
  releaseDate: z.string().optional(),
});
export type LatestRelease = z.infer<typeof latestSchema>;

export function feedFileFor(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'latest.yml' : platform === 'darwin' ? 'latest-mac.yml' : 'latest-linux.yml';
}

/**
 * Reads the release description of a folder, only once its publisher's signature is checked against
 * the key this site trusts (issue 17.10): nothing of an unsigned file is even parsed.
 */
export function readFeed(folder: string, platform: NodeJS.Platform, publisherKey: string | null): LatestRelease {
  let bytes: Buffer;
  try {
    // A release description is a few hundred bytes; a folder's file much larger is not one.
    bytes = readBounded(path.join(folder, feedFileFor(platform)), 64 * 1024);
  } catch {
    throw new AppError('VALIDATION', t.noFeed);
  }
  let signature: Buffer | null;
  try {
    signature = readBounded(path.join(folder, signatureFileFor(feedFileFor(platform))), 1024);
  } catch {
    signature = null;
  }
  requireSignedFeed(publisherKey, bytes, signature);
  let parsed: unknown;
  try {
    // JSON's types only: numbers and strings, never dates or anything else YAML could build.
    parsed = yaml.load(bytes.toString('utf8'), { schema: yaml.JSON_SCHEMA });
  } catch {
    throw new AppError('VALIDATION', t.badFeed);
  }
  const release = latestSchema.safeParse(parsed);
  if (!release.success) throw new AppError('VALIDATION', t.badFeed);
  return release.data;
}

/** Every installer the feed names is in the folder and matches its SHA-512; throws a Spanish refusal. */
export function verifyRelease(folder: string, release: LatestRelease): void {
  for (const file of release.files) {
    const name = path.basename(file.url);
    const local = path.join(folder, name);
    if (name !== file.url || !fs.existsSync(local)) throw new AppError('VALIDATION', t.missingInstaller(name));
    if (hashFile(local, 'sha512', 'base64') !== file.sha512) throw new AppError('VALIDATION', t.tampered(name));
  }
}

/**
 * An update server (when the PC is online): the feed and the installers it names are downloaded into a
 * fresh folder, which is then read and verified exactly like a USB stick.
 */
export async function downloadRelease(baseUrl: string, platform: NodeJS.Platform, into: string, publisherKey: string | null): Promise<string> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const get = async (name: string): Promise<Buffer> => {
    let response: Response;
    try {
      response = await fetch(new URL(encodeURIComponent(name), base), { signal: AbortSignal.timeout(10 * 60 * 1000) });
    } catch {
      throw new AppError('VALIDATION', t.serverUnreachable(base));
    }
    if (!response.ok) throw new AppError('VALIDATION', name === feedFileFor(platform) ? t.noFeed : t.missingInstaller(name));
    return Buffer.from(await response.arrayBuffer());
  };
  fs.mkdirSync(into, { recursive: true });
  fs.writeFileSync(path.join(into, feedFileFor(platform)), await get(feedFileFor(platform)));
  const signatureFile = signatureFileFor(feedFileFor(platform));
  try {
    fs.writeFileSync(path.join(into, signatureFile), await get(signatureFile));
  } catch {
    // No signature on the server: readFeed says so in Spanish.
  }
  for (const file of readFeed(into, platform, publisherKey).files) {
    const name = path.basename(file.url);
    if (name !== file.url) throw new AppError('VALIDATION', t.missingInstaller(name));
    fs.writeFileSync(path.join(into, name), await get(name));
  }
  return into;
}

/** a > b for x.y.z versions (pre-release tags sort before the release). */
export function isNewer(candidate: string, installed: string): boolean {
  const parts = (v: string) => v.split(/[-+]/)[0]?.split('.').map(Number) ?? [];
  const [a, b] = [parts(candidate), parts(installed)];
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return candidate.includes('-') ? false : installed.includes('-');
}

/**
 * Serves only the feed file, the installers it names and their blockmaps, read-only, on 127.0.0.1 with a
 * free port: the generic feed URL for electron-updater. Nothing else of the folder (or the disk) is served.
 */
export function serveFeed(folder: string, platform: NodeJS.Platform, release: LatestRelease): Promise<{ url: string; close: () => void }> {
  const allowed = new Set([feedFileFor(platform), signatureFileFor(feedFileFor(platform)), ...release.files.flatMap((f) => [f.url, `${f.url}.blockmap`])]);
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]?.slice(1) ?? '');
    if (req.method !== 'GET' || !allowed.has(name) || !fs.existsSync(path.join(folder, name))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Length': fs.statSync(path.join(folder, name)).size });
    fs.createReadStream(path.join(folder, name)).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}
