import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BlobStore, sha256Hex } from '../../src-main/attachments/blob-store';
import { prepareAttachment, storeAttachment } from '../../src-main/attachments/ingest';
import { IMPORTED_FOLDER, importFromInbox, ingestInboxFile, listInbox, resolveInboxFile } from '../../src-main/attachments/scan-inbox';
import { pdfDocument, scannedPage } from '../helpers/generated-files';
import { countRows, setUpFacility, tempDir } from '../helpers/test-app';

describe('content-addressed store', () => {
  it('stores the same scan once, however many times it is attached', async () => {
    const app = await setUpFacility();
    const page = await scannedPage(100);
    const first = storeAttachment(app.main.ctx, await prepareAttachment('hoja.png', page));
    const second = storeAttachment(app.main.ctx, await prepareAttachment('hoja-otra-vez.png', page));
    expect(first.deduplicated).toBe(false);
    expect(second).toEqual({ ...first, deduplicated: true });
    expect(countRows(app, 'attachments')).toBe(1);
    const row = app.main.ctx.sqlite.prepare('SELECT owner_site_id, hlc, sha256, byte_size FROM attachments').get() as { sha256: string; byte_size: number; hlc: string };
    expect(row.hlc).toMatch(/^\d{13}-/);
    expect(app.main.ctx.blobs.read(row.sha256).length).toBe(row.byte_size);
  });

  it('verifies bytes on read: a file damaged on disk is reported, never shown', () => {
    const store = new BlobStore(tempDir());
    const hash = store.put(Buffer.from('contenido original'));
    expect(hash).toBe(sha256Hex(Buffer.from('contenido original')));
    expect(store.read(hash).toString()).toBe('contenido original');
    fs.writeFileSync(store.pathOf(hash), 'contenido alterado');
    expect(() => store.read(hash)).toThrow(/no coincide con su huella/);
    expect(store.isIntact(hash)).toBe(false);
    // Putting the content again repairs it.
    store.put(Buffer.from('contenido original'));
    expect(store.read(hash).toString()).toBe('contenido original');
  });

  it('refuses a hash that is not one (no paths through the store)', () => {
    const store = new BlobStore(tempDir());
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/no válida/);
  });
});

describe('scan inbox', () => {
  it('lists what the scanner saved, not hidden or half-written files', () => {
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'escaneo-001.pdf'), pdfDocument(1));
    fs.writeFileSync(path.join(inbox, 'escaneo-002.pdf.part'), 'x');
    fs.writeFileSync(path.join(inbox, '.oculto'), 'x');
    fs.mkdirSync(path.join(inbox, 'subcarpeta'));
    expect(listInbox(inbox).map((file) => file.name)).toEqual(['escaneo-001.pdf']);
    expect(listInbox(path.join(inbox, 'no-existe'))).toEqual([]);
  });

  it('never reads outside the inbox', () => {
    const inbox = tempDir();
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'secreto.pdf'), pdfDocument(1));
    fs.symlinkSync(path.join(outside, 'secreto.pdf'), path.join(inbox, 'enlace.pdf'));
    expect(() => resolveInboxFile(inbox, `../${path.basename(outside)}/secreto.pdf`)).toThrow(/caracteres no válidos o una ruta/);
    expect(() => resolveInboxFile(inbox, 'enlace.pdf')).toThrow(/no está en la bandeja/);
    expect(() => resolveInboxFile(inbox, 'no-existe.pdf')).toThrow(/ya no está en la bandeja/);
  });

  it('a file leaves the tray only after it is stored and verified', async () => {
    const app = await setUpFacility();
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'acta.pdf'), pdfDocument(2));
    const stored = await importFromInbox(app.main.ctx, inbox, 'acta.pdf');
    expect(listInbox(inbox)).toEqual([]);
    expect(fs.readdirSync(path.join(inbox, IMPORTED_FOLDER))).toEqual([expect.stringMatching(/acta\.pdf$/) as unknown]);
    expect(app.main.ctx.blobs.read(stored.sha256).equals(pdfDocument(2))).toBe(true);
  });

  it('a crash between storing and moving leaves the file in the tray; importing again does not duplicate it', async () => {
    const app = await setUpFacility();
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'hoja.png'), await scannedPage(100));
    // The app dies right after storing (the move never happens).
    const stored = await ingestInboxFile(app.main.ctx, inbox, 'hoja.png');
    expect(listInbox(inbox).map((file) => file.name)).toEqual(['hoja.png']);

    const again = await importFromInbox(app.main.ctx, inbox, 'hoja.png');
    expect(again).toEqual({ ...stored, deduplicated: true });
    expect(countRows(app, 'attachments')).toBe(1);
    expect(listInbox(inbox)).toEqual([]);
  });

  it('a stored copy damaged on disk is stored again rather than trusted', async () => {
    const app = await setUpFacility();
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'hoja.pdf'), pdfDocument(1));
    const stored = await ingestInboxFile(app.main.ctx, inbox, 'hoja.pdf');
    fs.writeFileSync(app.main.ctx.blobs.pathOf(stored.sha256), 'dañado');
    await importFromInbox(app.main.ctx, inbox, 'hoja.pdf');
    expect(app.main.ctx.blobs.isIntact(stored.sha256)).toBe(true);
  });
});

describe('the scan tray under odd conditions (issue 17.8, 17.19)', () => {
  it('a 3 GiB file is refused by its size without being read', async () => {
    const app = await setUpFacility();
    const inbox = tempDir();
    const huge = path.join(inbox, 'enorme.pdf');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 3 * 1024 * 1024 * 1024); // sparse: takes no disk
    const rss = process.memoryUsage().rss;
    await expect(ingestInboxFile(app.main.ctx, inbox, 'enorme.pdf')).rejects.toThrow(/pesa 3072 MB; el máximo es 20 MB/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it('a file that disappears between the listing and its details is simply not offered', () => {
    const inbox = tempDir();
    fs.writeFileSync(path.join(inbox, 'queda.pdf'), pdfDocument(1));
    fs.writeFileSync(path.join(inbox, 'se-va.pdf'), pdfDocument(1));
    const realStat = fs.statSync;
    const spy = vi.spyOn(fs, 'statSync').mockImplementation(((file: fs.PathLike, options?: fs.StatSyncOptions) => {
      if (String(file).endsWith('se-va.pdf')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return realStat(file, options);
    }));
    try {
      expect(listInbox(inbox).map((file) => file.name)).toEqual(['queda.pdf']);
    } finally {
      spy.mockRestore();
    }
  });
});
