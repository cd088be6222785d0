import fs from 'node:fs';

/**
 * Random access to a bundle's bytes without holding them: a file on a USB stick, the parts of a bundle
 * split for e-mail (slices of several sources read as one), or bytes already in memory (an upload).
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `position`, fewer only at the end. */
  read(position: number, length: number): Buffer;
  close(): void;
  /** Where the bytes are, so that a worker thread can read them too. */
  readonly origin: SourceOrigin;
}

/** A source as plain data (a worker thread opens the same files, or gets a copy of the bytes). */
export type SourceOrigin =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'joined'; readonly slices: readonly { readonly origin: SourceOrigin; readonly start: number; readonly length: number }[] };

/** The same bytes, opened again (in a worker thread). */
export function sourceFromOrigin(origin: SourceOrigin): ByteSource {
  if (origin.kind === 'file') return fileSource(origin.path);
  if (origin.kind === 'bytes') return bufferSource(Buffer.from(origin.bytes.buffer, origin.bytes.byteOffset, origin.bytes.byteLength));
  return joinedSource(origin.slices.map((slice) => ({ source: sourceFromOrigin(slice.origin), start: slice.start, length: slice.length })));
}

export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)),
    close: () => undefined,
    origin: { kind: 'bytes', bytes },
  };
}

/** A file, opened now and read in place. A file that shrank while being read leaves zeros, which fail the hashes. */
export function fileSource(file: string): ByteSource {
  const fd = fs.openSync(file, 'r');
  const size = fs.fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      fs.readSync(fd, out, 0, out.length, position);
      return out;
    },
    close: () => fs.closeSync(fd),
    origin: { kind: 'file', path: file },
  };
}

export interface SourceSlice {
  readonly source: ByteSource;
  readonly start: number;
  readonly length: number;
}

/** The slices, in order, as one run of bytes; closing it closes their sources. */
export function joinedSource(slices: readonly SourceSlice[]): ByteSource {
  const size = slices.reduce((n, s) => n + s.length, 0);
  return {
    size,
    read(position, length) {
      const pieces: Buffer[] = [];
      let sliceStart = 0;
      let at = position;
      const end = Math.min(size, position + length);
      for (const slice of slices) {
        const sliceEnd = sliceStart + slice.length;
        if (at < end && at >= sliceStart && at < sliceEnd) {
          const piece = slice.source.read(slice.start + (at - sliceStart), Math.min(end, sliceEnd) - at);
          pieces.push(piece);
          at += piece.length;
        }
        sliceStart = sliceEnd;
      }
      return pieces.length === 1 ? (pieces[0] ?? Buffer.alloc(0)) : Buffer.concat(pieces);
    },
    close() {
      for (const source of new Set(slices.map((s) => s.source))) source.close();
    },
    origin: { kind: 'joined', slices: slices.map((s) => ({ origin: s.source.origin, start: s.start, length: s.length })) },
  };
}

/** Reads `length` bytes from `start` in chunks of at most `chunk`, for hashing and decrypting. */
export function* chunksOf(source: ByteSource, start: number, length: number, chunk = 1 << 20): Generator<Buffer> {
  for (let at = start; at < start + length; at += chunk) yield source.read(at, Math.min(chunk, start + length - at));
}
