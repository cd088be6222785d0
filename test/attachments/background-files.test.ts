import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackgroundFiles } from '../../src-main/attachments/background-files';
import { tempDir } from '../helpers/test-app';

const scan = (n: number, size = 3000) => {
  const bytes = Buffer.allocUnsafeSlow(size);
  bytes.fill(`%PDF-1.4 escaneo ${n} `);
  return bytes;
};

describe('received scans written and moved in another thread (issue 19)', () => {
  it('writes every file handed over, moves them into folders it makes, and drain returns once all is done', () => {
    const dir = tempDir();
    const files = new BackgroundFiles();
    files.drain();
    const expected = new Map<string, Buffer>();
    for (let n = 0; n < 20; n += 1) {
      const bytes = scan(n);
      expected.set(`e${n}`, Buffer.from(bytes));
      files.write(path.join(dir, `e${n}`), bytes);
    }
    files.move([...expected.keys()].map((name, n) => ({ from: path.join(dir, name), to: path.join(dir, 'almacen', (n % 3).toString(16).padStart(2, '0'), name) })));
    files.drain();
    files.close();
    for (const [name, bytes] of expected) {
      const n = Number(name.slice(1));
      expect(fs.readFileSync(path.join(dir, 'almacen', (n % 3).toString(16).padStart(2, '0'), name))).toEqual(bytes);
      expect(fs.existsSync(path.join(dir, name))).toBe(false);
    }
  });

  it('holds at most the given amount in memory: main waits for the worker, and every file still arrives', () => {
    const dir = tempDir();
    const files = new BackgroundFiles(4);
    for (let n = 0; n < 30; n += 1) files.write(path.join(dir, `e${n}`), scan(n, 3 * 1024));
    files.drain();
    files.close();
    expect(fs.readdirSync(dir)).toHaveLength(30);
  });

  it('a file that cannot be written (its folder gone) fails drain, in Spanish, and every mark that includes it, not the marks before it', () => {
    const dir = tempDir();
    const files = new BackgroundFiles();
    files.write(path.join(dir, 'e1'), scan(1));
    const before = files.mark();
    files.write(path.join(dir, 'no-existe', 'e2'), scan(2));
    const including = files.mark();
    expect(() => BackgroundFiles.waitFor(before)).not.toThrow();
    expect(() => BackgroundFiles.waitFor(including)).toThrow(/No se pudieron guardar en el disco los archivos escaneados recibidos/);
    expect(() => files.drain()).toThrow(/No se pudieron guardar en el disco/);
    files.close();
    expect(fs.readdirSync(dir)).toEqual(['e1']);
  });

  it('moves files another writer is writing only once they are durable, and none when one of them failed', () => {
    const dir = tempDir();
    // The writer of a worker thread that verifies bundles, and main's mover.
    const writer = new BackgroundFiles();
    const mover = new BackgroundFiles();
    for (let n = 0; n < 10; n += 1) writer.write(path.join(dir, `e${n}`), scan(n, 64 * 1024));
    mover.move(Array.from({ length: 10 }, (_, n) => ({ from: path.join(dir, `e${n}`), to: path.join(dir, 'almacen', `e${n}`) })), writer.mark());
    mover.drain();
    expect(fs.readdirSync(path.join(dir, 'almacen')).sort()).toEqual(Array.from({ length: 10 }, (_, n) => `e${n}`).sort());

    writer.write(path.join(dir, 'no-existe', 'mal'), scan(11));
    const failed = new BackgroundFiles();
    failed.move([{ from: path.join(dir, 'no-existe', 'mal'), to: path.join(dir, 'almacen', 'mal') }], writer.mark());
    expect(() => failed.drain()).toThrow(/No se pudieron guardar en el disco/);
    for (const files of [writer, mover, failed]) files.close();
  });

  it('a writer that ended before finishing (its worker died) fails whoever waits for its files, at once', () => {
    const dir = tempDir();
    // Three files promised by a writer that wrote none of them.
    const mark = { state: new SharedArrayBuffer(16), upTo: 3 };
    BackgroundFiles.abandon(mark);
    expect(() => BackgroundFiles.waitFor(mark)).toThrow(/No se pudieron guardar en el disco/);
    const mover = new BackgroundFiles();
    mover.move([{ from: path.join(dir, 'e1'), to: path.join(dir, 'almacen', 'e1') }], mark);
    expect(() => mover.drain()).toThrow(/No se pudieron guardar en el disco/);
    mover.close();
  });
});
