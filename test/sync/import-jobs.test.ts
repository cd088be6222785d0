import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { exportToParent } from '../../src-main/sync/export-service';
import { importJobFinished, importJobState } from '../../src-main/sync/import-jobs';
import { importManySteps } from '../../src-main/sync/import-many';
import { bundlesFromUploads } from '../../src-main/sync/parts';
import { Wait } from '../../src-main/sync/steps';
import type { ImportProgress } from '../../src-shared/sync/types';
import { addUser, ADMIN_PASSWORD, countRows, type TestApp } from '../helpers/test-app';
import { followJob } from '../helpers/jobs';
import { enrol, liveCount, siteIdOf, siteOf } from './sync-helpers';

/** A microrred, signed in as its coordinator, and two facilities enrolled in it with some months of data. */
async function microrredWithTwo() {
  const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
  const facilities = [await siteOf('facility', '00001111', 'Puesto Uno'), await siteOf('facility', '00002222', 'Puesto Dos')];
  for (const [n, facility] of facilities.entries()) {
    enrol(facility, micro);
    generateDemo(facility.main.ctx, { months: 2, scale: 0.3, seed: `jobs-${n}` });
  }
  await addUser(micro, 'coord', 'coordinator', 'clave-de-prueba');
  await micro.ok('session.logout', {});
  await micro.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
  const [uno, dos] = facilities.map((facility) => exportToParent(facility.main.ctx).bytes.toString('base64'));
  const files = [
    { fileName: 'uno.lactared', dataBase64: uno ?? '' },
    { fileName: 'basura.lactared', dataBase64: Buffer.from('no es un paquete').toString('base64') },
    { fileName: 'dos.lactared', dataBase64: dos ?? '' },
  ];
  return { micro, facilities, files };
}

/** Without a worker thread nothing is waited for: every step is progress. */
function progressOf(value: ImportProgress | Wait): ImportProgress {
  if (value instanceof Wait) throw new Error('sin hilo de verificación no se espera nada');
  return value;
}

const follow = (app: TestApp, jobId: string) => followJob(() => app.ok('sync.importProgress', { jobId }));

describe('bundles imported in steps (issue 19)', () => {
  it('pause before each bundle, while it is verified and once it is verified, before its transaction: the same outcome as all at once', async () => {
    const { micro, files } = await microrredWithTwo();
    const steps = importManySteps(micro.main.ctx, bundlesFromUploads(files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') }))), { dryRun: false });
    const progress: ImportProgress[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      progress.push(progressOf(step.value));
      // Between steps nothing is half-applied: no transaction is open.
      expect(micro.main.ctx.sqlite.inTransaction).toBe(false);
    }
    // Verifying pauses too (after each megabyte, few thousand rows and scan): many steps per bundle.
    const verifying = progress.filter((p) => p.current === 'uno.lactared' && !p.verified);
    expect(verifying.length).toBeGreaterThan(3);
    const changes = progress.filter((p, n) => n === 0 || JSON.stringify(p) !== JSON.stringify(progress[n - 1]));
    expect(changes).toEqual([
      { bundlesDone: 0, bundlesTotal: 3, current: 'uno.lactared', verified: false },
      { bundlesDone: 0, bundlesTotal: 3, current: 'uno.lactared', verified: true },
      // The damaged file is refused while being verified: it never reaches its second step.
      { bundlesDone: 1, bundlesTotal: 3, current: 'basura.lactared', verified: false },
      { bundlesDone: 2, bundlesTotal: 3, current: 'dos.lactared', verified: false },
      { bundlesDone: 2, bundlesTotal: 3, current: 'dos.lactared', verified: true },
    ]);
    expect(step.value.files.map((f) => f.ok)).toEqual([true, false, true]);
    expect(step.value.summary.deliveries?.new).toBeGreaterThan(0);
  });

  it('stop before the next bundle once the user who started has signed out: the rest are listed, not imported', async () => {
    const { micro, files } = await microrredWithTwo();
    let signedIn = true;
    const steps = importManySteps(micro.main.ctx, bundlesFromUploads(files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') }))), { dryRun: false, stillWanted: () => signedIn });
    let step = steps.next();
    for (; !step.done; step = steps.next()) if (progressOf(step.value).bundlesDone === 0 && progressOf(step.value).verified) signedIn = false;
    expect(step.value.files.map((f) => [f.fileName, f.ok, f.error])).toEqual([
      ['uno.lactared', true, undefined],
      ['basura.lactared', false, 'STOPPED'],
      ['dos.lactared', false, 'STOPPED'],
    ]);
    expect(step.value.files[2]?.message).toBe('Sin importar: se cerró la sesión de quien empezó la importación. Elija este paquete de nuevo.');
    expect(countRows(micro, 'sync_imports')).toBe(1);
  });

  it('in the app: a check that applies nothing, then the import, followed by the page up to the outcome', async () => {
    const { micro, facilities, files } = await microrredWithTwo();
    const [uno, dos] = facilities.map((f) => siteIdOf(f));
    const check = await micro.ok('sync.importBundles', { files, dryRun: true });
    expect(check.progress).toEqual({ bundlesDone: 0, bundlesTotal: 3, current: 'uno.lactared', verified: false });
    const checked = (await follow(micro, check.jobId)).at(-1);
    expect(checked).toMatchObject({ status: 'done', dryRun: true });
    expect(liveCount(micro, 'deliveries', uno)).toBe(0);

    const started = await micro.ok('sync.importBundles', { files, dryRun: false });
    // One import at a time: a second one is refused while the first runs.
    const second = await micro.invoke('sync.importBundles', { files, dryRun: false });
    expect(second.ok ? null : [second.error.code, second.error.message]).toEqual(['CONFLICT', 'Ya se están comprobando o importando paquetes. Espere a que termine.']);
    const states = await follow(micro, started.jobId);
    const done = states.at(-1);
    expect(done?.status).toBe('done');
    if (done?.status !== 'done' || checked?.status !== 'done') return;
    expect(done.dryRun).toBe(false);
    expect(done.outcome.files.map((f) => [f.fileName, f.ok])).toEqual([['uno.lactared', true], ['basura.lactared', false], ['dos.lactared', true]]);
    // The check said what the import did.
    expect(done.outcome.summary).toEqual(checked.outcome.summary);
    for (const [n, facility] of facilities.entries()) expect(liveCount(micro, 'deliveries', [uno, dos][n])).toBe(liveCount(facility, 'deliveries'));
    const running = states.flatMap((s) => (s.status === 'running' ? [s.progress.bundlesDone] : []));
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(countRows(micro, 'sync_imports')).toBe(2);
  });

  it('is followed only by the user who started it', async () => {
    const { micro, files } = await microrredWithTwo();
    const started = await micro.ok('sync.importBundles', { files, dryRun: false });
    await micro.ok('session.logout', {});
    await micro.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    const seen = importJobState(micro.main.ctx, started.jobId);
    expect(seen.status === 'failed' ? seen.message : seen.status).toContain('ya no está a la vista');
    await micro.ok('session.logout', {});
    await micro.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    expect(await importJobFinished(micro.main.ctx, started.jobId)).toMatchObject({ status: 'done' });
  });
});
