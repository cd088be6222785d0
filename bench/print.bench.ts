import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type Database from 'better-sqlite3';
import { createMain } from '../src-main/app/create-app';
import type { InputOf, OutputOf } from '../src-shared/contract/api';
import type { ChannelName } from '../src-shared/contract/channels';
import type { Result } from '../src-shared/contract/define';
import { median, report } from './report';

const RUNS = 10;
const REPORT_RUNS = 5;
const REPORT_DELIVERIES = 2000;

/** A busy month: `count` deliveries in November 2026, for infants with a prescription each (raw inserts). */
function seedMonthOfDeliveries(sqlite: Database.Database, count: number): string[][] {
  const siteId = (sqlite.prepare("SELECT json_extract(value, '$') AS id FROM local_settings WHERE key = 'site.id'").get() as { id: string }).id;
  const stamp = '0000000000000-000000-x';
  const caregiver = sqlite.prepare(
    `INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, '${stamp}', ?, ?, ?, ?, 0, 0)`,
  );
  const infant = sqlite.prepare(`INSERT INTO infants (id, owner_site_id, hlc, caregiver_id, first_names, last_names, birth_date, created_at) VALUES (?, ?, '${stamp}', ?, ?, ?, '2026-08-15', 0)`);
  const prescription = sqlite.prepare(
    `INSERT INTO prescriptions (id, owner_site_id, hlc, infant_id, prescription_date, reason_code, milk_type, replacement, grams_per_month, duration_months, prescriber_name, prescriber_profession, prescriber_licence, created_at)
     VALUES (?, ?, '${stamp}', ?, '2026-09-01', ?, 'Fórmula de inicio', 'total', 4000, 6, 'Dra. Ana Torres', 'Pediatra', 'CMP 1', 0)`,
  );
  const delivery = sqlite.prepare(
    `INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, source, created_at) VALUES (?, ?, '${stamp}', ?, ?, ?, ?, ?, ?)`,
  );
  const reasons = ['hiv', 'adoption', 'motherDeceasedOrAbsent', 'seriousIllness', 'contraindicatedMedication'];
  const rows: string[][] = [];
  sqlite.transaction(() => {
    const prescriptions: string[] = [];
    for (let i = 0; i < count / 2; i += 1) {
      const [caregiverId, infantId, prescriptionId] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
      caregiver.run(caregiverId, siteId, String(40_000_000 + i), 'María José', `Quispe ${i}`, `maria jose quispe ${i}`);
      infant.run(infantId, siteId, caregiverId, 'Thiago', `Quispe ${i}`);
      prescription.run(prescriptionId, siteId, infantId, reasons[i % reasons.length]);
      prescriptions.push(prescriptionId);
    }
    for (let i = 0; i < count; i += 1) {
      const date = `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`;
      delivery.run(crypto.randomUUID(), siteId, prescriptions[i % prescriptions.length], date, 2, 1, i % 3 === 0 ? 'batch' : 'form', i);
      rows.push([String(i + 1), date, String(40_000_000 + (i % prescriptions.length)), `Thiago Quispe ${i % prescriptions.length}`, '2', '1', '2.600', 'Formulario']);
    }
  })();
  return rows;
}


/** Anexo 2 for 15 members: the handler plus Chromium's PDF, beside a one-line page's PDF in the same browser. */
export async function benchPrint(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-print-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench' });
    const call = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
      const result = (await main.invoke(channel, input)) as Result<OutputOf<C>>;
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await call('setup.complete', {
      site: { kind: 'facility', country: 'PE', name: 'Banco', code: '00012345', region: 'R', network: 'N', microNetwork: 'M', attendsBirths: true },
      admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
    });
    await call('users.create', { fullName: 'Salud', username: 'salud', role: 'health', password: 'bench-password', passwordConfirm: 'bench-password' });
    await call('session.logout', {});
    await call('session.login', { username: 'salud', password: 'bench-password' });
    const mother = await call('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: {} });
    const group = await call('groups.create', { name: 'Banco', formedOn: '2026-01-01', leadMotherIds: [mother.id], place: 'Local', periodicityDays: 15 });
    for (let i = 0; i < 15; i += 1) {
      await call('groups.addMember', { groupId: group.id, firstNames: `Integrante ${i + 1}`, lastNames: 'Quispe Huamán', memberType: 'breastfeeding', age: 25, address: 'Jr. Los Andes 123', joinedOn: '2026-01-01' });
    }
    const page = await browser.newPage();
    const anexo2: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now();
      const printed = await call('print.anexo2', { groupId: group.id, sessionId: null });
      await page.setContent(printed.html);
      await page.pdf({ preferCSSPageSize: true });
      anexo2.push(performance.now() - start);
      start = performance.now();
      await page.setContent('<!doctype html><p>LactaRed</p>');
      await page.pdf({ format: 'A4' });
      floor.push(performance.now() - start);
    }
    report('print.anexo2_ms', median(anexo2), 'ms', { name: 'chromium_one_line_pdf', value: median(floor), unit: 'ms' });
    const rows = seedMonthOfDeliveries(main.ctx.sqlite, REPORT_DELIVERIES);
    const reportRuns: number[] = [];
    const buildRuns: number[] = [];
    const tableRuns: number[] = [];
    let pages = 0;
    for (let run = 0; run < REPORT_RUNS; run += 1) {
      let start = performance.now();
      const printed = await call('print.deliveriesReport', { year: 2026, month: 11 });
      buildRuns.push(performance.now() - start);
      await page.setContent(printed.html);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      reportRuns.push(performance.now() - start);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // The floor: the same rows as a bare HTML table, rendered to PDF by the same browser.
      start = performance.now();
      await page.setContent(`<!doctype html><table>${rows.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('')}</table>`);
      await page.pdf({ format: 'A4' });
      tableRuns.push(performance.now() - start);
    }
    report('print.deliveries_report_ms', median(reportRuns), 'ms', { name: 'chromium_bare_table_pdf', value: median(tableRuns), unit: 'ms' });
    report('print.deliveries_report_pages', pages, 'pages');
    // Of which main's part: reading the month and writing the document.
    report('print.deliveries_report_build_ms', median(buildRuns), 'ms');
    main.close();
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
