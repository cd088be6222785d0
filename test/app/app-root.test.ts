import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, appRootFrom } from '../../src-main/app/app-root';
import { WORKER_ENTRIES } from '../../src-main/workers/worker-scripts';

describe('where a bundled program finds what it ships', () => {
  it('finds the worker threads beside its own bundle, and outside the asar once packaged (a worker starts from a file)', () => {
    const root = appRootFrom(path.join('/opt', 'lactared', 'dist', 'web'));
    expect(appPaths(root).workers).toBe(path.join('/opt', 'lactared', 'dist', 'workers'));
    const packaged = appRootFrom(path.join('/opt', 'LactaRed', 'resources', 'app.asar', 'dist', 'main'));
    expect(appPaths(packaged).workers).toBe(path.join('/opt', 'LactaRed', 'resources', 'app.asar.unpacked', 'dist', 'workers'));
    expect(appPaths(packaged).migrations).toBe(path.join('/opt', 'LactaRed', 'resources', 'app.asar', 'drizzle'));
  });
});

describe('the worker threads a build ships', () => {
  it('npm run build and npm run bench bundle every worker the app starts, under the name it starts it by', async () => {
    const { WORKERS } = (await import(path.resolve(__dirname, '../../scripts/build-workers.mjs'))) as { WORKERS: [string, string][] };
    expect(Object.fromEntries(WORKERS)).toEqual(WORKER_ENTRIES);
    for (const script of ['build-main.mjs', 'bench.mjs']) expect(fs.readFileSync(path.resolve(__dirname, '../../scripts', script), 'utf8')).toContain('buildWorkers(');
  });
});
