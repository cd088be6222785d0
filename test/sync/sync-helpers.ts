import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { sealBundle } from '../../src-main/sync/bundle-codec';
import { localKeys } from '../../src-main/sync/keys-of';
import { encodePayload, type RowValue } from '../../src-main/sync/payload';
import { schemaVersionOf } from '../../src-main/sync/peers';
import { exportEnrolment, importEnrolment } from '../../src-main/sync/enrolment-service';
import { SYNC_TABLES } from '../../src-main/sync/sync-tables';
import { facilitySetup, openTestApp, TestClock, type TestApp } from '../helpers/test-app';

export type { SiteKind } from '../../src-shared/site/countries';
import type { SiteKind } from '../../src-shared/site/countries';

/** A configured site of the given level, its admin signed in. */
export async function siteOf(kind: SiteKind, code: string, name: string, clock = new TestClock()): Promise<TestApp> {
  const app = openTestApp({ clock });
  await app.ok('setup.complete', facilitySetup({ kind, code, name }));
  return app;
}

/** Both directions of enrolment, each fingerprint "read over the phone" from the exporting side. */
export function enrol(child: TestApp, parent: TestApp): void {
  const up = exportEnrolment(child.main.ctx);
  importEnrolment(parent.main.ctx, Buffer.from(up.content), up.fingerprint);
  const down = exportEnrolment(parent.main.ctx);
  importEnrolment(child.main.ctx, Buffer.from(down.content), down.fingerprint);
}

/** A digest of every synced table and of the sync state: equal digests, unchanged database. */
export function databaseDigest(app: TestApp): string {
  const hash = crypto.createHash('sha256');
  for (const table of [...SYNC_TABLES, 'sync_peers', 'sync_changes', 'sync_routes', 'sync_imports', 'sync_conflicts', 'sync_corrections', 'sync_seen', 'local_settings']) {
    hash.update(table);
    hash.update(JSON.stringify(app.main.ctx.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
  }
  return hash.digest('hex');
}

export function liveCount(app: TestApp, table: string, ownerSiteId?: string): number {
  const sql = `SELECT COUNT(*) FROM ${table} WHERE deleted = 0${ownerSiteId ? ' AND owner_site_id = ?' : ''}`;
  return app.main.ctx.sqlite.prepare(sql).pluck().get(...(ownerSiteId ? [ownerSiteId] : [])) as number;
}

export function siteIdOf(app: TestApp): string {
  return app.main.ctx.sqlite.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
}

export interface ForgedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RowValue[])[];
}

/**
 * A bundle as `from` would seal it with its own keys, carrying whatever rows the test wants: what a
 * facility that edits its database, or writes its own exporter, can send. `payload` replaces the whole
 * decrypted content (for bombs and broken payloads).
 */
export function forgedBundle(
  from: TestApp,
  to: TestApp,
  options: { tables?: readonly ForgedTable[]; blobs?: readonly Buffer[]; schemaVersion?: number; signer?: TestApp; sequence?: number; payload?: Buffer } = {},
): Buffer {
  const { site } = localKeys(from.main.ctx);
  const receiver = localKeys(to.main.ctx).site;
  const schemaVersion = options.schemaVersion ?? schemaVersionOf(from.main.ctx);
  const address = { kind: 'data' as const, sender: site.id, receiver: receiver.id, sequence: options.sequence ?? 77, createdAt: 1, schemaVersion };
  const tables = options.tables ?? [];
  const blobs = options.blobs ?? [];
  const payload =
    options.payload ??
    encodePayload(
      {
        ...address,
        sender: { id: site.id, code: site.code, kind: site.kind },
        upToChange: 0,
        counts: Object.fromEntries(tables.map((t) => [t.table, t.rows.length])),
        blobs: blobs.map((b) => ({ sha256: crypto.createHash('sha256').update(b).digest('hex'), size: b.length })),
        acknowledges: null,
      },
      tables,
      blobs,
    );
  const signer = localKeys((options.signer ?? from).main.ctx);
  return sealBundle(address, payload, { senderSigningPrivateKey: signer.signingPrivateKey, receiverEncryptionPublicKey: receiver.encryptionPublicKey });
}

/** A payload whose rows decompress to `bytes` of spaces: made in 1 MiB steps, never whole in memory. */
export async function bombPayload(bytes: number): Promise<Buffer> {
  const compressor = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
  const out: Buffer[] = [];
  compressor.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => compressor.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 32);
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!compressor.write(chunk)) await new Promise((resolve) => compressor.once('drain', resolve));
  }
  compressor.end();
  await done;
  const compressed = Buffer.concat(out);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(compressed.length);
  return Buffer.concat([length, compressed]);
}
