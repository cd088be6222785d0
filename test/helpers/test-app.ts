import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { InputOf, OutputOf } from '../../src-shared/contract/api';
import type { Result } from '../../src-shared/contract/define';
import type { SetupInput } from '../../src-shared/setup/schemas';
import type Database from 'better-sqlite3';
import { createMain, type LactaRedMain } from '../../src-main/app/create-app';
import { openWithPassword, readKeySlots } from '../../src-main/crypto/key-slots';
import { connect, DATABASE_FILE } from '../../src-main/db/open';
import type { NativeUpdater } from '../../src-main/update/native-updater';
import type { NativePrinting } from '../../src-main/printing/native-printing';

export const MIGRATIONS = path.resolve('drizzle');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh folder per test, removed afterwards. */
export function tempDir(prefix = 'lactared-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock the test moves by hand: no sleeps. */
export class TestClock {
  constructor(public nowMs = Date.UTC(2026, 10, 22, 13, 0, 0)) {}
  readonly now = () => this.nowMs;
  advanceMinutes(minutes: number): void {
    this.nowMs += minutes * 60_000;
  }
}

export interface TestApp {
  readonly main: LactaRedMain;
  readonly clock: TestClock;
  readonly dataDir: string;
  invoke<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Invokes and fails the test if the call was refused. */
  ok<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

export function openTestApp(options: { dataDir?: string; clock?: TestClock; migrationsFolder?: string; nativePrinting?: NativePrinting; nativeUpdater?: NativeUpdater; key?: Buffer } = {}): TestApp {
  const dataDir = options.dataDir ?? tempDir();
  const clock = options.clock ?? new TestClock();
  const main = createMain({
    dataDir,
    migrationsFolder: options.migrationsFolder ?? MIGRATIONS,
    appVersion: '0.0.0-test',
    now: clock.now,
    ...(options.nativePrinting ? { nativePrinting: options.nativePrinting } : {}),
    ...(options.nativeUpdater ? { nativeUpdater: options.nativeUpdater } : {}),
    ...(options.key ? { key: options.key } : {}),
  });
  cleanups.push(() => main.close());
  const invoke = <C extends ChannelName>(channel: C, input: InputOf<C>) =>
    main.invoke(channel, input) as Promise<Result<OutputOf<C>>>;
  return {
    main,
    clock,
    dataDir,
    invoke,
    async ok(channel, input) {
      const result = await invoke(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}

export const ADMIN_PASSWORD = 'clave-segura-2026';

export function facilitySetup(overrides: Partial<SetupInput['site']> = {}): SetupInput {
  return {
    site: {
      kind: 'facility',
      country: 'PE',
      name: 'Centro de Salud San Juan',
      code: '00012345',
      region: 'DIRESA Cusco',
      network: 'Red Cusco Norte',
      microNetwork: 'Microrred San Juan',
      attendsBirths: true,
      ...overrides,
    },
    admin: { fullName: 'Rosa Quispe Mamani', username: 'rosa.quispe', password: ADMIN_PASSWORD, passwordConfirm: ADMIN_PASSWORD },
  };
}

/** A configured facility with its admin signed in. */
export async function setUpFacility(options: { clock?: TestClock } = {}): Promise<TestApp> {
  const app = openTestApp(options);
  await app.ok('setup.complete', facilitySetup());
  return app;
}

export async function addUser(app: TestApp, username: string, role: 'admin' | 'registrar' | 'health' | 'coordinator', password = 'otra-clave-123') {
  return app.ok('users.create', { fullName: `Persona ${username}`, username, role, password, passwordConfirm: password });
}

export function countRows(app: TestApp, table: string): number {
  return (app.main.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A configured facility with a new user of `role` signed in (the admin created it and signed out). */
export async function facilityAs(role: 'registrar' | 'health' | 'coordinator', username: string, password = 'clave-de-prueba'): Promise<TestApp> {
  const app = await setUpFacility();
  await addUser(app, username, role, password);
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password });
  return app;
}

/** A direct connection to an (encrypted) data folder's database, opened with the admin's key slot. */
export function openFolderDb(dataDir: string, options: { readonly?: boolean } = {}): Database.Database {
  const slots = readKeySlots(dataDir);
  const key = slots ? openWithPassword(slots, 'rosa.quispe', ADMIN_PASSWORD) : null;
  return connect(path.join(dataDir, DATABASE_FILE), key, options);
}
