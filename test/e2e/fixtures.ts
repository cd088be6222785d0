import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { InputOf, OutputOf } from '../../src-shared/contract/api';
import { startBrowserMode } from '../helpers/browser-mode';
import type { ChannelName } from '../../src-shared/contract/channels';
import type { Result } from '../../src-shared/contract/define';

export interface WebApp {
  readonly url: string;
  readonly dataDir: string;
}

const SCREENS = path.resolve('test-results', 'screens');

/**
 * Each test gets its own data folder and its own browser-mode server (the real handler table and a
 * real SQLite file), started the way a developer starts it: `node dist/web/server.cjs`.
 */
export const test = base.extend<{ webApp: WebApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as an object pattern.
  webApp: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-'));
    const server = await startBrowserMode(dataDir);
    const url = server.url;
    await use({ url, dataDir });
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Today in the tests' time zone, the app's (`TZ`, set by playwright.config.ts), as aaaa-mm-dd. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

export const ADMIN = { fullName: 'Rosa Quispe Mamani', username: 'rosa.quispe', password: 'clave-segura-2026' };

/** Goes through the first-run wizard as a Peruvian facility. */
export async function completeSetup(page: Page, shots = false): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Configuración inicial de LactaRed' })).toBeVisible();
  await page.getByLabel('Perú').check();
  await page.getByLabel('Establecimiento de salud').check();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.getByLabel('Nombre del establecimiento').fill('Centro de Salud San Juan');
  await page.getByLabel('Código RENAES (IPRESS)').fill('00012345');
  await page.getByLabel('DIRESA / GERESA / DIRIS / DISA').fill('DIRESA Cusco');
  await page.getByLabel('Red de salud').fill('Red Cusco Norte');
  await page.getByLabel('Microrred').fill('Microrred San Juan');
  await page.getByLabel('Este establecimiento atiende partos').check();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.getByLabel('Nombre y apellidos').fill(ADMIN.fullName);
  await page.getByLabel('Usuario (para ingresar)').fill(ADMIN.username);
  await page.getByLabel('Contraseña', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repita la contraseña').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expect(page.getByRole('heading', { name: 'Revise los datos' })).toBeVisible();
  if (shots) await screenshot(page, '03-setup-confirm');
  await page.getByRole('button', { name: 'Terminar configuración' }).click();
  // The data are encrypted from the start: the recovery key is shown once, and kept before going on (18.4).
  await expect(page.getByRole('heading', { name: 'Clave de recuperación' })).toBeVisible();
  await expect(page.getByLabel('Clave de recuperación (se muestra una sola vez)')).toHaveText(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
  if (shots) await screenshot(page, '03b-setup-recovery-key');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByText('Marque la casilla cuando haya guardado la clave.')).toBeVisible();
  await page.getByLabel('Ya la imprimí o la anoté, y la guardaré en un lugar seguro').check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByRole('heading', { name: `Hola, ${ADMIN.fullName}` })).toBeVisible();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Usuario', { exact: true }).fill(username);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
}

export interface NewUser {
  readonly fullName: string;
  readonly username: string;
  readonly password: string;
}

/** Fills and sends the "Nuevo usuario" form on the Usuarios page (the admin must be signed in). */
export async function createUser(page: Page, user: NewUser, role: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Usuarios' }).click();
  const form = newUserForm(page);
  await form.getByLabel('Nombre y apellidos').fill(user.fullName);
  await form.getByLabel('Usuario (para ingresar)').fill(user.username);
  await form.getByLabel('Rol').selectOption(role);
  await form.getByLabel('Contraseña', { exact: true }).fill(user.password);
  await form.getByLabel('Repita la contraseña').fill(user.password);
  await form.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(page.getByText(`Usuario de ${user.fullName} creado.`)).toBeVisible();
}

export function newUserForm(page: Page) {
  return page.locator('form', { has: page.getByRole('heading', { name: 'Nuevo usuario' }) });
}

/**
 * Calls a channel as the signed-in user of this tab, through the same HTTP bridge the renderer uses:
 * for preparing data a test is not about (the checks run in main exactly as for a screen).
 */
export async function invokeAsUser<C extends ChannelName>(page: Page, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await page.evaluate(
    async ([name, body]) => {
      // Runs in the page; the test project has no DOM types.
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage;
      const token = storage.getItem('lactared.webToken') ?? '';
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lactared-token': token },
        body: JSON.stringify({ input: body }),
      });
      return (await response.json()) as Result<unknown>;
    },
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<C>;
}

/** First-run setup, then the admin creates `user` with `role`, signs out, and `user` signs in. */
export async function setUpAndSignInAs(page: Page, user: NewUser, role: string): Promise<void> {
  await completeSetup(page);
  await createUser(page, user, role);
  await page.getByRole('button', { name: 'Salir' }).click();
  await signIn(page, user.username, user.password);
  await expect(page.getByRole('heading', { name: `Hola, ${user.fullName}` })).toBeVisible();
}
