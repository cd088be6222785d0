import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshot, signIn, test } from './fixtures';
import { enrolPair, initSite, lactared, SITE_ADMIN_PASSWORD } from './sync-sites';

test('a facility with a year of scans prepares its bundle: a bar counts records and scans, the file downloads and its microrred imports it', async ({ page, webApp }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-export-'));
  const micro = path.join(folder, 'microrred');
  await initSite(webApp.dataDir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
  await initSite(micro, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
  await enrolPair(webApp.dataDir, micro, folder);
  await lactared('demo', '--data-dir', webApp.dataDir, '--months', '12', '--scale', '1');

  await page.goto(webApp.url);
  await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
  await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Preparar paquete para enviar' }).click();
  // The window keeps answering while main writes: the bar is there, and the button waits for it.
  await expect(page.getByRole('progressbar', { name: 'Avance del paquete' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Preparar paquete para enviar' })).toBeDisabled();
  await screenshot(page, '99-export-progress');
  const download = await downloading;
  await expect(page.getByText(/^Paquete 1 preparado \(\d+ registros\)\./)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Preparar paquete para enviar' })).toBeEnabled();
  expect(download.suggestedFilename()).toBe('lactared-00001111-a-00009000-00001.lactared');
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  const imported = (await lactared('import', file, '--data-dir', micro)) as { summary: Record<string, { new: number }> };
  expect(imported.summary.attachments?.new).toBeGreaterThan(10);
  expect(imported.summary.deliveries?.new).toBeGreaterThan(100);
  fs.rmSync(folder, { recursive: true, force: true });
});
