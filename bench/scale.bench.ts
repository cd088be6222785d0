import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMain } from '../src-main/app/create-app';
import { BACKUPS } from '../src-main/backup/backup-store';
import { listRecords } from '../src-main/formula/lists-service';
import { consolidated } from '../src-main/sync/consolidated-service';
import { listQuerySchema } from '../src-shared/formula/lists';
import { medianMs, report } from './report';
import { benchKey, importInChild, microrredOf } from './sync.bench';
import { buildServer, encryptFolder, launch } from './app.bench';
import { chromium, type Browser } from '@playwright/test';

/** `npm run bench -- scale` runs 10 and 30 facilities; LACTARED_SCALE=10,30,100,300 runs the whole table. */
const SIZES = (process.env.LACTARED_SCALE ?? '10,30')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);


/**
 * Issue 19's table: a year of demo data per facility imported into one coordination site, for each size —
 * import time and peak memory (in a child process), browser mode's start to the sign-in screen and from
 * «Ingresar» to the home page (the first start after the import), the consolidated view (beside plain
 * GROUP BYs), the caregivers list's first page, the deliveries of a month and the open prescriptions.
 * Each line is `scale.<figure>_<N>`, so growth reads across sizes.
 */
export async function benchScale(migrations: string): Promise<void> {
  buildServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const n of SIZES) await scaleRow(migrations, browser, n);
  } finally {
    await browser.close();
  }
}

/** One row of the table: a coordination site (encrypted, as the app makes it) importing `n` facilities' year. */
async function scaleRow(migrations: string, browser: Browser, n: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `lactared-bench-scale-${n}-`));
  try {
    const site = await microrredOf(root, migrations, 1, n);
    await encryptFolder(site.microDir, migrations);
    const imported = importInChild(site.microDir, site.bundles);
    report(`scale.import_s_${n}`, imported.ms / 1000, 's');
    report(`scale.import_rows_${n}`, site.rows, 'rows');
    report(`scale.import_peak_rss_mb_${n}`, imported.peakRssMb, 'MB');
    // Browser mode on that folder, from launch to the sign-in screen and from «Ingresar» to the home page:
    // the first start after the import; a day's first start (no backup yet: the day's copy is due, taken
    // after the home page); the start whose weekly full check is due (its date removed).
    const first = await launch(browser, site.microDir);
    report(`scale.start_ms_${n}`, first.signInShownMs, 'ms');
    report(`scale.sign_in_ms_${n}`, first.homeShownMs, 'ms');
    const backups = path.join(site.microDir, BACKUPS);
    // The browser-mode server just stopped may still be finishing the day's copy in its last moment: a
    // folder can gain a file while it is removed, so the removal tries again (Node's own retries).
    const removeAll = (folder: string) => fs.rmSync(folder, { recursive: true, force: true, maxRetries: 10 });
    for (const entry of fs.readdirSync(backups, { withFileTypes: true })) if (entry.isDirectory()) removeAll(path.join(backups, entry.name));
    const backupDue = await launch(browser, site.microDir);
    report(`scale.start_backup_due_ms_${n}`, backupDue.signInShownMs, 'ms');
    report(`scale.sign_in_backup_due_ms_${n}`, backupDue.homeShownMs, 'ms');
    removeAll(backups);
    const fullCheckDue = await launch(browser, site.microDir);
    report(`scale.sign_in_full_check_ms_${n}`, fullCheckDue.homeShownMs, 'ms');
    const main = createMain({ dataDir: site.microDir, migrationsFolder: migrations, appVersion: 'bench', key: benchKey(site.microDir) });
    const plain = [
      'SELECT owner_site_id, COUNT(*), SUM(cans_800) FROM deliveries GROUP BY owner_site_id',
      'SELECT owner_site_id, COUNT(*) FROM group_sessions GROUP BY owner_site_id',
      'SELECT owner_site_id, SUM(present), COUNT(*) FROM session_attendance GROUP BY owner_site_id',
    ].map((sql) => main.ctx.sqlite.prepare(sql));
    const groupBy = medianMs(() => plain.forEach((statement) => statement.all()));
    report(`scale.consolidated_ms_${n}`, medianMs(() => consolidated(main.ctx, { kind: 'year', year: new Date().getFullYear() })), 'ms', { name: 'plain_group_by', value: groupBy, unit: 'ms' });
    report(`scale.caregivers_page_ms_${n}`, medianMs(() => listRecords(main.ctx, listQuerySchema.parse({ kind: 'caregivers' }))), 'ms');
    const month = new Date().toISOString().slice(0, 7);
    report(`scale.month_deliveries_ms_${n}`, medianMs(() => listRecords(main.ctx, listQuerySchema.parse({ kind: 'deliveries', from: `${month}-01`, to: `${month}-28` }))), 'ms');
    report(`scale.open_prescriptions_ms_${n}`, medianMs(() => listRecords(main.ctx, listQuerySchema.parse({ kind: 'prescriptions' }))), 'ms');
    main.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
