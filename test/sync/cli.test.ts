import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { hasInvisibleOrControl } from '../../src-shared/common/clean-text';
import { MIGRATIONS, openFolderDb, tempDir } from '../helpers/test-app';
import { withWorkers } from '../helpers/workers';

// `lactared import` verifies in the worker thread it ships, as the app does (issue 19).
beforeAll(() => withWorkers());

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly json: Record<string, unknown>;
}

/** The admin's password, for the commands that open an encrypted folder (18.4). */
const PASSWORD_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-cli-clave-')), 'clave-admin.txt');
fs.writeFileSync(PASSWORD_FILE, 'clave-segura-2026\n');
const OPENS_A_FOLDER = (argv: readonly string[]) => argv.length > 0 && !['init', 'release-key', 'release-sign'].includes(argv[0] ?? '') && !argv.includes('--help');

async function lactared(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const argv = OPENS_A_FOLDER(args) && !args.includes('--user') ? [...args, '--user', 'rosa.quispe', '--password-file', PASSWORD_FILE] : args;
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), migrationsFolder: MIGRATIONS, version: '0.0.0-test' });
  let json: Record<string, unknown> = {};
  if (argv.includes('--json')) json = JSON.parse(out) as Record<string, unknown>;
  return { code, out, err, json };
}

async function initSite(dir: string, type: string, code: string, name: string, parent?: string) {
  const password = path.join(dir, 'clave.txt');
  fs.writeFileSync(password, 'clave-segura-2026\n');
  const args = ['init', '--data-dir', path.join(dir, code), '--site-type', type, '--country', 'PE', '--name', name, '--code', code, '--admin', 'rosa.quispe', '--admin-password-file', password, '--json'];
  const run = await lactared(...args, ...(parent ? ['--parent', parent] : []));
  expect(run.code, run.out).toBe(0);
  return path.join(dir, code);
}

/** Both enrolment files exchanged, each fingerprint taken from the other side's output. */
async function enrolPair(child: string, parent: string, dir: string) {
  for (const [from, to] of [
    [child, parent],
    [parent, child],
  ] as const) {
    const file = path.join(dir, `inscripcion-${path.basename(from)}.json`);
    const exported = await lactared('enrolment', 'export', '--data-dir', from, '--out', file, '--json');
    expect(exported.json).toMatchObject({ ok: true, file });
    const imported = await lactared('enrolment', 'import', file, '--fingerprint', String(exported.json.fingerprint), '--data-dir', to, '--json');
    expect(imported.code, imported.out).toBe(0);
  }
}

function addCaregivers(dataDir: string, count: number, prefix: number, wall = '1795000000000') {
  const db = openFolderDb(dataDir);
  const siteId = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
  const caregiver = db.prepare(
    `INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, ?, ?, 'María', 'Quispe', 'maria quispe', 0, 0)`,
  );
  const infant = db.prepare(`INSERT INTO infants (id, owner_site_id, hlc, caregiver_id, first_names, last_names, birth_date, created_at) VALUES (?, ?, ?, ?, 'Bebé', 'Quispe', '2026-10-01', 0)`);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = crypto.randomUUID();
      const stamp = `${wall}-${String(i).padStart(6, '0')}-${siteId}`;
      caregiver.run(id, siteId, stamp, String(prefix + i));
      infant.run(crypto.randomUUID(), siteId, stamp, id);
    }
  })();
  db.close();
}

describe('the lactared command line', () => {
  it('init, enrolment, export in parts, import twice, verify, ack and status, with the documented JSON', async () => {
    const dir = tempDir();
    const facility = await initSite(dir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    const micro = await initSite(dir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    await enrolPair(facility, micro, dir);
    addCaregivers(facility, 300, 40_000_000);

    const out = path.join(dir, 'usb');
    const exported = await lactared('export', '--data-dir', facility, '--out', out, '--max-part-mb', '0.01', '--json', '--progress');
    expect(exported.code).toBe(0);
    // --progress: how far it has come, on stderr (stdout stays the JSON), up to the totals known at the start.
    const steps = exported.err.trim().split('\n').map((line) => /^registros (\d+) de (\d+) · archivos (\d+) de (\d+)$/.exec(line)?.slice(1).map(Number));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.every((step) => step?.[1] === steps[0]?.[1] && step?.[3] === 0)).toBe(true);
    expect(steps.map((step) => step?.[0])).toEqual([...steps.map((step) => step?.[0] ?? 0)].sort((a, b) => a - b));
    expect(steps.at(-1)?.[0]).toBe(steps[0]?.[1]);
    const parts = exported.json.files as string[];
    expect(parts.length).toBeGreaterThan(1);
    const missing = await lactared('import', ...parts.slice(1), '--data-dir', micro, '--json');
    expect(missing.code).toBe(1);
    expect(missing.json).toMatchObject({ ok: false, error: 'TRUNCATED', message: expect.stringMatching(/faltan las partes 1 de/) as unknown });

    const verified = await lactared('verify', ...parts, '--data-dir', micro, '--json');
    expect(verified.json).toMatchObject({ ok: true, summary: { caregivers: { new: 300, updated: 0, unchanged: 0, conflicts: 0, refused: 0 } } });
    const imported = await lactared('import', ...[...parts].reverse(), '--data-dir', micro, '--json');
    expect(imported.json).toMatchObject({ ok: true, summary: { caregivers: { new: 300 }, infants: { new: 300 } } });
    const twice = await lactared('import', ...parts, '--data-dir', micro);
    expect(twice.code).toBe(0);
    expect(twice.out).toMatch(/caregivers\s+0\s+0\s+300\s+0\s+0/);

    const statusBefore = await lactared('status', '--data-dir', facility, '--json');
    expect(statusBefore.json).toMatchObject({ ok: true, site: { code: '00001111', type: 'facility' } });
    const own = (statusBefore.json.sites as { code: string; tables: Record<string, number>; unacknowledged: number; lastSequence: number }[])[0];
    expect(own?.tables.caregivers).toBe(300);
    expect(own?.unacknowledged).toBeGreaterThan(0);
    const ackFile = path.join(dir, 'acuse.lactared');
    expect((await lactared('ack', '--site', '00001111', '--out', ackFile, '--data-dir', micro, '--json')).json).toMatchObject({ ok: true, acknowledges: { sequence: 1 } });
    expect((await lactared('import', ackFile, '--data-dir', facility, '--json')).code).toBe(0);
    const statusAfter = await lactared('status', '--data-dir', facility, '--json');
    expect((statusAfter.json.sites as { unacknowledged: number }[])[0]?.unacknowledged).toBe(0);
    const atMicro = await lactared('status', '--data-dir', micro, '--json');
    expect((atMicro.json.sites as { code: string; tables: Record<string, number>; lastSequence: number }[]).find((s) => s.code === '00001111')).toMatchObject({
      tables: { caregivers: 300, infants: 300 },
      lastSequence: 1,
    });
  });

  it('init makes region and national sites; a red enrols straight with the national level (issue 16)', async () => {
    const dir = tempDir();
    const red = await initSite(dir, 'red', 'REDCN', 'Red Cusco Norte');
    const region = await initSite(dir, 'region', 'DIRESACU', 'DIRESA Cusco');
    const national = await initSite(dir, 'national', 'MINSA', 'MINSA DGIESP');
    await enrolPair(red, national, dir);
    expect((await lactared('status', '--data-dir', region, '--json')).json).toMatchObject({ site: { code: 'DIRESACU', type: 'region' } });
    const atNational = await lactared('status', '--data-dir', national, '--json');
    expect(atNational.json).toMatchObject({ site: { code: 'MINSA', type: 'national' } });
    expect((atNational.json.sites as { code: string; relation: string }[]).find((s) => s.code === 'REDCN')).toMatchObject({ relation: 'child' });
  });

  it('exit 1 with a stable code for a refused input, 2 for wrong usage', async () => {
    const dir = tempDir();
    const micro = await initSite(dir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    const junk = path.join(dir, 'foto.jpg');
    fs.writeFileSync(junk, crypto.randomBytes(300));
    expect((await lactared('import', junk, '--data-dir', micro, '--json')).json).toMatchObject({ ok: false, error: 'NOT_A_BUNDLE', message: expect.stringMatching(/no es un paquete/) as unknown });
    expect((await lactared('import', path.join(dir, 'no-existe'), '--data-dir', micro, '--json')).json).toMatchObject({ ok: false, error: 'UNREADABLE' });
    expect((await lactared('enrolment', 'import', junk, '--fingerprint', '1', '--data-dir', micro, '--json')).json).toMatchObject({ ok: false, error: 'NOT_AN_ENROLMENT' });
    expect((await lactared('export', '--data-dir', micro, '--out', dir, '--json')).json).toMatchObject({ ok: false, error: 'NO_PARENT' });
    for (const argv of [['frob'], ['export', '--data-dir', micro], ['import'], ['status', '--bogus'], ['init', '--site-type', 'hospital']]) {
      const run = await lactared(...argv, '--json');
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.json).toMatchObject({ ok: false, error: 'USAGE' });
    }
    // Issue 17.2: a facility's rows stamped in the year 2286 are refused in Spanish, never a stack trace,
    // and the microrred still imports the next good bundle.
    const facility = await initSite(dir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    await enrolPair(facility, micro, dir);
    addCaregivers(facility, 3, 40_000_000, '9999999999999');
    const future = await lactared('export', '--data-dir', facility, '--out', path.join(dir, 'usb1'), '--json');
    const refusedRun = await lactared('import', ...(future.json.files as string[]), '--data-dir', micro);
    expect(refusedRun.code).toBe(1);
    expect(refusedRun.err).toMatch(/más de 7 días después/);
    expect(refusedRun.err).not.toMatch(/\n\s+at /);
    const good = await initSite(dir, 'facility', '00002222', 'Puesto Dos', 'Microrred San Juan');
    await enrolPair(good, micro, dir);
    addCaregivers(good, 3, 50_000_000);
    const next = await lactared('export', '--data-dir', good, '--out', path.join(dir, 'usb2'), '--json');
    expect((await lactared('import', ...(next.json.files as string[]), '--data-dir', micro, '--json')).json).toMatchObject({ ok: true, summary: { caregivers: { new: 3 } } });

    const help = await lactared('--help');
    expect(help.code).toBe(0);
    expect(help.out.match(/Uso:/g)).toHaveLength(1);
    expect(help.out).toContain('--parent NOMBRE');
    expect(help.out).not.toContain('--parent CÓDIGO');
    const none = await lactared();
    expect(none.code).toBe(2);
    expect(none.err.match(/Uso:/g)).toHaveLength(1);
  });
});

describe('init takes the whole site (issue 15)', () => {
  it('the red, the microrred and the admin’s full name; a code with a hyphen is refused, not changed', async () => {
    const dir = tempDir();
    const password = path.join(dir, 'clave.txt');
    fs.writeFileSync(password, 'clave-segura-2026\n');
    const base = ['init', '--site-type', 'facility', '--country', 'PE', '--name', 'Puesto Cerrito', '--admin', 'rosa.quispe', '--admin-password-file', password];
    const hyphen = await lactared(...base, '--data-dir', path.join(dir, 'a'), '--code', '0001-1111');
    expect(hyphen.code).toBe(2);
    expect(hyphen.err).toContain('solo letras y números');
    const done = await lactared(...base, '--data-dir', path.join(dir, 'b'), '--code', '00001111', '--region', 'DIRESA Cusco', '--red', 'Red Cusco Norte', '--microrred', 'Microrred San Juan', '--admin-name', 'Rosa Quispe Mamani');
    expect(done.code, done.err).toBe(0);
    const db = openFolderDb(path.join(dir, 'b'), { readonly: true });
    expect(db.prepare('SELECT region, network, micro_network AS microNetwork FROM sites').get()).toEqual({ region: 'DIRESA Cusco', network: 'Red Cusco Norte', microNetwork: 'Microrred San Juan' });
    expect(db.prepare('SELECT full_name FROM users').pluck().get()).toBe('Rosa Quispe Mamani');
    db.close();
  });
});

describe('names from other sites never drive the terminal (issue 17.11)', () => {
  it('a facility named with escape codes: enrolment import and status print it without them', async () => {
    const dir = tempDir();
    const facility = await initSite(dir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    const micro = await initSite(dir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    const db = openFolderDb(facility);
    db.prepare("UPDATE sites SET name = 'Puesto\u001b[2J\u001b[H\u0007 Cerrito\u202e'").run();
    db.close();
    const file = path.join(dir, 'inscripcion.json');
    const exported = await lactared('enrolment', 'export', '--data-dir', facility, '--out', file, '--json');
    const imported = await lactared('enrolment', 'import', file, '--fingerprint', String(exported.json.fingerprint), '--data-dir', micro);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Puesto[2J[H Cerrito');
    const shown = await lactared('status', '--data-dir', micro);
    for (const text of [imported.out, imported.err, shown.out, shown.err]) expect(hasInvisibleOrControl(text.replaceAll('\n', ''))).toBe(false);
  });
});

describe('an import killed with kill -9 in the middle', () => {
  let cli = '';
  beforeAll(async () => {
    // The command as shipped (bundled by esbuild), two folders below the repository like dist/cli/.
    cli = path.resolve('test-results', 'cli-build', 'lactared.cjs');
    await build({ entryPoints: ['src-main/cli/bin.ts'], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['better-sqlite3', 'sharp', 'pdfjs-dist', '@napi-rs/canvas'], logLevel: 'warning' });
  });

  it('leaves the database intact with nothing of the bundle applied; importing again applies it all', async () => {
    const dir = tempDir();
    const facility = await initSite(dir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    const micro = await initSite(dir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    await enrolPair(facility, micro, dir);
    addCaregivers(facility, 20_000, 40_000_000);
    const exported = await lactared('export', '--data-dir', facility, '--out', path.join(dir, 'usb'), '--json');
    const bundle = (exported.json.files as string[])[0] ?? '';

    const child = spawn(process.execPath, [cli, 'import', bundle, '--data-dir', micro, '--progress'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LACTARED_USER: 'rosa.quispe', LACTARED_PASSWORD_FILE: PASSWORD_FILE },
    });
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // The first table applied (caregivers) is reported from inside the transaction: kill while infants apply.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('aplicados')) resolve();
      });
    });
    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');

    const db = openFolderDb(micro);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const counts = [db.prepare('SELECT COUNT(*) FROM caregivers').pluck().get(), db.prepare('SELECT COUNT(*) FROM infants').pluck().get()];
    db.close();
    expect([[0, 0], [20_000, 20_000]]).toContainEqual(counts);
    const again = await lactared('import', bundle, '--data-dir', micro, '--json');
    expect(again.code).toBe(0);
    const status = await lactared('status', '--data-dir', micro, '--json');
    expect((status.json.sites as { code: string; tables: Record<string, number> }[]).find((s) => s.code === '00001111')?.tables).toMatchObject({ caregivers: 20_000, infants: 20_000 });
  }, 60_000);
});

describe('an encrypted data folder from the command line (issue 18.4)', () => {
  it('init encrypts and shows the recovery key once; other commands need a user’s password, by option or environment', async () => {
    const dir = tempDir();
    const password = path.join(dir, 'clave.txt');
    fs.writeFileSync(password, 'clave-segura-2026\n');
    const folder = path.join(dir, 'cerrito');
    const done = await lactared('init', '--data-dir', folder, '--site-type', 'facility', '--country', 'PE', '--name', 'Puesto Cerrito', '--code', '00001111', '--region', 'DIRESA Cusco', '--parent', 'Microrred San Juan', '--admin', 'rosa.quispe', '--admin-password-file', password, '--json');
    expect(done.json.recoveryKey).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    const bytes = fs.readFileSync(path.join(folder, 'lactared.sqlite'));
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Puesto Cerrito'))).toBe(false);
    expect(fs.readFileSync(path.join(folder, 'keyslots.json'), 'utf8')).not.toContain(String(done.json.recoveryKey));

    const run = (...argv: string[]) => runCli([...argv, '--json'], { stdout: () => undefined, stderr: () => undefined, migrationsFolder: MIGRATIONS, version: '0.0.0-test' });
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => undefined, migrationsFolder: MIGRATIONS, version: '0.0.0-test' };
    expect(await runCli(['status', '--data-dir', folder, '--json'], io)).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: 'UNAUTHENTICATED', message: expect.stringMatching(/--user USUARIO y --password-file/) as unknown });
    const wrong = path.join(dir, 'otra.txt');
    fs.writeFileSync(wrong, 'no-es-la-clave\n');
    out = '';
    expect(await runCli(['status', '--data-dir', folder, '--user', 'rosa.quispe', '--password-file', wrong, '--json'], io)).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: 'INVALID_CREDENTIALS' });
    expect(await run('status', '--data-dir', folder, '--user', 'rosa.quispe', '--password-file', password)).toBe(0);
    process.env.LACTARED_USER = 'rosa.quispe';
    process.env.LACTARED_PASSWORD_FILE = password;
    try {
      expect(await run('status', '--data-dir', folder)).toBe(0);
    } finally {
      delete process.env.LACTARED_USER;
      delete process.env.LACTARED_PASSWORD_FILE;
    }
    // A second init on the same folder changes nothing.
    expect((await lactared('init', '--data-dir', folder, '--site-type', 'facility', '--country', 'PE', '--name', 'Otro', '--code', '00002222', '--region', 'X', '--parent', 'Y', '--admin', 'otra', '--admin-password-file', password, '--json')).json).toMatchObject({ ok: false });
  });
});
