import { describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { verifyBundle } from '../../src-main/sync/verify-bundle';
import { ADMIN_PASSWORD, addUser, type TestApp } from '../helpers/test-app';
import { enrol, forgedBundle, siteOf } from './sync-helpers';

const NOTE = 'Una integrante contó una experiencia difícil.';

async function signInAs(app: TestApp, username: string, role: 'health') {
  await addUser(app, username, role, 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba' });
}

const notesAt = (app: TestApp) => app.main.ctx.sqlite.prepare('SELECT confidential_notes FROM group_sessions').pluck().all() as string[];

describe('confidential notes never leave the facility (issue 18.2)', () => {
  it('not in the bundle, not stored above even if sent, shown only to who keeps the group', async () => {
    const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const facility = await siteOf('facility', '00001111', 'Puesto Uno');
    enrol(facility, micro);
    await signInAs(facility, 'eva.salud', 'health');
    const mother = await facility.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: { ownBreastfeeding: true } });
    const group = await facility.ok('groups.create', { name: 'Cerrito', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Local', periodicityDays: 15, community: 'Cerrito' });
    await facility.ok('groups.recordSession', { groupId: group.id, sessionDate: '15/11/2026', place: 'Local', topic: 'Posiciones', facilitatorLeadMotherId: mother.id, facilitatorStaff: '', moments: {}, attendance: [], confidentialNotes: NOTE });
    const held = (await facility.ok('groups.detail', { id: group.id })).sessions.find((s) => s.status === 'held');
    expect(held?.confidentialNotes).toBe(NOTE);

    // The bundle itself carries none.
    const bundle = exportToParent(facility.main.ctx);
    const sessions = verifyBundle(micro.main.ctx, bundle.bytes).tables.find((t) => t.table === 'group_sessions');
    const column = sessions?.columns.indexOf('confidential_notes') ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    expect(sessions?.rows.map((r) => r[column])).toEqual(['']);
    importBundle(micro.main.ctx, bundle.bytes);
    expect(notesAt(micro)).toEqual(['']);
    expect(notesAt(facility)).toEqual([NOTE]);

    // A sender that still sends them (an older version, an edited database): not kept above.
    const row = facility.main.ctx.sqlite.prepare('SELECT * FROM group_sessions').get() as Record<string, string | number | null>;
    const columns = Object.keys(row);
    importBundle(micro.main.ctx, forgedBundle(facility, micro, { sequence: 2, tables: [{ table: 'group_sessions', columns, rows: [columns.map((c) => (c === 'hlc' ? String(row.hlc).replace(/^\d{13}/, (ms) => String(Number(ms) + 1)) : (row[c] ?? null)))] }] }));
    expect(notesAt(micro)).toEqual(['']);

    // At the facility, the admin (who reads groups but does not keep them) sees no testimony.
    await facility.ok('session.logout', {});
    await facility.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect((await facility.ok('groups.detail', { id: group.id })).sessions.find((s) => s.status === 'held')?.confidentialNotes).toBe('');
  });
});
