import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src-main/audit/audit-service';
import { ADMIN_PASSWORD, addUser, setUpFacility, TestClock } from '../helpers/test-app';

describe('audit log', () => {
  it('records every write with who, when, action and record', async () => {
    const clock = new TestClock(new Date(2026, 1, 28, 23, 50).getTime());
    const app = await setUpFacility({ clock });
    clock.advanceMinutes(20); // into 1 March (local time); the idle session locked meanwhile
    await app.ok('session.unlock', { password: ADMIN_PASSWORD });
    const user = await addUser(app, 'luis.registro', 'registrar');
    await app.ok('settings.update', { idleMinutes: 10 });

    const page = await app.ok('audit.list', {});
    const byAction = new Map(page.entries.map((entry) => [entry.action, entry]));
    expect(byAction.get('setup.complete')).toMatchObject({ username: 'rosa.quispe', recordTable: 'sites', outcome: 'ok' });
    expect(byAction.get('users.create')).toMatchObject({ username: 'rosa.quispe', recordTable: 'users', recordId: user.id, at: clock.nowMs });
    expect(byAction.get('settings.update')?.detail).toBe('bloqueo por inactividad: 5 → 10 minutos');
    expect(page.entries[0]?.action).toBe('settings.update'); // newest first
  });

  it('filters by user, action, date range (dd/mm/aaaa, local days) and text', async () => {
    const clock = new TestClock(new Date(2024, 1, 29, 10, 0).getTime()); // leap day
    const app = await setUpFacility({ clock });
    clock.advanceMinutes(24 * 60); // 1 March 2024
    await app.ok('session.unlock', { password: ADMIN_PASSWORD });
    await addUser(app, 'maria.salud', 'health');
    const admin = (await app.ok('app.status', {})).session;

    expect((await app.ok('audit.list', { from: '29/02/2024', to: '29/02/2024' })).entries.map((e) => e.action)).toEqual(['setup.complete']);
    expect((await app.ok('audit.list', { from: '01/03/2024' })).entries.map((e) => e.action)).toEqual([
      'users.create',
      'session.unlock',
      'session.lock',
    ]);
    expect((await app.ok('audit.list', { to: '28/02/2024' })).total).toBe(0);
    expect((await app.ok('audit.list', { action: 'users.create' })).total).toBe(1);
    expect((await app.ok('audit.list', { userId: admin?.userId ?? null })).total).toBe(4);
    expect((await app.ok('audit.list', { text: 'maria' })).entries[0]?.action).toBe('users.create');
    expect((await app.ok('audit.list', { text: '100%_' })).total).toBe(0);
  });

  it('pages through long logs, newest first', async () => {
    const app = await setUpFacility();
    for (let i = 0; i < 60; i++) {
      app.clock.advanceMinutes(0.01);
      recordAudit(app.main.ctx, { action: 'session.lock', detail: `entrada ${i}` });
    }
    const first = await app.ok('audit.list', {});
    expect(first.entries).toHaveLength(50);
    expect(first.pageCount).toBe(Math.ceil(first.total / 50));
    const second = await app.ok('audit.list', { page: 2 });
    expect(second.entries.length).toBe(first.total - 50);
    expect(second.entries[0]?.at).toBeLessThanOrEqual(first.entries.at(-1)?.at ?? 0);
  });
});
