import { describe, expect, it } from 'vitest';
import { addUser, ADMIN_PASSWORD, facilitySetup, openTestApp, setUpFacility, tempDir } from '../helpers/test-app';

describe('form drafts', () => {
  it('keeps what a user typed across a restart, only for that user, until cleared', async () => {
    const dataDir = tempDir();
    const app = openTestApp({ dataDir });
    await app.ok('setup.complete', facilitySetup());
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    const rows = [{ deliveryDate: '20/11/2026', caregiverNationalId: '4567', cans800: '2' }];
    expect(await app.ok('drafts.get', { formKey: 'formula.batch' })).toBeNull();
    await app.ok('drafts.put', { formKey: 'formula.batch', data: { rows } });
    app.main.close();

    const reopened = openTestApp({ dataDir });
    await reopened.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(await reopened.ok('drafts.get', { formKey: 'formula.batch' })).toBeNull();
    await reopened.ok('session.logout', {});
    await reopened.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    const draft = await reopened.ok('drafts.get', { formKey: 'formula.batch' });
    expect(draft).toEqual({ data: { rows }, savedAt: '2026-11-22T13:00:00.000Z' });
    await reopened.ok('drafts.clear', { formKey: 'formula.batch' });
    expect(await reopened.ok('drafts.get', { formKey: 'formula.batch' })).toBeNull();
  });

  it('refuses a draft without a session, an odd key or one too large', async () => {
    const signedIn = await setUpFacility();
    await signedIn.ok('session.logout', {});
    expect(await signedIn.invoke('drafts.put', { formKey: 'formula.batch', data: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await signedIn.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(await signedIn.invoke('drafts.put', { formKey: '../x', data: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await signedIn.invoke('drafts.put', { formKey: 'big', data: 'x'.repeat(1_000_001) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps saving the draft while the session is locked, but shows it only after unlocking', async () => {
    const app = await setUpFacility();
    await app.ok('session.lock', {});
    await app.ok('drafts.put', { formKey: 'formula.batch', data: { rows: [{ caregiverNationalId: '4567' }] } });
    expect(await app.invoke('drafts.get', { formKey: 'formula.batch' })).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    await app.ok('session.unlock', { password: ADMIN_PASSWORD });
    expect(await app.ok('drafts.get', { formKey: 'formula.batch' })).toMatchObject({ data: { rows: [{ caregiverNationalId: '4567' }] } });
  });
});
