import fs from 'node:fs';

/**
 * Random access to a bundle's bytes without holding them: a file on a USB stick, the parts of a bundle
 * split for e-mail (slices of several files read as one), or bytes already in memory (an upload).
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `position`, fewer only at the end. */
  read(position: number, length: number): Buffer;
  close(): void;
}

export function bufferSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)), close: () => undefined };
}

export interface FileSlice {
  readonly path: string;
  readonly start: number;
  readonly length: number;
}

/** The slices, in order, as one run of bytes. Files are opened on first read and closed by `close`. */
export function slicesSource(slices: readonly FileSlice[]): ByteSource {
  const fds = new Map<string, number>();
  const fdOf = (file: string) => {
    let fd = fds.get(file);
    if (fd === undefined) {
      fd = fs.openSync(file, 'r');
      fds.set(file, fd);
    }
    return fd;
  };
  const size = slices.reduce((n, s) => n + s.length, 0);
  return {
    size,
    read(position, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let filled = 0;
      let sliceStart = 0;
      for (const slice of slices) {
        const sliceEnd = sliceStart + slice.length;
        const from = position + filled;
        if (filled < out.length && from < sliceEnd && from >= sliceStart) {
          const want = Math.min(out.length - filled, sliceEnd - from);
          // A file that shrank while being read leaves zeros, which fail the hashes.
          fs.readSync(fdOf(slice.path), out, filled, want, slice.start + (from - sliceStart));
          filled += want;
        }
        sliceStart = sliceEnd;
      }
      return out;
    },
    close() {
      for (const fd of fds.values()) fs.closeSync(fd);
      fds.clear();
    },
  };
}

export function fileSource(file: string): ByteSource {
  return slicesSource([{ path: file, start: 0, length: fs.statSync(file).size }]);
}

/** Reads `length` bytes from `start` in chunks of at most `chunk`, for hashing and decrypting. */
export function* chunksOf(source: ByteSource, start: number, length: number, chunk = 1 << 20): Generator<Buffer> {
  for (let at = start; at < start + length; at += chunk) yield source.read(at, Math.min(chunk, start + length - at));
}
