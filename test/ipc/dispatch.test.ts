import { describe, expect, it } from 'vitest';
import { addUser, countRows, openTestApp, setUpFacility } from '../helpers/test-app';

function refusals(app: Awaited<ReturnType<typeof setUpFacility>>) {
  return app.main.ctx.sqlite
    .prepare("SELECT detail, username FROM audit_log WHERE action = 'request.refused' ORDER BY id")
    .all() as { detail: string; username: string | null }[];
}

describe('dispatch: the renderer is never trusted', () => {
  it('refuses a malformed payload in main, writes nothing, and logs it', async () => {
    const app = await setUpFacility();
    const usersBefore = countRows(app, 'users');
    for (const payload of [null, 'texto', 42, [], { fullName: 123 }, { fullName: 'A', username: 'a b', role: 'root', password: 1 }]) {
      const result = await app.main.invoke('users.create', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Revise los campos marcados.' } });
    }
    expect(countRows(app, 'users')).toBe(usersBefore);
    const logged = refusals(app);
    expect(logged).toHaveLength(6);
    expect(logged[0]?.detail).toMatch(/^users\.create: datos no válidos/);
    expect(logged[0]?.username).toBe('rosa.quispe');
  });

  it('field errors come back in Spanish, keyed by field', async () => {
    const app = await setUpFacility();
    const result = await app.main.invoke('users.create', { fullName: '', username: 'x', role: '', password: '123', passwordConfirm: '1234' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          fullName: 'Escriba el nombre y apellidos.',
          username: expect.stringMatching(/^Use de 3 a 32/) as unknown,
          role: 'Elija un rol.',
          password: 'La contraseña debe tener al menos 8 caracteres.',
        },
      },
    });
  });

  it('refuses a call without the permission, and logs who tried', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    const before = countRows(app, 'users');
    for (const call of [
      app.main.invoke('users.create', { fullName: 'Intruso', username: 'intruso', role: 'admin', password: 'clave-larga-1', passwordConfirm: 'clave-larga-1' }),
      app.main.invoke('audit.list', {}),
      app.main.invoke('settings.update', { idleMinutes: 60 }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Su rol no permite hacer esto.' } });
    }
    expect(countRows(app, 'users')).toBe(before);
    const logged = refusals(app);
    expect(logged.map((row) => row.detail)).toEqual(['users.create: FORBIDDEN', 'audit.list: FORBIDDEN', 'settings.update: FORBIDDEN']);
    expect(new Set(logged.map((row) => row.username))).toEqual(new Set(['luis.registro']));
  });

  it('refuses unknown channels and calls without a session', async () => {
    const app = await setUpFacility();
    expect(await app.main.invoke('db.dropEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await app.main.invoke({ toString: 'x' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    await app.ok('session.logout', {});
    expect(await app.main.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(refusals(app).length).toBe(3);
  });

  it('before setup only status, setup and login answer', async () => {
    const app = openTestApp();
    expect(await app.main.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
    expect(await app.main.invoke('app.status', {})).toMatchObject({ ok: true, value: { site: null, session: null } });
  });

  it('an unexpected failure inside a handler becomes a calm Spanish message, not a crash', async () => {
    const app = await setUpFacility();
    app.main.ctx.sqlite.exec('DROP TABLE user_credentials');
    const result = await app.main.invoke('users.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/no se perdió/) as unknown } });
  });
});

describe('hardening at the one entry point (issue 17.16, 17.18)', () => {
  it('control, direction and zero-width characters never reach the database, in any channel', async () => {
    const app = await setUpFacility();
    await app.ok('users.create', {
      fullName: 'Ana\u0000 \u001b[2JPérez\u202e\u200b\u2066\uFEFF Quispe\r',
      username: 'ana.perez',
      role: 'registrar',
      password: 'clave-larga-1',
      passwordConfirm: 'clave-larga-1',
    });
    const stored = app.main.ctx.sqlite.prepare("SELECT full_name FROM users WHERE username = 'ana.perez'").pluck().get() as string;
    expect(stored).toBe('Ana [2JPérez Quispe');
    await app.ok('groups.saveHisCode', { activity: 'training', code: 'C\u00070001', description: 'Línea uno\r\nLínea dos\tcon tabulador' });
    expect(app.main.ctx.sqlite.prepare('SELECT code, description FROM his_codes').get()).toEqual({ code: 'C0001', description: 'Línea uno\nLínea dos\tcon tabulador' });
  });

  it('a draft nested 2,000 deep is refused as invalid, audited, and the app keeps answering', async () => {
    const app = await setUpFacility();
    let data: unknown = 'fondo';
    for (let i = 0; i < 2000; i += 1) data = { a: data };
    const result = await app.main.invoke('drafts.put', { formKey: 'formula.batch', data });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(refusals(app).at(-1)?.detail).toBe('drafts.put: datos anidados de más');
    expect(await app.main.invoke('drafts.put', { formKey: 'formula.batch', data: { rows: [{ dni: '12345678' }] } })).toMatchObject({ ok: true });
  });
});
