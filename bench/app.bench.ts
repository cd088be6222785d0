import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { LactaRedMain } from '../src-main/app/create-app';
import { createGatedMain } from '../src-main/app/gated-main';
import { fileSource } from '../src-main/sync/byte-source';
import { importBundle } from '../src-main/sync/import-service';
import { nationalSite } from './consolidated.bench';
import { startBrowserMode } from '../test/helpers/browser-mode';
import { report } from './report';
import { benchSite } from './sites';
import { microrredOf } from './sync.bench';

const USER = { username: 'bench', password: 'bench-password' };
/** Facilities whose year of demo data (with scans) a coordinator imports before the first start measured. */
const IMPORTED = Number(process.env.LACTARED_APP_FACILITIES ?? 30);

interface Launch {
  /** From starting browser mode to the sign-in screen painted. */
  readonly signInShownMs: number;
  /** From pressing «Ingresar» to the home page painted (the start-up's check and backup run here). */
  readonly homeShownMs: number;
}

/** Starts browser mode on a data folder the way a person does, and times what they see in Chromium. */
export async function launch(browser: Browser, dataDir: string): Promise<Launch> {
  const start = performance.now();
  const server = await startBrowserMode(dataDir);
  try {
    const url = server.url;
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Ingresar', exact: true }).waitFor({ timeout: 120_000 });
    const signInShownMs = performance.now() - start;
    await page.getByLabel('Usuario', { exact: true }).fill(USER.username);
    await page.getByLabel('Contraseña', { exact: true }).fill(USER.password);
    const pressed = performance.now();
    await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
    await page.getByRole('heading', { name: 'Para hoy' }).waitFor({ timeout: 600_000 });
    const homeShownMs = performance.now() - pressed;
    await page.close();
    return { signInShownMs, homeShownMs };
  } finally {
    await server.stop();
  }
}

/** Browser mode as the code is now (a stale build would time old code). */
export function buildServer(): void {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('npm run build falló');
}

/** A plain folder is encrypted at its admin's first sign-in (18.4): done once, outside what is timed. */
export async function encryptFolder(dataDir: string, migrations: string, work: (main: LactaRedMain) => void = () => undefined): Promise<void> {
  const gated = await createGatedMain({ dataDir, migrationsFolder: migrations, appVersion: 'bench', restoreIfDamaged: false });
  const signed = await gated.invoke('session.login', USER);
  if (!signed.ok || !gated.current) throw new Error(JSON.stringify(signed));
  work(gated.current);
  gated.close();
}

/**
 * Issue 19: browser mode started on a coordination site's folder, timed to the sign-in screen painted in
 * Chromium and from «Ingresar» to the home page — the first start after a coordinator imported a year of
 * `IMPORTED` facilities (scans included), then a start after that; and the national site of 2,000
 * facilities. Baseline: the same on a folder with one site and no records.
 */
export async function benchApp(migrations: string): Promise<void> {
  buildServer();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-app-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const emptyDir = path.join(root, 'empty');
    (await benchSite(emptyDir, migrations, 'microNetwork', '00009999')).close();
    await encryptFolder(emptyDir, migrations);
    await launch(browser, emptyDir);
    const empty = await launch(browser, emptyDir);
    const baseline = (value: number) => ({ name: 'empty_folder', value, unit: 'ms' });

    const site = await microrredOf(path.join(root, 'micro'), migrations, 1, IMPORTED);
    await encryptFolder(site.microDir, migrations, (main) => {
      for (const file of site.bundles) {
        const source = fileSource(file);
        importBundle(main.ctx, source);
        source.close();
      }
    });
    const afterImport = await launch(browser, site.microDir);
    report('app.start_after_import_ms', afterImport.signInShownMs, 'ms', baseline(empty.signInShownMs));
    report('app.sign_in_after_import_ms', afterImport.homeShownMs, 'ms', baseline(empty.homeShownMs));
    const next = await launch(browser, site.microDir);
    report(`app.start_${IMPORTED}_facilities_ms`, next.signInShownMs, 'ms', baseline(empty.signInShownMs));
    report(`app.sign_in_${IMPORTED}_facilities_ms`, next.homeShownMs, 'ms', baseline(empty.homeShownMs));
    fs.rmSync(path.join(root, 'micro'), { recursive: true, force: true });

    const nationalDir = path.join(root, 'national');
    (await nationalSite(nationalDir, migrations)).close();
    await encryptFolder(nationalDir, migrations);
    const national = await launch(browser, nationalDir);
    report('app.start_ms', national.signInShownMs, 'ms', baseline(empty.signInShownMs));
    report('app.sign_in_national_ms', national.homeShownMs, 'ms', baseline(empty.homeShownMs));
  } finally {
    await browser.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
