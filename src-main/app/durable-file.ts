import fs from 'node:fs';
import path from 'node:path';

/** Writes to a temporary file beside the target, fsyncs, renames: a power cut leaves the old file or the new one. */
export function writeFileDurably(file: string, content: Buffer | string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
