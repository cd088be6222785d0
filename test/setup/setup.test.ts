import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countRows, facilitySetup, openTestApp } from '../helpers/test-app';

describe('first-run setup', () => {
  it('creates the site with its key pairs and signs the admin in', async () => {
    const app = openTestApp();
    const session = await app.ok('setup.complete', facilitySetup());
    expect(session).toMatchObject({ username: 'rosa.quispe', role: 'admin', locked: false });
    const status = await app.ok('app.status', {});
    expect(status.site).toMatchObject({ kind: 'facility', country: 'PE', code: '00012345', attendsBirths: true, microNetwork: 'Microrred San Juan' });
    expect(status.site?.signingKeyFingerprint).toMatch(/^\d{5}( \d{5}){5}$/);

    const keys = app.main.ctx.sqlite.prepare('SELECT signing_private_key AS s, encryption_private_key AS e FROM site_private_keys').get() as { s: string; e: string };
    const site = app.main.ctx.sqlite.prepare('SELECT signing_public_key AS p FROM sites').get() as { p: string };
    // The stored pair really is an Ed25519 pair: what the private key signs, the public key verifies.
    const signature = crypto.sign(null, Buffer.from('manifiesto'), keys.s);
    const publicKey = crypto.createPublicKey({ key: Buffer.from(site.p, 'base64'), format: 'der', type: 'spki' });
    expect(publicKey.asymmetricKeyType).toBe('ed25519');
    expect(crypto.verify(null, Buffer.from('manifiesto'), publicKey, signature)).toBe(true);
    expect(crypto.createPrivateKey(keys.e).asymmetricKeyType).toBe('x25519');
  });

  it('never sends a private key to the renderer', async () => {
    const app = openTestApp();
    const outputs = [JSON.stringify(await app.ok('setup.complete', facilitySetup()))];
    outputs.push(JSON.stringify(await app.ok('app.status', {})));
    outputs.push(JSON.stringify(await app.ok('settings.get', {})));
    for (const text of outputs) expect(text).not.toMatch(/PRIVATE KEY|private/i);
  });

  it('can create a coordination site (microrred) instead of a facility', async () => {
    const app = openTestApp();
    await app.ok('setup.complete', facilitySetup({ kind: 'microNetwork', name: 'Microrred Santiago', code: '', microNetwork: '' }));
    const status = await app.ok('app.status', {});
    expect(status.site).toMatchObject({ kind: 'microNetwork', name: 'Microrred Santiago', microNetwork: 'Microrred Santiago', attendsBirths: false });
  });

  it('runs once: a second setup is refused and changes nothing', async () => {
    const app = openTestApp();
    await app.ok('setup.complete', facilitySetup());
    const sites = countRows(app, 'sites');
    const result = await app.invoke('setup.complete', facilitySetup({ name: 'Otro' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'SETUP_DONE', message: 'Este sitio ya fue configurado.' } });
    expect(countRows(app, 'sites')).toBe(sites);
  });

  it('invalid setup input writes nothing', async () => {
    const app = openTestApp();
    const result = await app.invoke('setup.complete', facilitySetup({ code: 'abc' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(countRows(app, 'sites')).toBe(0);
    expect(countRows(app, 'users')).toBe(0);
    expect((await app.ok('app.status', {})).site).toBeNull();
  });

  it('the database survives a restart: same site, sign in again', async () => {
    const first = openTestApp();
    await first.ok('setup.complete', facilitySetup());
    const siteId = (await first.ok('app.status', {})).site?.id;
    first.main.close();
    const again = openTestApp({ dataDir: first.dataDir });
    const status = await again.ok('app.status', {});
    expect(status.site?.id).toBe(siteId);
    expect(status.session).toBeNull();
    await again.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
  });
});
