import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { hashFile } from '../app/hash-file';
import { bufferSource, chunksOf, fileSource, joinedSource, type ByteSource, type SourceSlice } from './byte-source';
import { SyncRefusal } from './refusal';

/**
 * A bundle split for e-mail size limits: each part is `LACTARED-P1\n`, a JSON line (the whole bundle's
 * SHA-256, this part's number, how many) and a slice of the bundle. Parts are joined in any order and
 * the whole is checked against the hash before anything else looks at it.
 */
const MAGIC = Buffer.from('LACTARED-P1\n', 'latin1');
const PART_HEADER_MAX = MAGIC.length + 200;
const headerSchema = z.object({ bundleSha256: z.string().regex(/^[0-9a-f]{64}$/), part: z.number().int().min(1), of: z.number().int().min(1).max(999) });

/** Splits a bundle file into parts beside it, read from disk piece by piece; the whole file is removed after. */
export function splitBundleFile(file: string, maxPartBytes: number): string[] {
  const size = fs.statSync(file).size;
  if (size <= maxPartBytes) return [file];
  const bundleSha256 = hashFile(file, 'sha256', 'hex');
  const dataPerPart = Math.max(1024, maxPartBytes - PART_HEADER_MAX);
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

/** A part's header and where its slice of the bundle starts; null when the source is not a part. */
function partHeader(source: ByteSource): (z.infer<typeof headerSchema> & { dataStart: number }) | null {
  const start = source.read(0, PART_HEADER_MAX);
  if (!start.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const end = start.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw new SyncRefusal('CORRUPT');
  try {
    return { ...headerSchema.parse(JSON.parse(start.subarray(MAGIC.length, end).toString('utf8'))), dataStart: end + 1 };
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
}

export type BundleInput = { readonly name: string; readonly source: ByteSource | SyncRefusal };

/**
 * Groups what the coordinator brought into whole bundles: plain bundles pass through; parts are joined
 * per bundle (read in place, in any order) and checked against the whole's hash in chunks. A bundle with
 * a missing part is refused as truncated, saying which parts are missing.
 */
export function groupBundles(inputs: readonly BundleInput[]): BundleInput[] {
  const out: BundleInput[] = [];
  const groups = new Map<string, { name: string; of: number; parts: Map<number, SourceSlice> }>();
  for (const input of inputs) {
    if (input.source instanceof SyncRefusal) {
      out.push(input);
      continue;
    }
    try {
      const part = partHeader(input.source);
      if (!part) {
        out.push(input);
        continue;
      }
      const group = groups.get(part.bundleSha256) ?? { name: input.name, of: part.of, parts: new Map<number, SourceSlice>() };
      group.parts.set(part.part, { source: input.source, start: part.dataStart, length: input.source.size - part.dataStart });
      groups.set(part.bundleSha256, group);
    } catch (error) {
      input.source.close();
      out.push({ name: input.name, source: error instanceof SyncRefusal ? error : new SyncRefusal('CORRUPT') });
    }
  }
  for (const [hash, group] of groups) {
    const missing = Array.from({ length: group.of }, (_, i) => i + 1).filter((n) => !group.parts.has(n));
    const source = joinedSource(Array.from({ length: group.of }, (_, i) => group.parts.get(i + 1)).filter((s): s is SourceSlice => s !== undefined));
    if (missing.length > 0) {
      source.close();
      out.push({ name: group.name, source: new SyncRefusal('TRUNCATED', `faltan las partes ${missing.join(', ')} de ${group.of}`) });
      continue;
    }
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

/** Files on disk, opened in place (unreadable ones refused), grouped into bundles. */
export function bundlesFromFiles(files: readonly string[]): BundleInput[] {
  return groupBundles(
    files.map((name) => {
      try {
        return { name, source: fileSource(name) };
      } catch {
        return { name, source: new SyncRefusal('UNREADABLE', name) };
      }
    }),
  );
}

/** Uploaded files (bytes already in memory), grouped into bundles. */
export function bundlesFromUploads(files: readonly { readonly name: string; readonly bytes: Buffer }[]): BundleInput[] {
  return groupBundles(files.map((f) => ({ name: f.name, source: bufferSource(f.bytes) })));
}
