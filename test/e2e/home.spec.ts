import { addDays } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { expect, invokeAsUser, screenshot, setUpAndSignInAs, test, today } from './fixtures';

const REGISTRAR = { fullName: 'Luis Ramos Huamán', username: 'luis.ramos', password: 'clave-de-luis-1' };

test('the registrar’s home page counts the day’s work; a list opens, sorts, prints', async ({ page, webApp }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, REGISTRAR, 'registrar');
  // Two infants whose last delivery was more than a month ago: one 40 days ago (overdue), one 33 (due).
  for (const [dni, name, daysAgo] of [
    ['41111111', 'Quispe', 40],
    ['42222222', 'Mamani', 33],
  ] as const) {
    const caregiver = await invokeAsUser(page, 'formula.createCaregiver', { nationalId: dni, firstNames: 'María', lastNames: name, phone: '984000000', coverageChecked: true });
    const withInfant = await invokeAsUser(page, 'formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Bebé', lastNames: name, birthDate: addDays(today(), -60) });
    const status = await invokeAsUser(page, 'formula.createPrescription', {
      infantId: withInfant.infants[0]?.id ?? '',
      prescriptionDate: addDays(today(), -daysAgo),
      reasonCode: 'adoption',
      milkType: 'Fórmula de inicio',
      replacement: 'total',
      durationMonths: 3,
      prescriberName: 'Dra. Ana Torres',
      prescriberProfession: 'Pediatra',
      prescriberLicence: 'CMP 45678',
      prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(20)).toString('base64') },
    });
    await invokeAsUser(page, 'formula.createDelivery', { prescriptionId: status.id, deliveryDate: addDays(today(), -daysAgo), cans800: 1, cans1kg: 0, confirmRepeat: true });
  }
  await page.reload();
  const counts = page.getByRole('region', { name: 'Para hoy' });
  const due = counts.getByRole('button', { name: 'Entregas que tocan (y atrasadas): 2. Abrir la lista' });
  await expect(due).toBeVisible();
  await expect(due).toContainText('1 atrasada');
  await screenshot(page, '15-home-registrar');
  await due.click();
  const list = page.getByRole('table', { name: 'Entregas que tocan (y atrasadas)' });
  await expect(list.getByRole('row')).toHaveCount(3);
  // Most late first; sorted by name on request.
  await expect(list.getByRole('row').nth(1)).toContainText('Bebé Quispe');
  await list.getByRole('button', { name: 'Ordenar por Lactante' }).click();
  await expect(list.getByRole('row').nth(1)).toContainText('Bebé Mamani');
  await expect(list.getByRole('row').nth(1)).toContainText('Le toca');
  await page.getByRole('button', { name: 'Imprimir la lista' }).click();
  const preview = page.getByRole('dialog', { name: /^Vista previa: Entregas que tocan/ });
  await expect(preview.frameLocator('iframe').getByText('Bebé Quispe')).toBeVisible();
  await screenshot(page, '16-home-list-print');
  await preview.getByRole('button', { name: 'Cerrar' }).click();
  await page.getByRole('button', { name: 'Volver al inicio' }).click();
  await expect(counts).toBeVisible();

  // A row opens its caregiver on the Fórmula screen, from the work list and from Listados.
  await due.click();
  await list.getByRole('row', { name: /Bebé Mamani/ }).getByRole('button', { name: 'Abrir en Fórmula' }).click();
  await expect(page.getByRole('region', { name: 'María Mamani' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recetas: Bebé Mamani' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
  await page.getByRole('button', { name: 'Filtrar' }).click();
  await page.getByRole('button', { name: /^Abrir en Fórmula: .*Quispe/ }).click();
  await expect(page.getByRole('region', { name: 'María Quispe' })).toBeVisible();
  await screenshot(page, '17-opened-from-list');

  // Listados' widest table (prescriptions) fits 1366 px without a sideways scroll.
  await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
  await page.getByRole('button', { name: 'Recetas', exact: true }).click();
  await page.getByRole('button', { name: 'Filtrar' }).click();
  const table = page.getByRole('table', { name: 'Recetas' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await screenshot(page, '18-lists-prescriptions-1366');
  // Runs in the page; the test project has no DOM types.
  const overflow = await table.evaluate((element: unknown) => {
    const scroller = (element as { parentElement: { scrollWidth: number; clientWidth: number } | null }).parentElement;
    return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('health staff and the admin each see their own day', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, { fullName: 'Eva Salud Ramos', username: 'eva.salud', password: 'clave-de-eva-1' }, 'health');
  const counts = page.getByRole('region', { name: 'Para hoy' });
  // The facility attends births and has no support group yet (the guide: at least one).
  const noGroup = counts.getByRole('button', { name: 'Establecimiento que atiende partos sin grupo de apoyo: 1. Abrir la lista' });
  await expect(noGroup).toBeVisible();
  await expect(counts.getByRole('button', { name: /^Sesiones programadas esta semana: 0/ })).toBeVisible();
  await noGroup.click();
  await expect(page.getByRole('table', { name: 'Establecimiento que atiende partos sin grupo de apoyo' })).toContainText('Centro de Salud San Juan');
  await page.getByRole('button', { name: 'Imprimir la lista' }).click();
  await expect(page.getByRole('dialog', { name: /^Vista previa/ }).frameLocator('iframe').getByText('Centro de Salud San Juan').first()).toBeVisible();
  await screenshot(page, '19-home-health-list');
  await page.getByRole('dialog', { name: /^Vista previa/ }).getByRole('button', { name: 'Cerrar' }).click();

  await page.getByRole('button', { name: 'Salir' }).click();
  await page.getByLabel('Usuario', { exact: true }).fill('rosa.quispe');
  await page.getByLabel('Contraseña', { exact: true }).fill('clave-segura-2026');
  await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
  const adminDay = page.getByRole('region', { name: 'Para hoy' });
  await expect(adminDay.getByText('Todavía no hay copias de seguridad.').or(adminDay.getByText(/^Última copia de seguridad/))).toBeVisible();
  await expect(adminDay.getByText('No hay segunda carpeta de copias (memoria USB): conviene configurarla.')).toBeVisible();
  await expect(adminDay.getByRole('button', { name: 'Usuarios bloqueados por intentos fallidos: 0. Abrir la lista' })).toBeVisible();
  await adminDay.getByText('Plazos de las listas de trabajo').click();
  await page.getByLabel('Días de gracia antes de marcar una entrega como atrasada').fill('10');
  await page.getByRole('button', { name: 'Guardar plazos' }).click();
  await expect(page.getByText('Plazos guardados.')).toBeVisible();
  await screenshot(page, '20-home-admin');
});
