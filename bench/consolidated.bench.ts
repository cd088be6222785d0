import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createMain, type LactaRedMain } from '../src-main/app/create-app';
import { consolidated } from '../src-main/sync/consolidated-service';
import { listRecords } from '../src-main/formula/lists-service';
import { refreshPrescriptionBalances } from '../src-main/formula/prescription-balances';
import { listQuerySchema } from '../src-shared/formula/lists';
import { formulaProgram } from '../src-main/levels/formula-program-service';
import { newId } from '../src-shared/sync/ids';
import { readOffMain } from '../src-main/reads/read-client';
import { useWorkers } from '../src-main/workers/worker-scripts';
import { medianMs, medianMsAsync, report, timeIt } from './report';

const FACILITIES = 2000;
/** The registry lists every facility of the country; most never enrol. */
const REGISTRY = 8000;
const REGIONS = 25;
const YEAR = 2026;

let tick = 0;
/** Ids as the app makes them (UUIDv7): a record made on a day sorts with that day's records, whatever its facility. */
const idOn = (date: string) => newId(Date.parse(`${date}T08:00:00Z`) + (tick++ % 36_000_000));
const uuid = () => idOn('2025-06-01');
const day = (month: number, d: number) => `${YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Issue 16: a national site holding a year of 2,000 facilities (generated straight into its file, as an
 * import would leave it): per facility 30 infants with 150 deliveries, 3 groups meeting twice a month
 * with 8 members marked, 6 lead mothers, 2 designated staff and 12 stock receipts; a registry of 8,000
 * facilities in 25 regions and 100 facilitators. The consolidated view (both indicators, drill-down and
 * every facility's figures) beside plain GROUP BYs over the same tables.
 */
export async function benchConsolidated(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-national-'));
  try {
    // Encrypted as every site is (18.4): a page read from disk is decrypted, so the page cache matters.
    // Opened again once full, as the app opens it each day (its page cache is sized by the file).
    const key = crypto.randomBytes(32);
    (await nationalSite(dataDir, migrationsFolder, key)).close();
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench', key });
    await main.invoke('session.login', { username: 'bench', password: 'bench-password' });
    const db = main.ctx.sqlite;
    const plain = [
      'SELECT owner_site_id, COUNT(*), SUM(cans_800) FROM deliveries GROUP BY owner_site_id',
      'SELECT owner_site_id, COUNT(*) FROM group_sessions GROUP BY owner_site_id',
      'SELECT owner_site_id, SUM(present), COUNT(*) FROM session_attendance GROUP BY owner_site_id',
      'SELECT owner_site_id, COUNT(*) FROM support_groups GROUP BY owner_site_id',
    ].map((sql) => db.prepare(sql));
    const baseline = medianMs(() => plain.forEach((statement) => statement.all()));
    let view = consolidated(main.ctx, { kind: 'year', year: YEAR });
    const ms = medianMs(() => {
      view = consolidated(main.ctx, { kind: 'year', year: YEAR });
    });
    report('consolidated.national_ms', ms, 'ms', { name: 'plain_group_by', value: baseline, unit: 'ms' });
    report('consolidated.national_facilities', view.facilities.length, 'facilities');
    report('consolidated.national_indicator2_denominator', view.indicator2.denominator, 'facilities');
    const program = medianMs(() => formulaProgram(main.ctx, YEAR));
    report('consolidated.formula_program_ms', program, 'ms', { name: 'plain_group_by', value: baseline, unit: 'ms' });
    // The app reads them in a worker thread of its own, main answering meanwhile: its first read starts the
    // worker and fills its page cache; the next ones beside the same read on main's thread.
    useWorkers(path.resolve(__dirname, '..', 'workers'));
    const year = { kind: 'year', year: YEAR } as const;
    const first = await timeIt(() => readOffMain(main.ctx, 'consolidated', year));
    report('consolidated.national_worker_first_ms', first.ms, 'ms', { name: 'main_thread', value: ms, unit: 'ms' });
    report('consolidated.national_worker_ms', await medianMsAsync(() => readOffMain(main.ctx, 'consolidated', year)), 'ms', { name: 'main_thread', value: ms, unit: 'ms' });
    report('consolidated.formula_program_worker_ms', await medianMsAsync(() => readOffMain(main.ctx, 'formulaProgram', YEAR)), 'ms', { name: 'main_thread', value: program, unit: 'ms' });
    useWorkers(null);
    benchNationalLists(main);
    main.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Issue 19: a page of each list at the national site (the first page as opened, and one filtered by a name
 * every caregiver shares, the worst case for the text filter); `lists.page_national_ms` is the slowest.
 */
function benchNationalLists(main: LactaRedMain): void {
  // The open prescriptions' balances recomputed for the whole country, as after a new version of LactaRed
  // (a day's imports recompute only what they touched); baseline: reading the columns the rules need.
  const db = main.ctx.sqlite;
  db.exec('INSERT OR IGNORE INTO prescription_balances_stale SELECT id FROM prescriptions');
  const start = process.hrtime.bigint();
  refreshPrescriptionBalances(main.ctx);
  const refreshMs = Number(process.hrtime.bigint() - start) / 1e6;
  const read = db.prepare('SELECT p.id, p.prescription_date, p.reason_code, p.duration_months, i.birth_date FROM prescriptions p JOIN infants i ON i.id = p.infant_id');
  report('lists.balances_national_refresh_ms', refreshMs, 'ms', { name: 'read_prescriptions', value: medianMs(() => read.all()), unit: 'ms' });
  const pages: [string, Record<string, unknown>][] = [
    ['caregivers', { kind: 'caregivers' }],
    ['caregivers_name', { kind: 'caregivers', text: 'quispe' }],
    ['infants', { kind: 'infants' }],
    ['infants_name', { kind: 'infants', text: 'bebe quis' }],
    ['prescriptions', { kind: 'prescriptions', activeOnly: false }],
    ['prescriptions_active', { kind: 'prescriptions' }],
    ['deliveries', { kind: 'deliveries' }],
    ['deliveries_month', { kind: 'deliveries', from: `${YEAR}-06-01`, to: `${YEAR}-06-30` }],
    ['deliveries_name', { kind: 'deliveries', text: 'maria', from: `${YEAR}-06-01`, to: `${YEAR}-06-30` }],
  ];
  let slowest = 0;
  for (const [name, query] of pages) {
    const ms = medianMs(() => listRecords(main.ctx, listQuerySchema.parse(query)));
    report(`lists.page_national_${name}_ms`, ms, 'ms');
    slowest = Math.max(slowest, ms);
  }
  const bare = main.ctx.sqlite.prepare('SELECT * FROM deliveries WHERE delivery_date >= ? ORDER BY delivery_date DESC LIMIT 100');
  report('lists.page_national_ms', slowest, 'ms', { name: 'indexed_select', value: medianMs(() => bare.all(`${YEAR}-01-01`)), unit: 'ms' });
}

/** The national site and its year of 2,000 facilities (encrypted with `key`, as the app keeps it, when given). */
export async function nationalSite(dataDir: string, migrationsFolder: string, key: Buffer | null = null): Promise<LactaRedMain> {
  const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench', key });
  const setup = await main.invoke('setup.complete', {
    site: { kind: 'national', country: 'PE', name: 'MINSA', code: 'MINSA', region: '', network: '', microNetwork: '', attendsBirths: false },
    admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
  });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  fillYear(main.ctx.sqlite, { facilities: FACILITIES, registry: REGISTRY });
  return main;
}

/**
 * A year of `facilities` facilities written straight into a coordination site's file, as an import would
 * leave it (also the end-to-end test of the consolidated page at 300 facilities): per facility 30
 * infants with 150 deliveries, 3 groups meeting twice a month with 8 members marked, 6 lead mothers, 2
 * designated staff and 12 stock receipts; a registry of `registry` facilities in 25 regions, and 100
 * facilitators.
 */
export function fillYear(db: Database.Database, sizes: { readonly facilities: number; readonly registry: number }): void {
  const me = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
  const stamp = (owner: string) => `0000000000001-000000-${owner}`;
  const ins = (sql: string) => db.prepare(sql);
  const site = ins("INSERT INTO sites (id, owner_site_id, hlc, kind, country, name, code, region, network, micro_network, attends_births, signing_public_key, encryption_public_key, created_at) VALUES (?, ?, ?, 'facility', 'PE', ?, ?, ?, ?, ?, 1, 'k', 'k', 0)");
  const caregiver = ins("INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, ?, ?, 'María', 'Quispe', 'maria quispe', 0, 0)");
  const infant = ins("INSERT INTO infants (id, owner_site_id, hlc, caregiver_id, first_names, last_names, birth_date, created_at) VALUES (?, ?, ?, ?, 'Bebé', 'Quispe', ?, 0)");
  const prescription = ins(
    "INSERT INTO prescriptions (id, owner_site_id, hlc, infant_id, prescription_date, reason_code, milk_type, replacement, grams_per_month, duration_months, prescriber_name, prescriber_profession, prescriber_licence, created_at) VALUES (?, ?, ?, ?, ?, 'adoption', 'Fórmula', 'total', 4000, 6, 'Dra', 'Pediatra', 'CMP', 0)",
  );
  const delivery = ins("INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, source, created_at) VALUES (?, ?, ?, ?, ?, 5, 0, 'form', 0)");
  const receipt = ins("INSERT INTO stock_receipts (id, owner_site_id, hlc, received_date, can_grams, quantity, lot, expiry_date, created_at) VALUES (?, ?, ?, ?, 800, 40, 'L', '2028-01-01', 0)");
  const mother = ins("INSERT INTO lead_mothers (id, owner_site_id, hlc, first_names, last_names, profile, status, created_at) VALUES (?, ?, ?, 'Rosa', 'Mamani', '{}', 'trained', 0)");
  const group = ins("INSERT INTO support_groups (id, owner_site_id, hlc, name, formed_on, lead_mother_ids, place, periodicity_days, created_at) VALUES (?, ?, ?, 'Grupo', '2025-06-01', ?, 'Local', 15, 0)");
  const member = ins("INSERT INTO group_members (id, owner_site_id, hlc, group_id, first_names, last_names, search_name, member_type, joined_on, created_at) VALUES (?, ?, ?, ?, 'Ana', 'Quispe', 'ana quispe', 'pregnant', '2025-06-01', 0)");
  const session = ins("INSERT INTO group_sessions (id, owner_site_id, hlc, group_id, status, session_date, place, topic, created_at) VALUES (?, ?, ?, ?, 'held', ?, 'Local', 'Tema', 0)");
  const mark = ins('INSERT INTO session_attendance (id, owner_site_id, hlc, session_id, member_id, present, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)');
  const staff = ins("INSERT INTO designated_staff (id, owner_site_id, hlc, full_name, profession, role, designated_on, created_at) VALUES (?, ?, ?, 'Lic.', 'Enfermera', 'designated', '2025-01-01', 0)");
  const registry = ins(
    "INSERT INTO registry_facilities (id, owner_site_id, hlc, import_id, code, name, category, region, network, micro_network, attends_births) VALUES (?, ?, ?, ?, ?, ?, 'I-2', ?, ?, ?, ?)",
  );
  const facilitator = ins("INSERT INTO facilitators (id, owner_site_id, hlc, region, facility_code, full_name, profession, profile, registered_on, created_at) VALUES (?, ?, ?, ?, ?, 'Lic.', 'Obstetra', '{}', '2025-01-01', 0)");
  const training = ins("INSERT INTO facilitator_trainings (id, owner_site_id, hlc, facilitator_id, title, start_date, end_date, hours, created_at) VALUES (?, ?, ?, ?, 'Curso', '2025-02-01', '2025-02-03', 24, 0)");

  const regionOf = (i: number) => `DIRESA ${String(i % REGIONS).padStart(2, '0')}`;
  const networkOf = (i: number) => `Red ${String(i % (REGIONS * 4)).padStart(3, '0')}`;
  const microOf = (i: number) => `Microrred ${String(i % (REGIONS * 16)).padStart(3, '0')}`;
  const codeOf = (i: number) => String(10_000_000 + i);
  db.transaction(() => {
    const importId = uuid();
    db.prepare("INSERT INTO registry_imports (id, owner_site_id, hlc, issuer_name, file_name, list_date, row_count, rejected_count, created_at) VALUES (?, ?, ?, 'MINSA', 'renaes.csv', '2026-01-15', ?, 0, 0)").run(importId, me, stamp(me), sizes.registry);
    for (let i = 0; i < sizes.registry; i += 1) registry.run(uuid(), me, stamp(me), importId, codeOf(i), `Establecimiento ${i}`, regionOf(i), networkOf(i), microOf(i), i % 3 === 2 ? 0 : 1);
    for (let r = 0; r < 100; r += 1) {
      const f = uuid();
      facilitator.run(f, me, stamp(me), regionOf(r), codeOf(r));
      if (r % 5 !== 0) training.run(uuid(), me, stamp(me), f);
    }
    for (let i = 0; i < sizes.facilities; i += 1) {
      const owner = uuid();
      const s = stamp(owner);
      site.run(owner, owner, s, `Establecimiento ${i}`, codeOf(i), regionOf(i), networkOf(i), microOf(i));
      for (let k = 0; k < 30; k += 1) {
        const month = 1 + (k % 12);
        const [c, inf, p] = [idOn(day(month, 1)), idOn(day(month, 1)), idOn(day(month, 5))];
        caregiver.run(c, owner, s, String(40_000_000 + i * 100 + k));
        infant.run(inf, owner, s, c, day(month, 1));
        prescription.run(p, owner, s, inf, day(month, 5));
        for (let d = 0; d < 5; d += 1) delivery.run(idOn(day(Math.min(12, month + d), 10)), owner, s, p, day(Math.min(12, month + d), 10));
      }
      for (let m = 1; m <= 12; m += 1) receipt.run(uuid(), owner, s, day(m, 2));
      staff.run(uuid(), owner, s);
      staff.run(uuid(), owner, s);
      const mothers = Array.from({ length: 6 }, () => uuid());
      for (const id of mothers) mother.run(id, owner, s);
      // A third of the facilities hold no session this year: their groups are not formed.
      if (i % 3 === 1) continue;
      for (let g = 0; g < 3; g += 1) {
        const groupId = uuid();
        group.run(groupId, owner, s, JSON.stringify(mothers.slice(g * 2, g * 2 + 2)));
        const members = Array.from({ length: 8 }, () => uuid());
        for (const id of members) member.run(id, owner, s, groupId);
        for (let m = 1; m <= 12; m += 1) {
          for (const d of [8, 22]) {
            const sessionId = idOn(day(m, d));
            session.run(sessionId, owner, s, groupId, day(m, d));
            members.forEach((memberId, n) => mark.run(idOn(day(m, d)), owner, s, sessionId, memberId, n % 4 === 0 ? 0 : 1));
          }
        }
      }
    }
  })();
  db.exec('ANALYZE');
}
