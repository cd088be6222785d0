import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src-shared/sync/ids';
import { formulaProgram } from '../../src-main/levels/formula-program-service';
import { closeReadWorker, readOffMain } from '../../src-main/reads/read-client';
import { consolidated } from '../../src-main/sync/consolidated-service';
import { putFacility, putRow } from '../helpers/rows';
import { tempDir, type TestApp } from '../helpers/test-app';
import { withWorkers } from '../helpers/workers';
import { useWorkers } from '../../src-main/workers/worker-scripts';
import { siteOf } from '../sync/sync-helpers';

beforeAll(() => withWorkers());

/** A national site holding one facility's prescription (no delivery yet). */
async function nationalWithPrescription() {
  const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
  n.main.ctx.sqlite.pragma('foreign_keys = OFF');
  const cusco = putFacility(n, '00001111', 'DIRESA Cusco');
  const prescription = putRow(n, 'prescriptions', { owner_site_id: cusco, infant_id: newId(1), prescription_date: '2026-01-10', reason_code: 'hiv' });
  n.main.ctx.sqlite.pragma('foreign_keys = ON');
  return { n, cusco, prescription };
}

/** The year's cans of 800 g as main and as a read off main count them while main writes a delivery of 3 it has not committed. */
async function whileMainWritesDelivery(n: TestApp, cusco: string, prescription: string): Promise<{ byMain: number; offMain: number }> {
  n.main.ctx.sqlite.exec('BEGIN');
  try {
    putRow(n, 'deliveries', { owner_site_id: cusco, prescription_id: prescription, delivery_date: '2026-02-10', cans_800: 3, cans_1kg: 0 });
    return { byMain: formulaProgram(n.main.ctx, 2026).total.year.cans800, offMain: (await readOffMain(n.main.ctx, 'formulaProgram', 2026)).total.year.cans800 };
  } finally {
    n.main.ctx.sqlite.exec('ROLLBACK');
  }
}

describe("a coordination site's long reads, in a worker thread (issue 19)", () => {
  it('answer as main would, from a connection of their own: what main has not committed is not there', async () => {
    const { n, cusco, prescription } = await nationalWithPrescription();
    putRow(n, 'deliveries', { owner_site_id: cusco, prescription_id: prescription, delivery_date: '2026-01-10', cans_800: 2, cans_1kg: 0 });
    const year = { kind: 'year', year: 2026 } as const;
    expect(await readOffMain(n.main.ctx, 'formulaProgram', 2026)).toEqual(formulaProgram(n.main.ctx, 2026));
    expect(await readOffMain(n.main.ctx, 'consolidated', year)).toEqual(consolidated(n.main.ctx, year));
    // A delivery main is still writing: main's own read sees it, the worker's read does not.
    const seen = await whileMainWritesDelivery(n, cusco, prescription);
    expect(seen.byMain).toBe(5);
    expect(seen.offMain).toBe(2);
  });

  it('start again after the data folder closed its worker', async () => {
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    const first = await readOffMain(n.main.ctx, 'formulaProgram', 2026);
    closeReadWorker(n.main.ctx);
    expect(await readOffMain(n.main.ctx, 'formulaProgram', 2026)).toEqual(first);
  });

  it('a worker closed before it answered (the folder closing, say) loses no read, and the next read has a worker again', async () => {
    const { n, cusco, prescription } = await nationalWithPrescription();
    const pending = readOffMain(n.main.ctx, 'formulaProgram', 2026);
    closeReadWorker(n.main.ctx);
    expect(await pending).toEqual(formulaProgram(n.main.ctx, 2026));
    // Off main again: a delivery main has not committed is not in the answer.
    const seen = await whileMainWritesDelivery(n, cusco, prescription);
    expect(seen.byMain).toBe(3);
    expect(seen.offMain).toBe(0);
  });

  it('a worker that cannot run here (a damaged install) loses no read: it is made on main, and not tried again', async () => {
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    const expected = formulaProgram(n.main.ctx, 2026);
    const damaged = tempDir();
    fs.writeFileSync(path.join(damaged, 'reads.cjs'), "throw new Error('instalación dañada');\n");
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useWorkers(damaged);
    try {
      expect(await readOffMain(n.main.ctx, 'formulaProgram', 2026)).toEqual(expected);
      expect(await readOffMain(n.main.ctx, 'formulaProgram', 2026)).toEqual(expected);
    } finally {
      withWorkers();
    }
    // Reported once, by the one worker that was started.
    expect(errors.mock.calls.filter(([text]) => String(text).includes('el hilo de lecturas falló'))).toHaveLength(1);
    errors.mockRestore();
  });
});
