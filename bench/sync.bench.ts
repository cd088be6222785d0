import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { createMain } from '../src-main/app/create-app';
import { openWithPassword, readKeySlots } from '../src-main/crypto/key-slots';
import { generateDemo } from '../src-main/demo/demo-data';
import { fileSource } from '../src-main/sync/byte-source';
import { exportToParent } from '../src-main/sync/export-service';
import { verifyBundle } from '../src-main/sync/verify-bundle';
import { importManyWithWorker } from '../src-main/sync/import-many';
import { bundlesFromFiles } from '../src-main/sync/parts';
import { useWorkers, workerScript } from '../src-main/workers/worker-scripts';
import { report } from './report';
import { benchEnrol, benchSite } from './sites';

const FACILITIES = 30;


/** A microrred of `facilities` facilities with `scale` years of demo data each; the bundle files and the microrred's folder. */
export async function microrredOf(root: string, migrations: string, scale: number, facilities = FACILITIES): Promise<{ microDir: string; bundles: string[]; rows: number; scans: number }> {
  const microDir = path.join(root, 'microrred');
  const micro = await benchSite(microDir, migrations, 'microNetwork', '00009000');
  const bundles: string[] = [];
  let rows = 0;
  let scans = 0;
  for (let i = 0; i < facilities; i += 1) {
    const facility = await benchSite(path.join(root, `f${i}`), migrations, 'facility', String(10_000_000 + i));
    benchEnrol(facility, micro);
    scans += generateDemo(facility.ctx, { months: 12, scale, seed: `f${i}` }).scans;
    const bundle = exportToParent(facility.ctx);
    rows += Object.values(bundle.counts).reduce((n, c) => n + c, 0);
    const file = path.join(root, bundle.fileName);
    fs.writeFileSync(file, bundle.bytes);
    bundles.push(file);
    facility.close();
    // The facility's own folder (its copy of the scans) is not needed once its bundle is written.
    fs.rmSync(path.join(root, `f${i}`), { recursive: true, force: true });
  }
  micro.close();
  return { microDir, bundles, rows, scans };
}

/** Imports in a child process, which reports its own peak resident memory. */
export function importInChild(microDir: string, bundles: readonly string[]): { ms: number; peakRssMb: number } {
  const run = spawnSync(process.execPath, [process.argv[1] ?? '', '--import-child', microDir, ...bundles], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const match = /IMPORTED (\d+(?:\.\d+)?) ms PEAK (\d+) kB/.exec(run.stdout);
  if (!match) throw new Error(`importación fallida: ${run.stdout}${run.stderr}`);
  return { ms: Number(match[1]), peakRssMb: Number(match[2]) / 1024 };
}

/**
 * The import measured, in the child: as the app imports a pile of bundles (import jobs), each verified in
 * the worker thread while main applies the one before, a slice at a time.
 */
export async function importChild(argv: readonly string[], migrations: string): Promise<void> {
  const [microDir, ...files] = argv;
  useWorkers(path.resolve(__dirname, '..', 'workers'));
  if (!workerScript('verify-bundle')) throw new Error('falta dist/workers/verify-bundle.cjs: npm run bench lo construye');
  const main = createMain({ dataDir: microDir ?? '', migrationsFolder: migrations, appVersion: 'bench', key: benchKey(microDir ?? '') });
  const start = performance.now();
  // Planner statistics are refreshed at the end, as the app does after a batch of bundles.
  const outcome = await importManyWithWorker(main.ctx, bundlesFromFiles(files), { dryRun: false });
  const ms = performance.now() - start;
  main.close();
  const refused = outcome.files.filter((f) => !f.ok);
  if (refused.length > 0) throw new Error(`importación fallida: ${JSON.stringify(refused)}`);
  console.log(`IMPORTED ${ms.toFixed(1)} ms PEAK ${process.resourceUsage().maxRSS} kB`);
}

/** The database key of a bench folder encrypted at its admin's first sign-in; null for a plain one. */
export function benchKey(dataDir: string): Buffer | null {
  const slots = readKeySlots(dataDir);
  return slots ? openWithPassword(slots, 'bench', 'bench-password') : null;
}

/** The floor: the same rows, decoded, inserted with prepared statements in one transaction (no triggers). */
export function rawInsert(
  migrations: string,
  microDirForKeys: string,
  bundles: readonly string[],
  root: string,
  /** A database to insert into (a copy of a large site's file); an empty one when not given. */
  floorFrom?: string,
): { ms: number; ndjson: Buffer[]; attachmentBytes: number; blobSizes: number[][] } {
  const keys = createMain({ dataDir: microDirForKeys, migrationsFolder: migrations, appVersion: 'bench' });
  let attachmentBytes = 0;
  const blobSizes: number[][] = [];
  const decoded = bundles.map((file) => {
    const source = fileSource(file);
    const verified = verifyBundle(keys.ctx, source);
    source.close();
    attachmentBytes += verified.manifest.blobs.reduce((n, b) => n + b.size, 0);
    blobSizes.push(verified.manifest.blobs.map((b) => b.size));
    return verified.tables;
  });
  keys.close();
  const floorDir = path.join(root, 'floor');
  if (floorFrom) {
    fs.mkdirSync(floorDir, { recursive: true });
    fs.copyFileSync(floorFrom, path.join(floorDir, 'lactared.sqlite'));
  } else createMain({ dataDir: floorDir, migrationsFolder: migrations, appVersion: 'bench' }).close();
  const db = new Database(path.join(floorDir, 'lactared.sqlite'));
  for (const trigger of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER ${trigger}`);
  db.pragma('foreign_keys = OFF');
  const ndjson = decoded.map((tables) =>
    Buffer.from(tables.flatMap((t) => t.rows.map((row) => JSON.stringify({ t: t.table, ...Object.fromEntries(t.columns.map((c, i) => [c, row[i]])) }))).join('\n'), 'utf8'),
  );
  const start = performance.now();
  db.transaction(() => {
    for (const tables of decoded) {
      for (const t of tables) {
        const insert = db.prepare(`INSERT OR REPLACE INTO ${t.table} (${t.columns.join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
        for (const row of t.rows) insert.run(...row);
      }
    }
  })();
  const ms = performance.now() - start;
  db.close();
  return { ms, ndjson, attachmentBytes, blobSizes };
}

/**
 * The floor for the attachment files: the same number of files of the same sizes written and fsynced
 * one by one into a folder (their bytes taken from the bundles), as any durable copy must.
 */
export function copyFiles(bundles: readonly string[], sizesOf: readonly (readonly number[])[], root: string): number {
  const dir = fs.mkdtempSync(path.join(root, 'copy-'));
  const start = performance.now();
  bundles.forEach((file, b) => {
    const source = fileSource(file);
    let at = 0;
    for (const [i, size] of (sizesOf[b] ?? []).entries()) {
      const bytes = source.read(at % Math.max(1, source.size - size), size);
      at += size;
      const fd = fs.openSync(path.join(dir, `${b}-${i}`), 'w');
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    source.close();
  });
  const ms = performance.now() - start;
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

/** A microrred of 30 facilities with a year of data: import throughput, bundle size, peak memory at 1× and 4×. */
export async function benchSync(migrations: string): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-sync-'));
  try {
    const one = await microrredOf(path.join(root, '1x'), migrations, 1);
    const imported = importInChild(one.microDir, one.bundles);
    const floor = rawInsert(migrations, one.microDir, one.bundles, path.join(root, '1x'));
    report('import.rows', one.rows, 'rows');
    report('import.attachments', one.scans, 'files');
    report('import.attachment_mb', floor.attachmentBytes / 1024 / 1024, 'MB');
    report('import.rows_per_s', one.rows / (imported.ms / 1000), 'rows/s', { name: 'raw_insert', value: one.rows / (floor.ms / 1000), unit: 'rows/s' });
    // The same import against a floor that also writes the scans: raw inserts plus a durable file copy.
    const copyMs = copyFiles(one.bundles, floor.blobSizes, path.join(root, '1x'));
    report('import.seconds', imported.ms / 1000, 's', { name: 'raw_insert_and_file_copy', value: (floor.ms + copyMs) / 1000, unit: 's' });
    // Without attachments: the scans travel as they are, so the bundles' size less their bytes.
    const bundleBytes = one.bundles.reduce((n, file) => n + fs.statSync(file).size, 0) - floor.attachmentBytes;
    const brotli = floor.ndjson.reduce(
      (n, text) => n + zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length } }).length,
      0,
    );
    report('bundle.bytes', bundleBytes, 'bytes', { name: 'brotli11_ndjson', value: brotli, unit: 'bytes' });
    report('import.peak_rss_mb_1x', imported.peakRssMb, 'MB');
    fs.rmSync(path.join(root, '1x'), { recursive: true, force: true });
    const four = await microrredOf(path.join(root, '4x'), migrations, 4);
    report('import.peak_rss_mb_4x', importInChild(four.microDir, four.bundles).peakRssMb, 'MB', { name: 'peak_rss_1x', value: imported.peakRssMb, unit: 'MB' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
