import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldForSearch } from '../src-shared/common/text';
import { generateDemo } from '../src-main/demo/demo-data';
import { searchCaregivers } from '../src-main/formula/caregivers-service';
import { exportToParent } from '../src-main/sync/export-service';
import { importBundle } from '../src-main/sync/import-service';
import { report } from './report';
import { benchEnrol, benchSite } from './sites';

const FACILITIES = 10;
const NAMES = ['María', 'José', 'Ana', 'Luis', 'Rosa', 'Juan', 'Carmen', 'Pedro', 'Quispe', 'Mamani', 'Huamán', 'Condori', 'Flores', 'Rojas'];


/** Ten facilities' year of demo data imported into a microrred: seconds, for a plain or an encrypted one. */
async function importSeconds(root: string, migrations: string, key: Buffer | null): Promise<number> {
  const micro = await benchSite(path.join(root, 'micro'), migrations, 'microNetwork', '00009000', key);
  const bundles: Buffer[] = [];
  for (let i = 0; i < FACILITIES; i += 1) {
    const facility = await benchSite(path.join(root, `f${i}`), migrations, 'facility', String(10_000_000 + i), null);
    benchEnrol(facility, micro);
    generateDemo(facility.ctx, { months: 12, scale: 1, seed: `cifrado-${i}` });
    bundles.push(exportToParent(facility.ctx).bytes);
    facility.close();
  }
  const start = process.hrtime.bigint();
  for (const bundle of bundles) importBundle(micro.ctx, bundle);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  micro.close();
  return seconds;
}

/** Caregiver name search p95 over 100,000 caregivers, plain or encrypted. */
async function searchP95(root: string, migrations: string, key: Buffer | null): Promise<number> {
  const main = await benchSite(path.join(root, 'search'), migrations, 'facility', '00012345', key);
  const siteId = main.ctx.sqlite.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
  const insert = main.ctx.sqlite.prepare(
    `INSERT INTO caregivers (id, owner_site_id, hlc, deleted, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, '0000000000000-000000-x', 0, ?, ?, ?, ?, 0, 0)`,
  );
  main.ctx.sqlite.transaction(() => {
    for (let i = 0; i < 100_000; i += 1) {
      const first = `${NAMES[i % 8]} ${NAMES[(i * 7) % 8]}`;
      const last = `${NAMES[8 + (i % 6)]} ${NAMES[8 + ((i * 5) % 6)]}`;
      insert.run(crypto.randomUUID(), siteId, String(10_000_000 + i), first, last, foldForSearch(`${first} ${last}`));
    }
  })();
  main.ctx.sqlite.exec('ANALYZE');
  const times: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const query = `${(NAMES[i % 8] ?? '').slice(0, 4)} ${(NAMES[8 + (i % 6)] ?? '').slice(0, 5)}`;
    const start = process.hrtime.bigint();
    searchCaregivers(main.ctx, query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  main.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(0.95 * times.length)] ?? 0;
}

/**
 * BENCH db.*: the import and search benches on an encrypted database, beside the same on a plain one
 * (goal ≤ 1.15). A warm-up run first, then two alternating rounds; the best of each counts (JIT and disk
 * cache otherwise favour whichever runs second).
 */
export async function benchEncryption(migrations: string): Promise<void> {
  const best: Record<string, number> = {};
  const keep = (figure: string, value: number) => {
    best[figure] = Math.min(best[figure] ?? Number.POSITIVE_INFINITY, value);
  };
  const configurations = [['warmup', null], ['encrypted', crypto.randomBytes(32)], ['plain', null], ['plain', null], ['encrypted', crypto.randomBytes(32)]] as const;
  for (const [name, key] of configurations) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `lactared-bench-db-${name}-`));
    try {
      const imported = await importSeconds(root, migrations, key);
      const searched = await searchP95(root, migrations, key);
      if (name === 'warmup') continue;
      keep(`import_${name}`, imported);
      keep(`search_${name}`, searched);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  report('db.encrypted_import_s', best.import_encrypted ?? 0, 's', { name: 'plain_import', value: best.import_plain ?? 0, unit: 's' });
  report('db.encrypted_search_p95_ms', best.search_encrypted ?? 0, 'ms', { name: 'plain_search', value: best.search_plain ?? 0, unit: 'ms' });
}
