import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { exportJobFinished, exportedFileAt } from '../../src-main/sync/export-jobs';
import { fileSource } from '../../src-main/sync/byte-source';
import { importBundle } from '../../src-main/sync/import-service';
import { exportToParentFile } from '../../src-main/sync/export-service';
import type { ExportProgress } from '../../src-shared/sync/types';
import { addUser, ADMIN_PASSWORD, type TestApp } from '../helpers/test-app';
import { followJob } from '../helpers/jobs';
import { enrol, liveCount, siteOf } from './sync-helpers';

async function facilityWithScans() {
  const facility = await siteOf('facility', '00001111', 'Puesto Uno');
  const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
  enrol(facility, micro);
  const scans = generateDemo(facility.main.ctx, { months: 4, scale: 0.5, seed: 'jobs' }).scans;
  return { facility, micro, scans };
}

const follow = (app: TestApp, jobId: string) => followJob(() => app.ok('sync.exportProgress', { jobId }));

describe('a bundle written in steps (issue 19)', () => {
  it('is written one scan at a time, each step counting records then files up to totals known from the start', async () => {
    const { facility, scans } = await facilityWithScans();
    expect(scans).toBeGreaterThan(3);
    const blobs = facility.main.ctx.blobs;
    const read = blobs.read.bind(blobs);
    const events: string[] = [];
    blobs.read = (hash: string) => {
      events.push('read');
      return read(hash);
    };
    const folder = path.join(facility.main.ctx.dataDir, 'usb');
    fs.mkdirSync(folder);
    const progress: ExportProgress[] = [];
    const written = exportToParentFile(facility.main.ctx, folder, (step) => {
      progress.push(step);
      events.push(`files ${step.filesDone}`);
    });
    const last = progress.at(-1);
    expect(last).toEqual({ recordsDone: last?.recordsTotal, recordsTotal: last?.recordsTotal, filesDone: scans, filesTotal: scans });
    expect(last?.recordsTotal).toBeGreaterThan(100);
    for (let n = 1; n < progress.length; n += 1) {
      expect(progress[n]?.recordsDone).toBeGreaterThanOrEqual(progress[n - 1]?.recordsDone ?? 0);
      expect(progress[n]?.filesDone).toBeGreaterThanOrEqual(progress[n - 1]?.filesDone ?? 0);
    }
    // Each scan is read when its turn comes, right before the step that counts it: never two held at once.
    const fileEvents = events.slice(events.indexOf('read') - 1);
    expect(fileEvents).toEqual(['files 0', ...Array.from({ length: scans }, (_, n) => ['read', `files ${n + 1}`]).flat()]);
    expect(fs.statSync(written.file).size).toBe(written.size);
  });

  it('in the app, the call answers at once and main goes on between calls; the page follows it to the file, which the parent imports', async () => {
    const { facility, micro, scans } = await facilityWithScans();
    // The records compress in libuv's pool (seconds for a year of a facility), never on main's thread.
    const onMain = vi.spyOn(zlib, 'brotliCompressSync');
    const inPool = vi.spyOn(zlib, 'brotliCompress');
    const { jobId, progress } = await facility.ok('sync.exportBundle', {});
    // The first step fixed the totals: the bar is determinate from the start.
    expect(progress.recordsTotal).toBeGreaterThan(100);
    expect(progress.recordsDone).toBeLessThanOrEqual(500);
    const states = await follow(facility, jobId);
    expect(states[0]?.status).toBe('running');
    const done = states.at(-1);
    if (done?.status !== 'done') throw new Error(JSON.stringify(done));
    expect(done.progress).toMatchObject({ recordsDone: done.progress.recordsTotal, filesDone: scans, filesTotal: scans });
    expect(done.fileName).toBe('lactared-00001111-a-MRSJ-00001.lactared');
    expect(onMain).not.toHaveBeenCalled();
    expect(inPool).toHaveBeenCalledTimes(1);
    onMain.mockRestore();
    inPool.mockRestore();
    const file = path.join(facility.main.ctx.dataDir, 'salida', done.fileName);
    expect(fs.statSync(file).size).toBe(done.size);
    expect(exportedFileAt(facility.main.ctx, done.url)).toEqual({ file, fileName: done.fileName });
    const source = fileSource(file);
    const imported = importBundle(micro.main.ctx, source);
    source.close();
    expect(imported.kind).toBe('data');
    expect(liveCount(micro, 'attachments')).toBe(liveCount(facility, 'attachments'));
    // The sequence moved on: the next bundle is number 2.
    const next = await facility.ok('sync.exportBundle', {});
    expect(await exportJobFinished(facility.main.ctx, next.jobId)).toMatchObject({ status: 'done', sequence: 2 });
  });

  it('one at a time; another user sees neither its progress nor its file; a write that fails says so and marks nothing as sent', async () => {
    const { facility } = await facilityWithScans();
    const { jobId } = await facility.ok('sync.exportBundle', {});
    expect(await facility.invoke('sync.exportBundle', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Ya se está preparando un paquete. Espere a que termine.' } });
    const done = await exportJobFinished(facility.main.ctx, jobId);
    if (done.status !== 'done') throw new Error(JSON.stringify(done));
    await addUser(facility, 'otra.admin', 'admin');
    await facility.ok('session.logout', {});
    await facility.ok('session.login', { username: 'otra.admin', password: 'otra-clave-123' });
    expect(await facility.ok('sync.exportProgress', { jobId })).toEqual({ status: 'failed', message: 'Ese paquete ya no está disponible (se cerró la sesión o se preparó otro). Prepárelo de nuevo.' });
    expect(exportedFileAt(facility.main.ctx, done.url)).toBeNull();
    await facility.ok('session.logout', {});
    await facility.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    // The outbox disappears under it (a full or removed disk): refused, and the sequence did not move.
    const failing = await facility.ok('sync.exportBundle', {});
    fs.rmSync(path.join(facility.main.ctx.dataDir, 'salida'), { recursive: true, force: true });
    expect(await exportJobFinished(facility.main.ctx, failing.jobId)).toEqual({ status: 'failed', message: 'No se pudo escribir el paquete (¿disco lleno?). Nada se marcó como enviado; inténtelo de nuevo.' });
    const again = await facility.ok('sync.exportBundle', {});
    expect(await exportJobFinished(facility.main.ctx, again.jobId)).toMatchObject({ status: 'done', sequence: 2 });
  });

  it('a facility without a parent is told so at once', async () => {
    const alone = await siteOf('facility', '00003333', 'Puesto Solo');
    expect(await alone.invoke('sync.exportBundle', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
