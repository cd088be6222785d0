import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, addUser, facilityAs, openTestApp, setUpFacility } from '../helpers/test-app';

describe('sign-in and lockout', () => {
  it('signs in with the right password; a wrong one says how many attempts are left', async () => {
    const app = await setUpFacility();
    await app.ok('session.logout', {});
    const wrong = await app.invoke('session.login', { username: 'rosa.quispe', password: 'no-es-esta' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS', message: expect.stringMatching(/Le quedan 4 intentos/) as unknown } });
    const session = await app.ok('session.login', { username: 'ROSA.QUISPE', password: ADMIN_PASSWORD });
    expect(session).toMatchObject({ username: 'rosa.quispe', role: 'admin', locked: false });
  });

  it('an unknown user gets the same answers as a wrong password, attempt after attempt, lock included (17.14)', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    for (let attempt = 1; attempt <= 6; attempt++) {
      const known = await app.invoke('session.login', { username: 'luis.registro', password: `mala-${attempt}` });
      const unknown = await app.invoke('session.login', { username: 'nadie', password: `mala-${attempt}` });
      expect(unknown, `intento ${attempt}`).toEqual(known);
    }
  });

  it('locks the account after five wrong passwords, for five minutes, even with the right password', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await app.invoke('session.login', { username: 'luis.registro', password: `mala-${attempt}` });
      expect(result.ok || result.error.code).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await app.invoke('session.login', { username: 'luis.registro', password: 'mala-5' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', message: expect.stringMatching(/bloqueado.*5 minutos/) as unknown } });

    app.clock.advanceMinutes(4);
    const stillLocked = await app.invoke('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(stillLocked).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', message: expect.stringMatching(/1 minuto\b/) as unknown } });

    // Other users are not affected.
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await app.ok('session.logout', {});

    app.clock.advanceMinutes(1);
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });

    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    const audit = await app.ok('audit.list', { action: 'session.accountLocked' });
    expect(audit.entries.map((entry) => entry.username)).toEqual(['luis.registro']);
  });

  it('a deactivated user cannot sign in', async () => {
    const app = await setUpFacility();
    const user = await addUser(app, 'ex.empleada', 'health', 'clave-de-ex');
    await app.ok('users.setActive', { userId: user.id, active: false });
    await app.ok('session.logout', {});
    const result = await app.invoke('session.login', { username: 'ex.empleada', password: 'clave-de-ex' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/desactivado/) as unknown } });
  });
});

describe('idle lock in main', () => {
  it('locks after the configured idle time even if the renderer never asked', async () => {
    const app = await setUpFacility();
    await app.ok('settings.update', { idleMinutes: 2 });
    app.clock.advanceMinutes(1);
    await app.ok('users.list', {});
    app.clock.advanceMinutes(1.5);
    await app.ok('users.list', {}); // activity 1.5 min after the last: still open
    app.clock.advanceMinutes(2);
    const locked = await app.invoke('users.list', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect((await app.ok('app.status', {})).session?.locked).toBe(true);
  });

  it('activity pings keep the session open', async () => {
    const app = await setUpFacility();
    for (let i = 0; i < 10; i++) {
      app.clock.advanceMinutes(4);
      await app.ok('session.activity', {});
    }
    await app.ok('users.list', {});
  });

  it('unlocks only with the same user\'s password; wrong ones count towards lockout', async () => {
    const app = await setUpFacility();
    await app.ok('session.lock', {});
    expect(await app.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    const wrong = await app.invoke('session.unlock', { password: 'otra' });
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { password: expect.stringMatching(/La contraseña no es correcta/) as unknown } } });
    const unlocked = await app.ok('session.unlock', { password: ADMIN_PASSWORD });
    expect(unlocked.locked).toBe(false);
    await app.ok('users.list', {});
  });

  it('another user can sign in over a locked session (switch user)', async () => {
    const app = await setUpFacility();
    await addUser(app, 'maria.salud', 'health', 'clave-de-maria');
    await app.ok('session.lock', {});
    const switched = await app.ok('session.login', { username: 'maria.salud', password: 'clave-de-maria' });
    expect(switched).toMatchObject({ username: 'maria.salud', role: 'health', locked: false });
    expect(await app.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('password reset by the admin', () => {
  it('forces the user to choose a new password before anything else', async () => {
    const app = await setUpFacility();
    const user = await addUser(app, 'olvido.clave', 'admin', 'clave-inicial-1');
    await app.ok('users.resetPassword', { userId: user.id, password: 'temporal-123', passwordConfirm: 'temporal-123' });
    await app.ok('session.logout', {});
    const session = await app.ok('session.login', { username: 'olvido.clave', password: 'temporal-123' });
    expect(session.mustChangePassword).toBe(true);
    expect(await app.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });

    const wrongCurrent = await app.invoke('session.changePassword', { currentPassword: 'no', password: 'mi-clave-nueva', passwordConfirm: 'mi-clave-nueva' });
    expect(wrongCurrent).toMatchObject({ ok: false, error: { fieldErrors: { currentPassword: expect.stringMatching(/^La contraseña no es correcta\. Le quedan 4 intentos/) as unknown } } });
    const changed = await app.ok('session.changePassword', { currentPassword: 'temporal-123', password: 'mi-clave-nueva', passwordConfirm: 'mi-clave-nueva' });
    expect(changed.mustChangePassword).toBe(false);
    await app.ok('users.list', {});

    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'olvido.clave', password: 'mi-clave-nueva' });
  });
});

describe('the lockout holds under pressure (issue 17.3, 17.12, 17.13)', () => {
  it('12 wrong passwords at once: at most five are checked, the account ends locked', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => app.invoke('session.login', { username: 'luis.registro', password: `mala-${i}` })));
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(8);
    expect(await app.invoke('session.login', { username: 'luis.registro', password: 'clave-de-luis' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('10 wrong and then the right one, all at once: the right one does not get in', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    const wrong = Array.from({ length: 10 }, (_, i) => app.invoke('session.login', { username: 'luis.registro', password: `mala-${i}` }));
    const right = app.invoke('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    const results = await Promise.all([...wrong, right]);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('wrong current passwords in "Mi contraseña" count toward the lockout, and lock the screen', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await app.invoke('session.changePassword', { currentPassword: `mala-${attempt}`, password: 'otra-clave-9', passwordConfirm: 'otra-clave-9' });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    }
    const fifth = await app.invoke('session.changePassword', { currentPassword: 'mala-5', password: 'otra-clave-9', passwordConfirm: 'otra-clave-9' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(await app.invoke('formula.reasons', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await app.invoke('session.unlock', { password: 'clave-de-luis' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('a user deactivated, or whose password is reset, by another process on the same folder stops acting at once', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    const admin = openTestApp({ dataDir: app.dataDir, clock: app.clock });
    await admin.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    const luis = (await admin.ok('users.list', {})).find((u) => u.username === 'luis.registro');
    await admin.ok('users.resetPassword', { userId: luis?.id ?? '', password: 'temporal-456', passwordConfirm: 'temporal-456' });
    expect(await app.invoke('formula.reasons', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    await admin.ok('users.setActive', { userId: luis?.id ?? '', active: false });
    expect(await app.invoke('formula.reasons', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/desactivado/) as unknown } });
    expect(await app.invoke('app.status', {})).toMatchObject({ ok: true, value: { session: null } });
  });
});
