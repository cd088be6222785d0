import fs from 'node:fs';

/** A file larger than the limit given: its size is known, nothing of it was read. */
export class FileTooLarge extends Error {
  constructor(readonly size: number) {
    super(`archivo de ${size} bytes`);
  }
}

/**
 * A file's bytes, refused by its size before anything is read (issue 17.8): whatever lands in a folder
 * the app reads (scan tray, update folder, a file given to the command line) is never taken whole into
 * memory when it is larger than what it may be.
 */
export function readBounded(file: string, maxBytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) throw new FileTooLarge(size);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
