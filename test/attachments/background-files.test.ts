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

  it('a file that cannot be written (its folder gone) makes drain fail, in Spanish, and nothing after it is written', () => {
    const dir = tempDir();
    const files = new BackgroundFiles();
    files.write(path.join(dir, 'no-existe', 'e1'), scan(1));
    files.write(path.join(dir, 'e2'), scan(2));
    expect(() => files.drain()).toThrow(/No se pudieron guardar en el disco los archivos escaneados recibidos/);
    files.close();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
