import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMain } from '../src-main/app/create-app';
import { listRecords } from '../src-main/formula/lists-service';
import { consolidated } from '../src-main/sync/consolidated-service';
import { listQuerySchema } from '../src-shared/formula/lists';
import { report } from './report';
import { importInChild, microrredOf } from './sync.bench';

/** `npm run bench -- scale` runs 10 and 30 facilities; LACTARED_SCALE=10,30,100,300 runs the whole table. */
const SIZES = (process.env.LACTARED_SCALE ?? '10,30')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

const median = (work: () => unknown) => {
  const times: number[] = [];
  for (let n = 0; n < 5; n += 1) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
};

/**
 * Issue 19's table: a year of demo data per facility imported into one coordination site, for each size —
 * import time and peak memory (in a child process), the consolidated view, the caregivers list's first
 * page and the deliveries of a month. Each line is `scale.<figure>_<N>`, so growth reads across sizes.
 */
export async function benchScale(migrations: string): Promise<void> {
  for (const n of SIZES) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `lactared-bench-scale-${n}-`));
    try {
      const site = await microrredOf(root, migrations, 1, n);
      const imported = importInChild(site.microDir, site.bundles);
      report(`scale.import_s_${n}`, imported.ms / 1000, 's');
      report(`scale.import_rows_${n}`, site.rows, 'rows');
      report(`scale.import_peak_rss_mb_${n}`, imported.peakRssMb, 'MB');
      const main = createMain({ dataDir: site.microDir, migrationsFolder: migrations, appVersion: 'bench' });
      report(`scale.consolidated_ms_${n}`, median(() => consolidated(main.ctx, { kind: 'year', year: new Date().getFullYear() })), 'ms');
      report(`scale.caregivers_page_ms_${n}`, median(() => listRecords(main.ctx, listQuerySchema.parse({ kind: 'caregivers' }))), 'ms');
      const month = new Date().toISOString().slice(0, 7);
      report(`scale.month_deliveries_ms_${n}`, median(() => listRecords(main.ctx, listQuerySchema.parse({ kind: 'deliveries', from: `${month}-01`, to: `${month}-28` }))), 'ms');
      main.close();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
}
