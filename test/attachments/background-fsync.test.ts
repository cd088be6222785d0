import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackgroundFsync } from '../../src-main/attachments/background-fsync';
import { tempDir } from '../helpers/test-app';

describe('files made durable in another thread (issue 19)', () => {
  it('drain returns once every file and folder handed over is done; nothing handed over, nothing to wait for', () => {
    const dir = tempDir();
    const fsync = new BackgroundFsync();
    fsync.drain();
    for (let n = 0; n < 20; n += 1) {
      const file = path.join(dir, `escaneo-${n}.pdf`);
      fs.writeFileSync(file, `%PDF-1.4 ${n}`);
      fsync.file(file);
    }
    fsync.folder(dir);
    expect(() => fsync.drain()).not.toThrow();
    fsync.close();
  });

  it('a file that cannot be made durable (gone meanwhile) makes drain fail, in Spanish', () => {
    const dir = tempDir();
    const fsync = new BackgroundFsync();
    fsync.file(path.join(dir, 'no-existe.pdf'));
    expect(() => fsync.drain()).toThrow(/No se pudieron guardar en el disco los archivos escaneados recibidos/);
    fsync.close();
  });
});
