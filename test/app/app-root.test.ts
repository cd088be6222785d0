import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, appRootFrom } from '../../src-main/app/app-root';

describe('where a bundled program finds what it ships', () => {
  it('finds the verifying worker beside its own bundle, and outside the asar once packaged (a worker starts from a file)', () => {
    const root = appRootFrom(path.join('/opt', 'lactared', 'dist', 'web'));
    expect(appPaths(root).verifyWorker).toBe(path.join('/opt', 'lactared', 'dist', 'workers', 'verify-bundle.cjs'));
    const packaged = appRootFrom(path.join('/opt', 'LactaRed', 'resources', 'app.asar', 'dist', 'main'));
    expect(appPaths(packaged).verifyWorker).toBe(path.join('/opt', 'LactaRed', 'resources', 'app.asar.unpacked', 'dist', 'workers', 'verify-bundle.cjs'));
    expect(appPaths(packaged).migrations).toBe(path.join('/opt', 'LactaRed', 'resources', 'app.asar', 'drizzle'));
  });
});
