import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src-main/attachments/pdf-check';
import { generateDemo } from '../../src-main/demo/demo-data';
import { addUser } from '../helpers/test-app';
import { siteOf } from './sync-helpers';

describe('demo data', () => {
  it('is consistent with every rule the app checks: entitlements, dates, unique DNIs, group sizes', async () => {
    const app = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const counts = generateDemo(app.main.ctx, { months: 12, scale: 0.25 });
    expect(counts.caregivers).toBe(50);
    expect(counts.deliveries).toBeGreaterThan(100);
    expect(counts.groups).toBe(3);
    const db = app.main.ctx.sqlite;
    const dnis = db.prepare('SELECT national_id FROM caregivers').pluck().all() as string[];
    expect(new Set(dnis).size).toBe(dnis.length);
    expect(dnis.every((d) => /^\d{8}$/.test(d))).toBe(true);
    expect(db.prepare("SELECT COUNT(*) FROM deliveries WHERE delivery_date > '2026-11-22'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM group_sessions WHERE session_date > '2026-11-22'").pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    await addUser(app, 'luis.registro', 'registrar', 'clave-de-prueba');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-prueba' });
    const prescriptions = db.prepare('SELECT id FROM prescriptions').pluck().all() as string[];
    for (const id of prescriptions) {
      const status = await app.ok('formula.prescriptionStatus', { id });
      expect(status.gramsRemaining, id).toBeGreaterThanOrEqual(0);
      for (const delivery of status.deliveries) expect(delivery.deliveryDate <= status.lastDeliveryDay, id).toBe(true);
    }
    const sizes = db.prepare('SELECT COUNT(*) FROM group_members GROUP BY group_id').pluck().all() as number[];
    expect(sizes.every((n) => n >= 8 && n <= 12)).toBe(true);
    expect(db.prepare("SELECT COUNT(*) FROM prescriptions WHERE reason_code = 'hiv' AND hiv_viral_load IS NULL").pluck().get()).toBe(0);
  });

  it('scans in the signed attendance sheet of every held session: a PDF of about 150 KB that opens, each one different', async () => {
    const app = await siteOf('facility', '00001112', 'Puesto de Salud Loma');
    const counts = generateDemo(app.main.ctx, { months: 3, scale: 0.2 });
    const db = app.main.ctx.sqlite;
    const sessions = db.prepare("SELECT COUNT(*) FROM group_sessions WHERE status = 'held'").pluck().get() as number;
    expect(sessions).toBeGreaterThan(0);
    expect(counts.scans).toBe(sessions);
    const linked = db
      .prepare("SELECT a.sha256, a.byte_size AS size FROM attachment_links l JOIN attachments a ON a.id = l.attachment_id JOIN group_sessions s ON s.id = l.record_id WHERE l.record_table = 'group_sessions' AND l.kind = 'attendanceSheet'")
      .all() as { sha256: string; size: number }[];
    expect(linked).toHaveLength(sessions);
    expect(new Set(linked.map((l) => l.sha256)).size).toBe(sessions);
    for (const { sha256, size } of linked) {
      const bytes = app.main.ctx.blobs.read(sha256);
      expect(bytes.length).toBe(size);
      expect(size).toBeGreaterThan(140_000);
      expect(size).toBeLessThan(170_000);
    }
    const first = linked[0];
    if (!first) throw new Error('sin adjuntos');
    expect(await inspectPdf(app.main.ctx.blobs.read(first.sha256), 'asistencia.pdf')).toEqual({ pageCount: 1 });
    expect(generateDemo(app.main.ctx, { months: 1, scale: 0.1, scans: false }).scans).toBe(0);
  });
});
