import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldForSearch } from '../src-shared/common/text';
import { createMain } from '../src-main/app/create-app';
import { searchCaregivers } from '../src-main/formula/caregivers-service';
import { exportRecords, listRecords } from '../src-main/formula/lists-service';
import { listQuerySchema } from '../src-shared/formula/lists';
import { report } from './report';

const FIRST = ['María', 'José', 'Ana', 'Luis', 'Rosa', 'Juan', 'Carmen', 'Pedro', 'Lucía', 'Jorge', 'Elena', 'Víctor', 'Nélida', 'Óscar', 'Ángela'];
const LAST = ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Flores', 'Rojas', 'Gómez', 'Pérez', 'Núñez', 'Chávez', 'Ramírez', 'Torres', 'Sánchez', 'Vargas', 'Ccahuana'];

function pick<T>(items: readonly T[]): T {
  return items[crypto.randomInt(items.length)] as T;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeQueries(queries: readonly string[], run: (query: string) => unknown): { p50: number; p95: number } {
  const times: number[] = [];
  for (const query of queries) {
    const start = process.hrtime.bigint();
    run(query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Caregiver search over 100,000 caregivers: the handler's service beside a plain indexed SELECT. */
export async function benchSearch(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-search-'));
  try {
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench' });
    const setup = await main.invoke('setup.complete', {
      site: { kind: 'facility', country: 'PE', name: 'Banco', code: '00012345', region: 'R', network: 'N', microNetwork: 'M', attendsBirths: false },
      admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
    });
    if (!setup.ok) throw new Error('setup');
    const siteId = (main.ctx.sqlite.prepare("SELECT json_extract(value, '$') AS id FROM local_settings WHERE key = 'site.id'").get() as { id: string }).id;
    const insert = main.ctx.sqlite.prepare(
      `INSERT INTO caregivers (id, owner_site_id, hlc, deleted, national_id, first_names, last_names, search_name, coverage_checked_at, created_at)
       VALUES (?, ?, '0000000000000-000000-x', 0, ?, ?, ?, ?, 0, 0)`,
    );
    const ids = new Set<string>();
    main.ctx.sqlite.transaction(() => {
      while (ids.size < 100_000) {
        const nationalId = String(10_000_000 + crypto.randomInt(89_999_999));
        if (ids.has(nationalId)) continue;
        ids.add(nationalId);
        const first = `${pick(FIRST)} ${pick(FIRST)}`;
        const last = `${pick(LAST)} ${pick(LAST)}`;
        insert.run(crypto.randomUUID(), siteId, nationalId, first, last, foldForSearch(`${first} ${last}`));
      }
    })();
    main.ctx.sqlite.exec('ANALYZE');

    const all = [...ids];
    const dniQueries = Array.from({ length: 300 }, () => pick(all).slice(0, 5));
    const nameQueries = Array.from({ length: 300 }, () => `${pick(FIRST).slice(0, 4)} ${pick(LAST).slice(0, 5)}`);

    const indexed = main.ctx.sqlite.prepare('SELECT * FROM caregivers WHERE national_id >= ? AND national_id < ? LIMIT 50');
    const floor = timeQueries(dniQueries, (q) => indexed.all(q, `${q}\u{10FFFF}`));
    const dni = timeQueries(dniQueries, (q) => searchCaregivers(main.ctx, q));
    const name = timeQueries(nameQueries, (q) => searchCaregivers(main.ctx, q));
    const baseline = { name: 'indexed_select', value: floor.p95, unit: 'ms' };
    report('search.dni_p50_ms', dni.p50, 'ms');
    report('search.dni_p95_ms', dni.p95, 'ms', baseline);
    report('search.name_p50_ms', name.p50, 'ms');
    report('search.name_p95_ms', name.p95, 'ms', baseline);

    // Lists read every caregiver (sorted) and filter in JS: the floor is reading them all in SQL.
    const scan = main.ctx.sqlite.prepare('SELECT * FROM caregivers WHERE deleted = 0 ORDER BY last_names, first_names');
    const scanTime = timeQueries(['', '', ''], () => scan.all());
    const filteredList = timeQueries(['quis mam', 'ana flor', '4123'], (text) => listRecords(main.ctx, listQuerySchema.parse({ kind: 'caregivers', text })));
    const exportTime = timeQueries(['', ''], () => exportRecords(main.ctx, listQuerySchema.parse({ kind: 'caregivers' })));
    const scanBaseline = { name: 'full_select', value: scanTime.p50, unit: 'ms' };
    report('lists.caregivers_filtered_ms', filteredList.p50, 'ms', scanBaseline);
    report('lists.caregivers_export_100k_ms', exportTime.p50, 'ms', scanBaseline);
    main.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
