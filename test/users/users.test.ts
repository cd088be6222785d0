import { describe, expect, it } from 'vitest';
import { addUser, countRows, setUpFacility } from '../helpers/test-app';

describe('user management', () => {
  it('creates users with a clock stamp and owning site, and lists them', async () => {
    const app = await setUpFacility();
    const created = await addUser(app, 'luis.registro', 'registrar');
    expect(created).toMatchObject({ username: 'luis.registro', role: 'registrar', active: true, hasWrittenRecords: false });
    const row = app.main.ctx.sqlite.prepare('SELECT owner_site_id, hlc, deleted FROM users WHERE id = ?').get(created.id) as {
      owner_site_id: string;
      hlc: string;
      deleted: number;
    };
    const status = await app.ok('app.status', {});
    expect(row.owner_site_id).toBe(status.site?.id);
    expect(row.hlc).toMatch(/^\d{13}-\d{6}-/);
    expect(row.deleted).toBe(0);
    expect((await app.ok('users.list', {})).map((user) => user.username).sort()).toEqual(['luis.registro', 'rosa.quispe']);
  });

  it('refuses a username that already exists, on the field, writing nothing', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar');
    const before = countRows(app, 'users');
    const result = await app.invoke('users.create', {
      fullName: 'Otro Luis',
      username: 'Luis.Registro',
      role: 'health',
      password: 'clave-larga-1',
      passwordConfirm: 'clave-larga-1',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fieldErrors: { username: expect.stringMatching(/Ya existe/) as unknown } } });
    expect(countRows(app, 'users')).toBe(before);
  });

  it('cannot deactivate or delete yourself', async () => {
    const app = await setUpFacility();
    const me = (await app.ok('app.status', {})).session;
    const self = await app.invoke('users.setActive', { userId: me?.userId ?? '', active: false });
    expect(self).toMatchObject({ ok: false, error: { message: 'No puede desactivar su propio usuario.' } });
    expect(await app.invoke('users.delete', { userId: me?.userId ?? '' })).toMatchObject({ ok: false });
    expect((await app.ok('users.list', {}))[0]).toMatchObject({ username: 'rosa.quispe', active: true });
  });

  it('deactivates and reactivates, each change with a newer clock stamp', async () => {
    const app = await setUpFacility();
    const user = await addUser(app, 'maria.salud', 'health');
    const stampOf = () => (app.main.ctx.sqlite.prepare('SELECT hlc FROM users WHERE id = ?').get(user.id) as { hlc: string }).hlc;
    const first = stampOf();
    expect((await app.ok('users.setActive', { userId: user.id, active: false })).active).toBe(false);
    const second = stampOf();
    expect((await app.ok('users.setActive', { userId: user.id, active: true })).active).toBe(true);
    expect(first < second && second < stampOf()).toBe(true);
  });

  it('deletes (tombstones) a user who never wrote a record, and frees the username', async () => {
    const app = await setUpFacility();
    const user = await addUser(app, 'temporal', 'registrar');
    await app.ok('users.delete', { userId: user.id });
    const row = app.main.ctx.sqlite.prepare('SELECT deleted FROM users WHERE id = ?').get(user.id) as { deleted: number };
    expect(row.deleted).toBe(1);
    expect((await app.ok('users.list', {})).some((u) => u.id === user.id)).toBe(false);
    await addUser(app, 'temporal', 'health');
  });

  it('never deletes a user who has written records', async () => {
    const app = await setUpFacility();
    const other = await addUser(app, 'otra.admin', 'admin', 'clave-otra-admin');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'otra.admin', password: 'clave-otra-admin' });
    await addUser(app, 'creado.por.otra', 'registrar');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
    const list = await app.ok('users.list', {});
    expect(list.find((u) => u.id === other.id)?.hasWrittenRecords).toBe(true);
    const result = await app.invoke('users.delete', { userId: other.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/ya registró datos/) as unknown } });
    expect(await app.ok('users.setActive', { userId: other.id, active: false })).toMatchObject({ active: false });
  });
});
