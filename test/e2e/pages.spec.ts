import type { Page } from '@playwright/test';
import { completeSetup, expect, screenshot, setUpAndSignInAs, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** Console errors, uncaught errors and failed requests of the page, as they happen. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

test('every page of the admin opens without a console error or a failed request, and the menu fits 1366×768', async ({ page, webApp }) => {
  const problems = collectProblems(page);
  await page.goto(webApp.url);
  await completeSetup(page);
  const nav = page.getByRole('navigation');
  const items = await nav.getByRole('button').allTextContents();
  expect(items.length).toBeGreaterThan(10);
  // Every item is on screen without scrolling the menu.
  for (const item of items) {
    const box = await nav.getByRole('button', { name: item, exact: true }).boundingBox();
    expect(box, item).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), item).toBeLessThanOrEqual(768);
  }
  await screenshot(page, '90-menu-1366x768');
  for (const item of items) {
    await nav.getByRole('button', { name: item, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  expect(problems).toEqual([]);
  // Back on Fórmula from another page, the cursor is in the search.
  await nav.getByRole('button', { name: 'Fórmula', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Buscar responsable por DNI o nombre' })).toBeFocused();
});

test('the setup wizard: Tab from the last field reaches Siguiente before Atrás', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await page.getByLabel('Perú').check();
  await page.getByLabel('Establecimiento de salud').check();
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.getByLabel('Microrred').fill('Microrred San Juan');
  await page.getByLabel('Este establecimiento atiende partos').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Siguiente' })).toBeFocused();
  const next = await page.getByRole('button', { name: 'Siguiente' }).boundingBox();
  const back = await page.getByRole('button', { name: 'Atrás' }).boundingBox();
  // Atrás stays on the left, where people look for it.
  expect((back?.x ?? 0) < (next?.x ?? 0)).toBe(true);
});

test('every page of the registrar, the Planilla\'s three parts included, opens without a console error or a failed request', async ({ page, webApp }) => {
  const problems = collectProblems(page);
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, { fullName: 'Luis Ramos', username: 'luis.ramos', password: 'clave-de-luis-1' }, 'registrar');
  const nav = page.getByRole('navigation');
  for (const item of await nav.getByRole('button').allTextContents()) {
    await nav.getByRole('button', { name: item, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  // The Planilla's three parts.
  await nav.getByRole('button', { name: 'Planilla semanal', exact: true }).click();
  for (const tab of ['Altas (recetas nuevas)', 'Recetas por escanear (0)', 'Entregas']) await page.getByRole('button', { name: tab, exact: true }).click();
  expect(problems).toEqual([]);
});
