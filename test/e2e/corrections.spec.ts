import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUser, expect, screenshot, signIn, test } from './fixtures';
import { enrolPair, initSite, lactared, SITE_ADMIN_PASSWORD } from './sync-sites';

const COORDINATOR = { fullName: 'Lic. Carmen Ríos', username: 'carmen.rios', password: 'clave-coordinadora' };

test('the coordinator corrects a facility’s delivery from the lists (a refused date keeps what was typed) and keeps the reason list; both go down', async ({ page, webApp }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-correct-'));
  const cerrito = path.join(folder, 'cerrito');

  await test.step('a facility with two months of demo data sends its bundle to the microrred', async () => {
    await initSite(webApp.dataDir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    await initSite(cerrito, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    await enrolPair(cerrito, webApp.dataDir, folder);
    await lactared('demo', '--data-dir', cerrito, '--months', '2', '--scale', '0.1');
    const exported = await lactared('export', '--data-dir', cerrito, '--out', path.join(folder, 'usb'));
    await lactared('import', ...(exported.files as string[]), '--data-dir', webApp.dataDir);
  });

  await test.step('the coordinator opens the deliveries of Cerrito and the correction form of one', async () => {
    await page.goto(webApp.url);
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
    await createUser(page, COORDINATOR, 'coordinator');
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(page, COORDINATOR.username, COORDINATOR.password);
    await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
    await page.getByRole('button', { name: 'Entregas' }).click();
    await page.getByRole('button', { name: /^Corregir: / }).first().click();
    await expect(page.getByRole('dialog')).toContainText('Puesto de Salud Cerrito (00001111)');
    await expect(page.getByRole('dialog').getByLabel('Latas de 800 g')).toHaveValue('5');
  });

  const dialog = page.getByRole('dialog');
  const originalDate = await dialog.getByLabel('Fecha de entrega').inputValue();
  await test.step('an impossible date is refused on its field, with everything typed still there', async () => {
    await dialog.getByLabel('Latas de 800 g').fill('3');
    await dialog.getByLabel('Fecha de entrega').fill('31/02/2026');
    await dialog.getByLabel('Motivo de la corrección').fill('Según el cuaderno de entregas');
    await dialog.getByRole('button', { name: 'Guardar corrección' }).click();
    await expect(dialog.getByText('Fecha de entrega: escriba una fecha real como dd/mm/aaaa (desde 1900).')).toBeVisible();
    await expect(dialog.getByLabel('Latas de 800 g')).toHaveValue('3');
    await expect(dialog.getByLabel('Motivo de la corrección')).toHaveValue('Según el cuaderno de entregas');
    await screenshot(page, '72-correction-refused');
  });

  await test.step('a correction that breaks the program’s rule is refused with the rule, before anything is sent', async () => {
    await dialog.getByLabel('Fecha de entrega').fill(originalDate);
    await dialog.getByLabel('Latas de 800 g').fill('40');
    await dialog.getByRole('button', { name: 'Guardar corrección' }).click();
    await expect(dialog.getByText(/Con este cambio (la receta|el lactante) habría (entregado|recibido) .* g/)).toBeVisible();
    await screenshot(page, '72b-correction-breaks-rule');
    await dialog.getByLabel('Latas de 800 g').fill('3');
  });

  await test.step('with the date as it was, the correction is saved and the list shows it', async () => {
    await dialog.getByLabel('Fecha de entrega').fill('');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(page.getByText('¿Cerrar sin guardar?')).toBeVisible();
    await page.getByRole('button', { name: 'Seguir corrigiendo' }).click();
    await dialog.getByLabel('Fecha de entrega').fill(originalDate);
    await dialog.getByRole('button', { name: 'Guardar corrección' }).click();
    await expect(page.getByText('Corrección guardada.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Demo deliveries are all of 5 cans: exactly one now has 3.
    const cans800 = page.getByRole('table', { name: 'Entregas' }).locator('tbody td:nth-child(5)');
    await expect(cans800.filter({ hasText: /^3$/ })).toHaveCount(1);
    await screenshot(page, '73-correction-saved');
  });

  await test.step('the correction bundle for Cerrito carries it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
    // Written by main in steps, then downloaded from where main serves it (issue 19).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Preparar paquete de correcciones para Puesto de Salud Cerrito' }).click()]);
    await expect(page.getByText('Paquete de correcciones para Puesto de Salud Cerrito preparado (1 registros).')).toBeVisible();
    expect(download.suggestedFilename()).toMatch(/^lactared-00009000-a-00001111-\d{5}\.lactared$/);
    const saved = await download.path();
    expect(fs.readFileSync(saved)).toEqual(fs.readFileSync(path.join(webApp.dataDir, 'salida', download.suggestedFilename())));
  });

  await test.step('the coordinator withdraws a reason and adds one for the facilities', async () => {
    const reasons = page.getByRole('table', { name: 'Motivos de prescripción' });
    await page.getByRole('button', { name: 'Editar el motivo Persona con infección por HTLV I/II' }).click();
    await page.getByLabel('Vigente (se ofrece en las recetas nuevas)').uncheck();
    await page.getByRole('button', { name: 'Guardar motivo' }).click();
    await expect(page.getByText('Lista de motivos guardada.')).toBeVisible();
    await expect(reasons.getByRole('row', { name: /HTLV/ })).toContainText('Retirado');
    const add = page.getByRole('form', { name: 'Agregar motivo' });
    await add.getByLabel('Nombre del motivo').fill('Intolerancia documentada');
    await add.getByText('Lactante', { exact: true }).click();
    await add.getByRole('button', { name: 'Agregar motivo' }).click();
    await expect(reasons.getByRole('row', { name: /Intolerancia documentada/ })).toContainText('Lactante');
    await expect(reasons.getByRole('row', { name: /Intolerancia documentada/ })).toContainText('Vigente');
    await screenshot(page, '74-reference-reasons');
    // The next bundle for Cerrito carries both.
    await page.getByRole('button', { name: 'Preparar paquete de correcciones para Puesto de Salud Cerrito' }).click();
    await expect(page.getByText(/Paquete de correcciones para Puesto de Salud Cerrito preparado \(3 registros\)/)).toBeVisible();
  });
  fs.rmSync(folder, { recursive: true, force: true });
});
