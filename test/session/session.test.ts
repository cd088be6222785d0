import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, addUser, setUpFacility } from '../helpers/test-app';

describe('sign-in and lockout', () => {
  it('signs in with the right password; a wrong one says how many attempts are left', async () => {
    const app = await setUpFacility();
    await app.ok('session.logout', {});
    const wrong = await app.invoke('session.login', { username: 'rosa.quispe', password: 'no-es-esta' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS', message: expect.stringMatching(/Le quedan 4 intentos/) as unknown } });
    const session = await app.ok('session.login', { username: 'ROSA.QUISPE', password: ADMIN_PASSWORD });
    expect(session).toMatchObject({ username: 'rosa.quispe', role: 'admin', locked: false });
  });

  it('an unknown user gets the same message as a wrong password', async () => {
    const app = await setUpFacility();
    await app.ok('session.logout', {});
    const result = await app.invoke('session.login', { username: 'nadie', password: 'lo-que-sea' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS', message: 'Usuario o contraseña incorrectos.' } });
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
    expect(wrongCurrent).toMatchObject({ ok: false, error: { fieldErrors: { currentPassword: 'La contraseña no es correcta.' } } });
    const changed = await app.ok('session.changePassword', { currentPassword: 'temporal-123', password: 'mi-clave-nueva', passwordConfirm: 'mi-clave-nueva' });
    expect(changed.mustChangePassword).toBe(false);
    await app.ok('users.list', {});

    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'olvido.clave', password: 'mi-clave-nueva' });
  });
});
