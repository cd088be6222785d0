import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dhis2ExportOf, dhis2Payload } from '../src-main/dhis2/dhis2-service';
import { importMapping } from '../src-main/dhis2/mapping-service';
import { formulaProgram } from '../src-main/levels/formula-program-service';
import { consolidated } from '../src-main/sync/consolidated-service';
import { DHIS2_FIGURES } from '../src-shared/dhis2/figures';
import { nationalSite } from './consolidated.bench';
import { medianMs, report } from './report';

/** A DHIS2 identifier for the n-th thing of a kind (11 characters, a letter first). */
const uid = (prefix: string, n: number) => `${prefix}${String(n).padStart(11 - prefix.length, '0')}`;

/**
 * Issue 20: a year's dataValueSets at the national site of 2,000 facilities (the consolidated bench's
 * data), every figure and org unit mapped; beside computing the same figures without building a payload.
 */
export async function benchDhis2(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-dhis2-'));
  try {
    const main = await nationalSite(dataDir, migrationsFolder);
    const db = main.ctx.sqlite;
    const regions = db.prepare('SELECT DISTINCT region FROM registry_facilities').pluck().all() as string[];
    const codes = db.prepare("SELECT code FROM sites WHERE kind = 'facility'").pluck().all() as string[];
    const lines = [
      'tipo;clave;uid;categoryOptionCombo',
      ...Object.keys(DHIS2_FIGURES).map((key, i) => `elemento;${key};${uid('De', i)};`),
      'unidad;pais;OuCountry01;',
      ...regions.map((r, i) => `unidad;${r};${uid('Or', i)};`),
      ...codes.map((c, i) => `unidad;${c};${uid('Of', i)};`),
    ];
    const summary = importMapping(main.ctx, { fileName: 'mapeo.csv', dataBase64: Buffer.from(lines.join('\n')).toString('base64') });
    if (summary.importId === null) throw new Error(JSON.stringify(summary.problems.slice(0, 3)));
    const figures = medianMs(() => {
      consolidated(main.ctx, { kind: 'year', year: 2026 });
      formulaProgram(main.ctx, 2026);
    });
    let values = 0;
    const ms = medianMs(() => {
      values = dhis2ExportOf(main.ctx, dhis2Payload(main.ctx, '2026'), '2026', 'json').valueCount;
    });
    report('dhis2.export_ms', ms, 'ms', { name: 'figures_only', value: figures, unit: 'ms' });
    report('dhis2.export_values', values, 'values');
    main.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
