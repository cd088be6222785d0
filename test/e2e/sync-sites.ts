import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMain, type LactaRedMain } from '../../src-main/app/create-app';
import { runCli } from '../../src-main/cli/main';
import { openWithPassword, readKeySlots } from '../../src-main/crypto/key-slots';
import type { InputOf, OutputOf } from '../../src-shared/contract/api';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { Result } from '../../src-shared/contract/define';

const MIGRATIONS = path.resolve('drizzle');
export const SITE_ADMIN_PASSWORD = 'clave-segura-2026';

const ADMIN_PASSWORD_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-clave-')), 'clave.txt');
fs.writeFileSync(ADMIN_PASSWORD_FILE, SITE_ADMIN_PASSWORD);

/** The `lactared` command, run in this process on a data folder (opened with the admin's password); fails the test on a refusal. */
export async function lactared(...args: string[]): Promise<Record<string, unknown>> {
  let out = '';
  const argv = args[0] === 'init' ? args : [...args, '--user', 'rosa.quispe', '--password-file', ADMIN_PASSWORD_FILE];
  const code = await runCli([...argv, '--json'], { stdout: (t) => (out += t), stderr: (t) => (out += t), migrationsFolder: MIGRATIONS, version: '0.0.0-e2e' });
  const json = JSON.parse(out) as Record<string, unknown>;
  if (code !== 0) throw new Error(`lactared ${argv.join(' ')}: ${out}`);
  return json;
}

export async function initSite(dataDir: string, type: string, code: string, name: string, parent: string, country: 'PE' | 'AR' = 'PE'): Promise<void> {
  const password = path.join(os.tmpdir(), `lactared-e2e-clave-${code}.txt`);
  fs.writeFileSync(password, SITE_ADMIN_PASSWORD);
  await lactared('init', '--data-dir', dataDir, '--site-type', type, '--country', country, '--name', name, '--code', code, '--parent', parent, '--region', 'DIRESA Cusco', '--attends-births', '--admin', 'rosa.quispe', '--admin-password-file', password);
}

/** Each side imports the other's enrolment file with the fingerprint the other side printed. */
export async function enrolPair(child: string, parent: string, folder: string): Promise<void> {
  for (const [from, to] of [
    [child, parent],
    [parent, child],
  ] as const) {
    const file = path.join(folder, `inscripcion-${path.basename(from)}.json`);
    const exported = await lactared('enrolment', 'export', '--data-dir', from, '--out', file);
    await lactared('enrolment', 'import', file, '--fingerprint', String(exported.fingerprint), '--data-dir', to);
  }
}

/** Any work straight on a site's database, opened with its admin's key (generated data for large sites). */
export function withDatabase(dataDir: string, work: (main: LactaRedMain) => void): void {
  const slots = readKeySlots(dataDir);
  const key = slots ? openWithPassword(slots, 'rosa.quispe', SITE_ADMIN_PASSWORD) : null;
  const main = createMain({ dataDir, migrationsFolder: MIGRATIONS, appVersion: '0.0.0-e2e', key });
  try {
    work(main);
  } finally {
    main.close();
  }
}

/** A facility's own handler table, signed in as a user of `role` it creates for the purpose. */
export async function facilityAs(dataDir: string, role: 'health' | 'registrar'): Promise<{ main: LactaRedMain; ok: <C extends ChannelName>(c: C, i: InputOf<C>) => Promise<OutputOf<C>> }> {
  const slots = readKeySlots(dataDir);
  const key = slots ? openWithPassword(slots, 'rosa.quispe', SITE_ADMIN_PASSWORD) : null;
  const main = createMain({ dataDir, migrationsFolder: MIGRATIONS, appVersion: '0.0.0-e2e', key });
  const ok = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const result = (await main.invoke(channel, input)) as Result<OutputOf<C>>;
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await ok('session.login', { username: 'rosa.quispe', password: SITE_ADMIN_PASSWORD });
  const username = `${role}.e2e`;
  await ok('users.create', { fullName: `Persona ${role}`, username, role, password: 'clave-de-prueba', passwordConfirm: 'clave-de-prueba' });
  await ok('session.logout', {});
  await ok('session.login', { username, password: 'clave-de-prueba' });
  return { main, ok };
}
