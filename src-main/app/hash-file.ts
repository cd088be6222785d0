import crypto from 'node:crypto';
import fs from 'node:fs';

/** A file's digest, read in 1 MB chunks (backups and installers can be large). */
export function hashFile(file: string, algorithm: 'sha256' | 'sha512', encoding: 'hex' | 'base64'): string {
  const hash = crypto.createHash(algorithm);
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest(encoding);
}
