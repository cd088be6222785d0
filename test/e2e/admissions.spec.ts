import type { Page } from '@playwright/test';
import { addDays, showIsoDate, toIsoDate } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { expect, screenshot, setUpAndSignInAs, test } from './fixtures';

const REGISTRAR = { fullName: 'Luis Ramos Huamán', username: 'luis.ramos', password: 'clave-de-luis-1' };

function day(offset: number): string {
  const now = new Date();
  return showIsoDate(addDays(toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }), offset));
}

/** Types cells with Enter between them, as a registrar copies a line of the paper sheet. */
async function typeCells(page: Page, cells: readonly string[]) {
  for (const text of cells) {
    if (text !== '') await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
}

test('admissions typed from the paper sheet wait for their scanned prescription before any delivery', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, REGISTRAR, 'registrar');
  await page.getByRole('navigation').getByRole('button', { name: 'Planilla semanal' }).click();
  await page.getByRole('button', { name: 'Altas (recetas nuevas)' }).click();
  const sheet = page.getByRole('group', { name: 'Altas de la semana' });
  const cell = (column: string, row: number) => sheet.getByLabel(`${column}, alta ${row}`, { exact: true });

  await test.step('two admissions typed with Enter only; one without the caregiver’s phone stays to be corrected', async () => {
    await cell('DNI responsable', 1).focus();
    // Who: caregiver and infant (no DNI for the newborn yet), then the prescription; the reason by its printed number.
    await typeCells(page, ['45678912', 'María', 'Quispe Mamani', '984123456', 'Thiago', 'Quispe', '', day(-20)]);
    await typeCells(page, [day(-2)]);
    await expect(cell('Motivo', 1)).toBeFocused();
    await cell('Motivo', 1).selectOption({ label: '7. Bajo régimen de adopción' });
    await page.keyboard.press('Enter');
    // The grams a month are asked only for a partial replacement: Enter skips them.
    await typeCells(page, ['2', '', 'Dra. Ana Torres', 'CMP 45678']);
    await expect(cell('DNI responsable', 2)).toBeFocused();
    await expect(cell('Fecha de la receta', 2)).toHaveValue(day(-2));
    await expect(cell('Quién prescribe', 2)).toHaveValue('Dra. Ana Torres');
    await typeCells(page, ['41111111', 'Rosa', 'Mamani', '', 'Luz', 'Mamani', '', day(-15), '']);
    await cell('Motivo', 2).selectOption({ label: '8. Madre fallecida o ausente' });
    await cell('Meses', 2).fill('1');
    await screenshot(page, '42-admissions-typed');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Se guardó 1 alta. Una quedó en pantalla para corregir.')).toBeVisible();
    await expect(page.getByText('Thiago Quispe · DNI responsable 45678912 · falta adjuntar la receta escaneada')).toBeVisible();
    await expect(cell('Teléfono', 1)).toBeFocused();
    await expect(sheet.getByText('Escriba un teléfono del responsable', { exact: false })).toBeVisible();
    await cell('Teléfono', 1).fill('987654321');
    await page.getByRole('button', { name: 'Guardar las altas' }).click();
    await expect(page.getByText('Se guardó 1 alta.', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Recetas por escanear (2)' })).toBeVisible();
  });

  await test.step('a delivery for an admission without its scan is refused with the reason', async () => {
    await page.getByRole('button', { name: 'Entregas', exact: true }).click();
    const deliveries = page.getByRole('table', { name: 'Cargar la planilla semanal de entregas' });
    await deliveries.getByRole('textbox', { name: 'DNI responsable, fila 1', exact: true }).fill('45678912');
    await expect(deliveries.getByText('Thiago Quispe: quedan 8.000 g')).toBeVisible();
    await deliveries.getByRole('textbox', { name: 'Latas 800 g, fila 1', exact: true }).fill('1');
    await page.getByRole('button', { name: 'Guardar las filas' }).click();
    await expect(deliveries.getByText('todavía no tiene su imagen escaneada', { exact: false })).toBeVisible();
  });

  await test.step('the scan is attached from the pending list; the list empties and the delivery is saved', async () => {
    await page.getByRole('button', { name: 'Recetas por escanear (2)' }).click();
    await page.getByRole('button', { name: 'Adjuntar la receta escaneada de Thiago Quispe' }).click();
    const docs = page.getByRole('region', { name: /^Receta de Thiago Quispe del/ });
    await docs.getByLabel('Elegir archivo…').setInputFiles({ name: 'receta-thiago.png', mimeType: 'image/png', buffer: await scannedPage(47) });
    await expect(page.getByRole('button', { name: 'Recetas por escanear (1)' })).toBeVisible();
    await expect(page.getByText(/Thiago Quispe · DNI responsable/)).toHaveCount(1);
    await screenshot(page, '43-admissions-pending');
    await page.getByRole('button', { name: 'Entregas', exact: true }).click();
    await page.getByRole('button', { name: 'Guardar las filas' }).click();
    await expect(page.getByText('Se guardó 1 entrega.')).toBeVisible();
  });
});
