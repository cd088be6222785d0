import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays } from '../src-shared/common/dates';
import { createMain } from '../src-main/app/create-app';
import { todayIso } from '../src-main/app/today';
import { homeWork } from '../src-main/home/home-service';
import { medianMs, report } from './report';

const CAREGIVERS = 100_000;
/** A large facility's register grows over years: births spread over eight (about 1,000 infants with a current prescription). */
const YEARS = 8;

/**
 * The registrar's home page over 100,000 caregivers, each with an infant born over the last eight years
 * and a prescription with two deliveries: every count of the page, beside the plain indexed SELECT of
 * the prescriptions young enough to count (the rows the lists must read anyway).
 */
export async function benchHome(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-home-'));
  try {
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench' });
    const setup = await main.invoke('setup.complete', {
      site: { kind: 'facility', country: 'PE', name: 'Banco', code: '00012345', region: 'R', network: 'N', microNetwork: 'M', attendsBirths: true },
      admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
    });
    if (!setup.ok) throw new Error('setup');
    await main.invoke('users.create', { fullName: 'Registro', username: 'registro', role: 'registrar', password: 'bench-password', passwordConfirm: 'bench-password' });
    await main.invoke('session.logout', {});
    await main.invoke('session.login', { username: 'registro', password: 'bench-password' });
    const sqlite = main.ctx.sqlite;
    const siteId = (sqlite.prepare("SELECT json_extract(value, '$') AS id FROM local_settings WHERE key = 'site.id'").get() as { id: string }).id;
    const stamp = '0000000000000-000000-x';
    const today = todayIso(main.ctx);
    const caregiver = sqlite.prepare(`INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, '${stamp}', ?, 'María', ?, ?, 0, 0)`);
    const infant = sqlite.prepare(`INSERT INTO infants (id, owner_site_id, hlc, caregiver_id, first_names, last_names, birth_date, created_at) VALUES (?, ?, '${stamp}', ?, 'Bebé', ?, ?, 0)`);
    const prescription = sqlite.prepare(
      `INSERT INTO prescriptions (id, owner_site_id, hlc, infant_id, prescription_date, reason_code, milk_type, replacement, grams_per_month, duration_months, prescriber_name, prescriber_profession, prescriber_licence, created_at)
       VALUES (?, ?, '${stamp}', ?, ?, 'adoption', 'Fórmula de inicio', 'total', 4000, 6, 'Dra. Ana Torres', 'Pediatra', 'CMP 1', 0)`,
    );
    const delivery = sqlite.prepare(`INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, source, created_at) VALUES (?, ?, '${stamp}', ?, ?, 2, 0, 'form', 0)`);
    sqlite.transaction(() => {
      for (let i = 0; i < CAREGIVERS; i += 1) {
        const [c, inf, p] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
        const born = addDays(today, -crypto.randomInt(YEARS * 365));
        const prescribed = addDays(born, 10);
        caregiver.run(c, siteId, String(10_000_000 + i), `Quispe ${i}`, `maria quispe ${i}`);
        infant.run(inf, siteId, c, `Quispe ${i}`, born);
        prescription.run(p, siteId, inf, prescribed);
        delivery.run(crypto.randomUUID(), siteId, p, prescribed);
        delivery.run(crypto.randomUUID(), siteId, p, addDays(prescribed, 30));
      }
    })();
    sqlite.exec('ANALYZE');

    const floorQuery = sqlite.prepare(
      `SELECT p.id, (SELECT MAX(d.delivery_date) FROM deliveries d WHERE d.prescription_id = p.id) AS last
         FROM infants i JOIN prescriptions p ON p.infant_id = i.id WHERE i.birth_date >= ? AND p.status = 'active'`,
    );
    const floor = medianMs(() => floorQuery.all(addDays(today, -400)));
    let counted = 0;
    const page = medianMs(() => {
      counted = homeWork(main.ctx).counts.reduce((sum, c) => sum + c.count, 0);
    });
    report('home.lists_ms', page, 'ms', { name: 'indexed_select', value: floor, unit: 'ms' });
    report('home.items_counted', counted, 'rows');
    main.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
