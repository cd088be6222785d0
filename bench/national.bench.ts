import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMain } from '../src-main/app/create-app';
import { DATABASE_FILE } from '../src-main/db/open';
import { fillYear } from './consolidated.bench';
import { median, report } from './report';
import { copyFiles, importInChild, microrredOf, rawInsert } from './sync.bench';

/** How many facilities' bundles (a year of demo data each, scans included) are imported at each size. */
const BUNDLES = Number(process.env.LACTARED_NATIONAL_BUNDLES ?? 10);
/** Alternating rounds of the import and its floor at each size; the medians are reported. */
const ROUNDS = Number(process.env.LACTARED_NATIONAL_ROUNDS ?? 3);
/** The sizes the receiving site already holds (facilities, a year each). */
const SIZES = (process.env.LACTARED_NATIONAL ?? '500,2000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

/**
 * Issue 19: importing into a site that already holds `N` facilities (a year each, written as an import
 * leaves them): whether an import slows down or takes more memory as the country fills up. The same
 * `BUNDLES` real bundles are imported at every size, in a child process that reports its peak memory;
 * the baseline is the same rows inserted raw into a copy of the same large file, plus a durable copy of
 * the same files.
 */
export async function benchNational(migrations: string): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-national-import-'));
  try {
    const site = await microrredOf(path.join(root, 'bundles'), migrations, 1, BUNDLES);
    report('national.import_bundle_rows', site.rows, 'rows');
    const rss: number[] = [];
    for (const n of SIZES) {
      const dir = path.join(root, `n${n}`);
      fs.cpSync(site.microDir, dir, { recursive: true });
      const main = createMain({ dataDir: dir, migrationsFolder: migrations, appVersion: 'bench' });
      fillYear(main.ctx.sqlite, { facilities: n, registry: n * 4 });
      // A site holding a year of N facilities has scans in every folder of its store (00–ff): the import
      // measured is a day's, not the first one into an empty store (which makes the folders once).
      for (let folder = 0; folder < 256; folder += 1) fs.mkdirSync(path.join(dir, 'attachments', folder.toString(16).padStart(2, '0')), { recursive: true });
      main.close();
      const floorFile = path.join(root, `floor-${n}.sqlite`);
      fs.copyFileSync(path.join(dir, DATABASE_FILE), floorFile);
      // The disk's fsync time swings from run to run (the floor's copy 0.4–1.4 s): rounds alternate the
      // import and its floor, each into a fresh copy of the same site, and the medians are reported.
      const rounds: { importMs: number; peakRssMb: number; insertMs: number; floorMs: number }[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const into = path.join(root, `n${n}-${round}`);
        fs.cpSync(dir, into, { recursive: true });
        const imported = importInChild(into, site.bundles);
        fs.rmSync(into, { recursive: true, force: true });
        const raw = path.join(root, `raw-${n}-${round}`);
        const floor = rawInsert(migrations, site.microDir, site.bundles, raw, floorFile);
        const copyMs = copyFiles(site.bundles, floor.blobSizes, root);
        fs.rmSync(raw, { recursive: true, force: true });
        rounds.push({ importMs: imported.ms, peakRssMb: imported.peakRssMb, insertMs: floor.ms, floorMs: floor.ms + copyMs });
      }
      const importMs = median(rounds.map((r) => r.importMs));
      const insertMs = median(rounds.map((r) => r.insertMs));
      const peakRssMb = Math.max(...rounds.map((r) => r.peakRssMb));
      report(`national.import_s_${n}`, importMs / 1000, 's', { name: 'raw_insert_and_file_copy', value: median(rounds.map((r) => r.floorMs)) / 1000, unit: 's' });
      report(`national.import_rows_per_s_${n}`, site.rows / (importMs / 1000), 'rows/s', { name: 'raw_insert', value: site.rows / (insertMs / 1000), unit: 'rows/s' });
      report(`national.import_peak_rss_mb_${n}`, peakRssMb, 'MB');
      rss.push(peakRssMb);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(floorFile, { force: true });
    }
    const [first, last] = [rss[0] ?? 0, rss.at(-1) ?? 0];
    report('national.import_peak_rss_mb', last, 'MB', { name: `peak_rss_at_${SIZES[0] ?? 0}`, value: first, unit: 'MB' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
