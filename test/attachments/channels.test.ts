import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfDocument, phonePhoto, scannedPage } from '../helpers/generated-files';
import { addUser, countRows, setUpFacility, tempDir, type TestApp } from '../helpers/test-app';

async function staffRecord(app: TestApp) {
  const user = await addUser(app, 'maria.salud', 'health', 'clave-de-maria');
  return { recordTable: 'users' as const, recordId: user.id };
}

describe('attachments through the contract', () => {
  it('uploads, lists with a thumbnail, and shows the verified bytes', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    const photo = await phonePhoto(1600, 1200);
    const list = await app.ok('attachments.upload', { ...record, kind: 'other', fileName: 'resolucion.jpg', dataBase64: photo.toString('base64') });
    expect(list.current).toHaveLength(1);
    const [doc] = list.current;
    expect(doc).toMatchObject({ kind: 'other', mime: 'image/jpeg', originalName: 'resolucion.jpg', pageCount: 1, replacedByLinkId: null });
    expect(doc?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const content = await app.ok('attachments.content', { ...record, linkId: doc?.linkId ?? '' });
    expect(Buffer.from(content.dataBase64, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('replacing keeps the previous document in the record history', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    const first = await app.ok('attachments.upload', { ...record, kind: 'other', fileName: 'v1.pdf', dataBase64: pdfDocument(1).toString('base64') });
    const firstLink = first.current[0]?.linkId ?? '';
    const second = await app.ok('attachments.upload', {
      ...record,
      kind: 'other',
      fileName: 'v2.pdf',
      dataBase64: pdfDocument(2).toString('base64'),
      replacesLinkId: firstLink,
    });
    expect(second.current.map((doc) => [doc.originalName, doc.pageCount])).toEqual([['v2.pdf', 2]]);
    expect(second.history.map((doc) => doc.originalName)).toEqual(['v1.pdf']);
    // The old one can still be opened.
    await app.ok('attachments.content', { ...record, linkId: firstLink });
    // It cannot be replaced twice.
    const again = await app.invoke('attachments.upload', {
      ...record,
      kind: 'other',
      fileName: 'v3.pdf',
      dataBase64: pdfDocument(3).toString('base64'),
      replacesLinkId: firstLink,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('an upload refused for its replaced link stores no attachment row and no file (17.17)', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    const files = () => (fs.existsSync(path.join(app.dataDir, 'attachments')) ? fs.readdirSync(path.join(app.dataDir, 'attachments'), { recursive: true }).map(String).filter((f) => f.length > 60) : []);
    const refused = await app.invoke('attachments.upload', {
      ...record,
      kind: 'other',
      fileName: 'v1.pdf',
      dataBase64: pdfDocument(1).toString('base64'),
      replacesLinkId: '0190a1b2-0000-7000-8000-000000000099',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(countRows(app, 'attachments')).toBe(0);
    expect(files()).toEqual([]);
  });

  it('only roles that may see the record see its documents; refusals are logged', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    const list = await app.ok('attachments.upload', { ...record, kind: 'other', fileName: 'r.pdf', dataBase64: pdfDocument(1).toString('base64') });
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(await app.invoke('attachments.list', record)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.invoke('attachments.content', { ...record, linkId: list.current[0]?.linkId ?? '' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const upload = await app.invoke('attachments.upload', { ...record, kind: 'other', fileName: 'x.pdf', dataBase64: pdfDocument(1).toString('base64') });
    expect(upload).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const refused = app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'request.refused'").pluck().all();
    expect(refused).toEqual(['attachments.list: FORBIDDEN', 'attachments.content: FORBIDDEN', 'attachments.upload: FORBIDDEN']);
    expect(countRows(app, 'attachment_links')).toBe(1);
  });

  it('refuses an unknown record, a kind the record does not take, and a bad file, storing nothing', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    const pdf = pdfDocument(1).toString('base64');
    expect(await app.invoke('attachments.upload', { ...record, recordId: '0190a1b2-0000-7000-8000-000000000009', kind: 'other', fileName: 'a.pdf', dataBase64: pdf })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await app.invoke('attachments.upload', { ...record, kind: 'prescription', fileName: 'a.pdf', dataBase64: pdf })).toMatchObject({
      ok: false,
      error: { fieldErrors: { kind: 'Ese tipo de documento no corresponde a este registro.' } },
    });
    expect(
      await app.invoke('attachments.upload', { ...record, kind: 'other', fileName: 'a.jpg', dataBase64: Buffer.from('MZ....').toString('base64') }),
    ).toMatchObject({ ok: false, error: { fieldErrors: { file: expect.stringMatching(/programa de Windows/) as unknown } } });
    expect(countRows(app, 'attachments')).toBe(0);
    expect(countRows(app, 'attachment_links')).toBe(0);
  });
});

describe('scan inbox through the contract', () => {
  it('the admin sets the folder (it must exist); files appear and are assigned to a record', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    expect(await app.invoke('settings.update', { idleMinutes: 5, scanInboxFolder: '/no/existe/esta/carpeta' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { scanInboxFolder: expect.stringMatching(/no existe/) as unknown } },
    });
    expect(await app.invoke('settings.update', { idleMinutes: 5, scanInboxFolder: 'relativa' })).toMatchObject({ ok: false });
    const inbox = tempDir();
    await app.ok('settings.update', { idleMinutes: 5, scanInboxFolder: inbox });
    expect(await app.ok('attachments.inbox', {})).toEqual({ folder: inbox, files: [] });

    fs.writeFileSync(path.join(inbox, 'SCAN0001.png'), await scannedPage(100));
    const tray = await app.ok('attachments.inbox', {});
    expect(tray.files.map((file) => file.name)).toEqual(['SCAN0001.png']);

    const list = await app.ok('attachments.assignFromInbox', { ...record, kind: 'other', name: 'SCAN0001.png', grayscale: true });
    expect(list.current).toHaveLength(1);
    expect((await app.ok('attachments.inbox', {})).files).toEqual([]);

    expect(await app.invoke('attachments.assignFromInbox', { ...record, kind: 'other', name: '../SCAN0001.png' })).toMatchObject({ ok: false });
  });

  it('without a configured folder the tray says so', async () => {
    const app = await setUpFacility();
    const record = await staffRecord(app);
    expect(await app.ok('attachments.inbox', {})).toEqual({ folder: null, files: [] });
    expect(await app.invoke('attachments.assignFromInbox', { ...record, kind: 'other', name: 'x.pdf' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/No hay carpeta/) as unknown },
    });
  });
});
