import crypto from 'node:crypto';
import fs from 'node:fs';
import { hashFile } from '../app/hash-file';
import { z } from 'zod';
import { chunksOf, fileSource, slicesSource, type ByteSource, type FileSlice } from './byte-source';
import { SyncRefusal } from './refusal';

/**
 * A bundle split for e-mail size limits: each part is `LACTARED-P1\n`, a JSON line (the whole bundle's
 * SHA-256, this part's number, how many) and a slice of the bundle. Parts are joined in any order and
 * the whole is checked against the hash before anything else looks at it.
 */
const MAGIC = Buffer.from('LACTARED-P1\n', 'latin1');
const headerSchema = z.object({ bundleSha256: z.string().regex(/^[0-9a-f]{64}$/), part: z.number().int().min(1), of: z.number().int().min(1).max(999) });

export function splitBundle(bundle: Buffer, maxPartBytes: number): Buffer[] {
  if (bundle.length <= maxPartBytes) return [bundle];
  const bundleSha256 = crypto.createHash('sha256').update(bundle).digest('hex');
  const overhead = MAGIC.length + 120;
  const size = Math.max(1024, maxPartBytes - overhead);
  const of = Math.ceil(bundle.length / size);
  return Array.from({ length: of }, (_, i) =>
    Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify({ bundleSha256, part: i + 1, of })}\n`, 'utf8'), bundle.subarray(i * size, (i + 1) * size)]),
  );
}

/** The same split for a bundle file, part by part from disk; the whole file is removed once all are written. */
export function splitBundleFile(file: string, maxPartBytes: number): string[] {
  const size = fs.statSync(file).size;
  if (size <= maxPartBytes) return [file];
  const bundleSha256 = hashFile(file, 'sha256', 'hex');
  const dataPerPart = Math.max(1024, maxPartBytes - (MAGIC.length + 120));
  const of = Math.ceil(size / dataPerPart);
  const source = fileSource(file);
  const names: string[] = [];
  try {
    for (let i = 0; i < of; i += 1) {
      const name = `${file}.parte${String(i + 1).padStart(2, '0')}`;
      const fd = fs.openSync(`${name}.tmp`, 'w');
      try {
        fs.writeSync(fd, Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify({ bundleSha256, part: i + 1, of })}\n`, 'utf8')]));
        const start = i * dataPerPart;
        for (const chunk of chunksOf(source, start, Math.min(dataPerPart, size - start))) fs.writeSync(fd, chunk);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(`${name}.tmp`, name);
      names.push(name);
    }
  } finally {
    source.close();
  }
  fs.rmSync(file);
  return names;
}

export function isPart(file: Buffer): boolean {
  return file.subarray(0, MAGIC.length).equals(MAGIC);
}

/** The part's header and where its slice of the bundle starts. */
function partHeader(start: Buffer): z.infer<typeof headerSchema> & { dataStart: number } {
  const end = start.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw new SyncRefusal('CORRUPT');
  try {
    return { ...headerSchema.parse(JSON.parse(start.subarray(MAGIC.length, end).toString('utf8'))), dataStart: end + 1 };
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
}

function readPart(file: Buffer) {
  const header = partHeader(file.subarray(0, PART_HEADER_MAX));
  return { ...header, bytes: file.subarray(header.dataStart) };
}

const PART_HEADER_MAX = MAGIC.length + 200;

/**
 * Groups the given files into whole bundles: plain bundles pass through; parts are joined per bundle.
 * A bundle with a missing part is refused as truncated, saying which parts are missing.
 */
export function joinParts(files: readonly { readonly name: string; readonly bytes: Buffer }[]): { name: string; bytes: Buffer | SyncRefusal }[] {
  const out: { name: string; bytes: Buffer | SyncRefusal }[] = [];
  const groups = new Map<string, { name: string; of: number; parts: Map<number, Buffer> }>();
  for (const file of files) {
    if (!isPart(file.bytes)) {
      out.push({ name: file.name, bytes: file.bytes });
      continue;
    }
    try {
      const part = readPart(file.bytes);
      const group = groups.get(part.bundleSha256) ?? { name: file.name, of: part.of, parts: new Map<number, Buffer>() };
      group.parts.set(part.part, part.bytes);
      groups.set(part.bundleSha256, group);
    } catch (error) {
      out.push({ name: file.name, bytes: error instanceof SyncRefusal ? error : new SyncRefusal('CORRUPT') });
    }
  }
  for (const [hash, group] of groups) {
    const missing = Array.from({ length: group.of }, (_, i) => i + 1).filter((n) => !group.parts.has(n));
    if (missing.length > 0) {
      out.push({ name: group.name, bytes: new SyncRefusal('TRUNCATED', `faltan las partes ${missing.join(', ')} de ${group.of}`) });
      continue;
    }
    const whole = Buffer.concat(Array.from({ length: group.of }, (_, i) => group.parts.get(i + 1) ?? Buffer.alloc(0)));
    const ok = crypto.createHash('sha256').update(whole).digest('hex') === hash;
    out.push({ name: group.name, bytes: ok ? whole : new SyncRefusal('CORRUPT') });
  }
  return out;
}

/**
 * The same for files on disk, without reading them into memory: each bundle is a source over its file or
 * over the slices of its parts (whose joined hash is checked here, in chunks). Unreadable files are refused.
 */
export function bundlesFromFiles(files: readonly string[]): { name: string; source: ByteSource | SyncRefusal }[] {
  const out: { name: string; source: ByteSource | SyncRefusal }[] = [];
  const groups = new Map<string, { name: string; of: number; parts: Map<number, FileSlice> }>();
  for (const file of files) {
    try {
      const whole = fileSource(file);
      const start = whole.read(0, PART_HEADER_MAX);
      whole.close();
      if (!isPart(start)) {
        out.push({ name: file, source: fileSource(file) });
        continue;
      }
      const part = partHeader(start);
      const group = groups.get(part.bundleSha256) ?? { name: file, of: part.of, parts: new Map<number, FileSlice>() };
      group.parts.set(part.part, { path: file, start: part.dataStart, length: whole.size - part.dataStart });
      groups.set(part.bundleSha256, group);
    } catch (error) {
      out.push({ name: file, source: error instanceof SyncRefusal ? error : new SyncRefusal('UNREADABLE', file) });
    }
  }
  for (const [hash, group] of groups) {
    const missing = Array.from({ length: group.of }, (_, i) => i + 1).filter((n) => !group.parts.has(n));
    if (missing.length > 0) {
      out.push({ name: group.name, source: new SyncRefusal('TRUNCATED', `faltan las partes ${missing.join(', ')} de ${group.of}`) });
      continue;
    }
    const source = slicesSource(Array.from({ length: group.of }, (_, i) => group.parts.get(i + 1) as FileSlice));
    const digest = crypto.createHash('sha256');
    for (const chunk of chunksOf(source, 0, source.size)) digest.update(chunk);
    if (digest.digest('hex') === hash) out.push({ name: group.name, source });
    else {
      source.close();
      out.push({ name: group.name, source: new SyncRefusal('CORRUPT') });
    }
  }
  return out;
}
