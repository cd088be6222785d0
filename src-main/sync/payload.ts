import { SITE_KINDS } from '../../src-shared/site/countries';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';
import type { PayloadReader } from './bundle-codec';
import { SyncRefusal } from './refusal';
import type { StagedBlobs } from './staged-blobs';
import { runSteps } from './steps';

/**
 * What a data bundle carries once decrypted: the manifest, the rows grouped by table (one line per table
 * with its columns, then one JSON array per row: compact, and brotli does the rest), and the attachment
 * files, stored as they are (already compressed images and PDFs).
 */
/** A stored attachment is at most 20 MB as it arrived, and smaller once normalised. */
const STAMP = /^\d{13}-\d{6}-[0-9A-Za-z-]{1,64}$/;
const MAX_BLOB_BYTES = 25 * 1024 * 1024;

export const manifestSchema = z.object({
  kind: z.enum(['data', 'ack']),
  sender: z.object({ id: z.string(), code: z.string(), kind: z.enum(SITE_KINDS) }),
  receiver: z.string(),
  sequence: z.number().int(),
  createdAt: z.number().int(),
  schemaVersion: z.number().int(),
  /** The sender's change number up to which this bundle is complete: the receiver's ack echoes it. */
  upToChange: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)),
  rowsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  blobs: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0).max(MAX_BLOB_BYTES) })),
  /** For an ack: the bundle it acknowledges. */
  acknowledges: z.object({ sequence: z.number().int(), upToChange: z.number().int().min(0) }).nullable(),
  /** Down: corrections in this bundle and the state each was based on. */
  corrections: z.array(z.object({ t: z.string().max(64), id: z.string().max(64), baseHlc: z.string().regex(STAMP) })).default([]),
  /** Up: for records that received corrections, the last one this site had applied. */
  seen: z.array(z.object({ t: z.string().max(64), id: z.string().max(64), hlc: z.string().regex(STAMP) })).default([]),
});

export type Manifest = z.infer<typeof manifestSchema>;

const BEST_COMPRESSION_UP_TO = 8 * 1024 * 1024;
export type RowValue = string | number | null;
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RowValue[])[];
}

export function rowsText(tables: readonly TableRows[]): string {
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(JSON.stringify({ t: t.table, c: t.columns, n: t.rows.length }));
    for (const row of t.rows) lines.push(JSON.stringify(row));
  }
  return lines.join('\n');
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export type ManifestInput = Omit<Manifest, 'rowsSha256' | 'corrections' | 'seen'> & Partial<Pick<Manifest, 'corrections' | 'seen'>>;

/** An attachment file to put in a payload: its size up front, its bytes only when written. */
export interface PayloadBlob {
  readonly size: number;
  read(): Buffer;
}

/** The records as they are compressed: the manifest line (with the rows' hash), then the rows. */
export function recordsText(manifest: ManifestInput, tables: readonly TableRows[]): Buffer {
  const rows = Buffer.from(rowsText(tables), 'utf8');
  const full: Manifest = { corrections: [], seen: [], ...manifest, rowsSha256: crypto.createHash('sha256').update(rows).digest('hex') };
  return Buffer.concat([Buffer.from(`${JSON.stringify(full)}\n`, 'utf8'), rows]);
}

function brotliOptions(size: number): zlib.BrotliOptions {
  // Quality 11 is about a fifth smaller than 9 but slow (~2 s per MB of rows): a facility's bundle takes
  // it; a consolidated bundle of many facilities uses 9 so that exporting stays in seconds.
  const quality = size <= BEST_COMPRESSION_UP_TO ? 11 : 9;
  return { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size } };
}

export function compressRecords(text: Buffer): Buffer {
  return zlib.brotliCompressSync(text, brotliOptions(text.length));
}

/** The same, in libuv's thread pool: seconds for a year of a facility, during which the app answers (issue 19). */
export function compressRecordsOffThread(text: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib.brotliCompress(text, brotliOptions(text.length), (error, compressed) => (error ? reject(error) : resolve(compressed))));
}

/**
 * The payload in pieces: the compressed records (manifest line and rows compressed together: the
 * attachment hashes the manifest lists appear again in the attachment rows, and brotli stores them once),
 * then each attachment file, read only when its turn comes.
 */
export function* payloadPiecesOf(compressed: Buffer, blobs: readonly PayloadBlob[]): Generator<Buffer> {
  yield u32(compressed.length);
  yield compressed;
  for (const blob of blobs) yield blob.read();
}

export function payloadPieces(manifest: ManifestInput, tables: readonly TableRows[], blobs: readonly PayloadBlob[]): Generator<Buffer> {
  return payloadPiecesOf(compressRecords(recordsText(manifest, tables)), blobs);
}

export function encodePayload(manifest: ManifestInput, tables: readonly TableRows[], blobs: readonly Buffer[]): Buffer {
  return Buffer.concat([...payloadPieces(manifest, tables, blobs.map((bytes) => ({ size: bytes.length, read: () => bytes })))]);
}

/**
 * Records compress to about a sixth (TOOLCHAIN.md); a payload that would grow more than 64 times, or past
 * 1 GiB, is a decompression bomb: refused when the limit is reached, before more memory is taken (17.7).
 */
const MAX_EXPANSION = 64;
const MAX_ROWS_TEXT = 1024 * 1024 * 1024;

function decompressBounded(compressed: Buffer): Buffer {
  const limit = Math.min(MAX_ROWS_TEXT, compressed.length * MAX_EXPANSION + 1024 * 1024);
  try {
    return zlib.brotliDecompressSync(compressed, { maxOutputLength: limit });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new SyncRefusal('TOO_LARGE');
    throw new SyncRefusal('CORRUPT');
  }
}

/** Checked by hand, not by a schema: it runs once per record of every bundle. */
function isRow(value: unknown, length: number): value is RowValue[] {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const cell of value) if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return false;
  return true;
}
const tableLine = z.object({ t: z.string().min(1).max(64), c: z.array(z.string().min(1).max(64)).min(1), n: z.number().int().min(0) });

/**
 * Reads the payload in order and checks every hash; attachments stream through `blobs`. Throws
 * CORRUPT/BAD_CONTENT. The manifest's promises are all kept or it is refused.
 */
export function decodePayload(payload: PayloadReader, blobs: StagedBlobs): { manifest: Manifest; tables: TableRows[] } {
  return runSteps(decodePayloadSteps(payload, blobs));
}

/** Rows parsed between two steps of `decodePayloadSteps`. */
const ROWS_PER_STEP = 5000;

/** The same in steps: after the records are decompressed, every few thousand rows and after each attachment file. */
export function* decodePayloadSteps(payload: PayloadReader, blobs: StagedBlobs): Generator<undefined, { manifest: Manifest; tables: TableRows[] }> {
  try {
    const compressed = payload.take(payload.take(4).readUInt32BE());
    const both = decompressBounded(compressed);
    const manifestEnd = both.indexOf(0x0a);
    if (manifestEnd < 0) throw new SyncRefusal('CORRUPT');
    const parsedManifest = manifestSchema.safeParse(JSON.parse(both.subarray(0, manifestEnd).toString('utf8')));
    if (!parsedManifest.success) throw new SyncRefusal('BAD_CONTENT', 'manifiesto');
    const manifest = parsedManifest.data;
    const text = both.subarray(manifestEnd + 1);
    if (crypto.createHash('sha256').update(text).digest('hex') !== manifest.rowsSha256) throw new SyncRefusal('CORRUPT');
    yield;
    const tables: TableRows[] = [];
    const lines = text.length === 0 ? [] : text.toString('utf8').split('\n');
    for (let i = 0; i < lines.length; ) {
      const head = tableLine.safeParse(JSON.parse(lines[i] ?? ''));
      if (!head.success) throw new SyncRefusal('BAD_CONTENT', `línea ${i + 1}`);
      const rows: RowValue[][] = [];
      for (let r = 0; r < head.data.n; r += 1) {
        const row: unknown = JSON.parse(lines[i + 1 + r] ?? 'null');
        if (!isRow(row, head.data.c.length)) throw new SyncRefusal('BAD_CONTENT', `línea ${i + 2 + r}`);
        rows.push(row);
        if (rows.length % ROWS_PER_STEP === 0) yield;
      }
      tables.push({ table: head.data.t, columns: head.data.c, rows });
      i += 1 + head.data.n;
    }
    for (const t of tables) if (manifest.counts[t.table] !== t.rows.length) throw new SyncRefusal('BAD_CONTENT', `cantidad de ${t.table}`);
    for (const blob of manifest.blobs) {
      blobs.add(blob.sha256, (onChunk) => payload.stream(blob.size, onChunk));
      yield;
    }
    payload.finish();
    return { manifest, tables };
  } catch (error) {
    if (error instanceof SyncRefusal) throw error;
    throw new SyncRefusal('CORRUPT');
  }
}
