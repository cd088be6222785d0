import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { ADMIN_PASSWORD, addUser, type TestApp } from '../helpers/test-app';
import { siteOf } from '../sync/sync-helpers';

async function healthFacility(): Promise<TestApp> {
  const app = await siteOf('facility', '00001111', 'Puesto Uno');
  generateDemo(app.main.ctx, { months: 2, scale: 0.05, seed: 'edits' });
  await addUser(app, 'ana.salud', 'health', 'clave-de-ana');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'ana.salud', password: 'clave-de-ana' });
  return app;
}

const first = (app: TestApp, table: string) => app.main.ctx.sqlite.prepare(`SELECT * FROM ${table} LIMIT 1`).get() as Record<string, string | number | null>;

describe('edit at the facility: the support-group records and the site (issue 14.1)', () => {
  it('a group, a member, a lead mother’s profile, a session, a designated staff member and a key actor are edited by health staff', async () => {
    const app = await healthFacility();
    const group = first(app, 'support_groups');
    await app.ok('records.edit', { table: 'support_groups', id: String(group.id), changes: { name: 'Mamás de Cerrito', periodicity_days: '15' }, reason: '' });
    expect(first(app, 'support_groups')).toMatchObject({ name: 'Mamás de Cerrito', periodicity_days: 15 });
    const member = first(app, 'group_members');
    await app.ok('records.edit', { table: 'group_members', id: String(member.id), changes: { member_type: 'pregnant', first_names: 'Rosa Elena' }, reason: '' });
    expect(app.main.ctx.sqlite.prepare('SELECT member_type, search_name FROM group_members WHERE id = ?').get(member.id)).toMatchObject({ member_type: 'pregnant', search_name: expect.stringMatching(/^rosa elena /) as unknown });
    const mother = first(app, 'lead_mothers');
    const profile = JSON.stringify({ ownBreastfeeding: true, communityLeader: true, willingToShare: true, childCareInterest: true, trusted: true, familySupport: false, takesTraining: true });
    await app.ok('records.edit', { table: 'lead_mothers', id: String(mother.id), changes: { profile }, reason: '' });
    expect(JSON.parse(String(first(app, 'lead_mothers').profile))).toMatchObject({ familySupport: false, trusted: true });
    expect(await app.invoke('records.edit', { table: 'lead_mothers', id: String(mother.id), changes: { profile: '{"otra":true}' }, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { profile: expect.any(String) as unknown } } });
    const session = app.main.ctx.sqlite.prepare("SELECT * FROM group_sessions WHERE status = 'held' LIMIT 1").get() as { id: string };
    await app.ok('records.edit', { table: 'group_sessions', id: session.id, changes: { agreements: 'Traer a las abuelas' }, reason: '' });
    expect(await app.invoke('records.edit', { table: 'group_sessions', id: session.id, changes: { session_date: '01/01/2027' }, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { session_date: expect.stringContaining('posterior a hoy') as unknown } } });
    const staff = first(app, 'designated_staff');
    await app.ok('records.edit', { table: 'designated_staff', id: String(staff.id), changes: { profession: 'Licenciada en enfermería (jefa)' }, reason: '' });
    const actors = await app.ok('groups.addKeyActor', { fullName: 'Teniente Gobernador', organisation: 'Comunidad' });
    await app.ok('records.edit', { table: 'key_actors', id: actors.actors[0]?.id ?? '', changes: { phone: '984000111' }, reason: '' });
    const edits = app.main.ctx.sqlite.prepare("SELECT record_table FROM audit_log WHERE action = 'record.edit' ORDER BY id").pluck().all();
    expect(edits).toEqual(['support_groups', 'group_members', 'lead_mothers', 'group_sessions', 'designated_staff', 'key_actors']);
    // A registrar does not edit group records.
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(await app.invoke('records.edit', { table: 'support_groups', id: String(group.id), changes: { name: 'Otro' }, reason: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the admin fixes the site’s name, as the setup wizard promised', async () => {
    const app = await siteOf('facility', '00001111', 'Puesto Uno');
    const site = first(app, 'sites');
    await app.ok('records.edit', { table: 'sites', id: String(site.id), changes: { name: 'Puesto de Salud Cerrito' }, reason: '' });
    expect(await app.ok('app.status', {})).toMatchObject({ site: { name: 'Puesto de Salud Cerrito' } });
  });
});
