import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { expect, invokeAsUser, screenshot, setUpAndSignInAs, test, today } from './fixtures';

const REGISTRAR = { fullName: 'Luis Ramos Huamán', username: 'luis.ramos', password: 'clave-de-luis-1' };

/** A caregiver with infants on a 1-month total-replacement prescription (4,000 g) dated 10 days ago. */
async function registerCase(page: Page, nationalId: string, lastNames: string, infants: readonly string[]): Promise<void> {
  const image = (await scannedPage(40)).toString('base64');
  const caregiver = await invokeAsUser(page, 'formula.createCaregiver', {
    nationalId,
    firstNames: 'Responsable',
    lastNames,
    phone: '984000000',
    coverageChecked: true,
  });
  for (const firstNames of infants) {
    const withInfant = await invokeAsUser(page, 'formula.createInfant', { caregiverId: caregiver.id, firstNames, lastNames, birthDate: addDays(today(), -40) });
    const infant = withInfant.infants.find((i) => i.firstNames === firstNames);
    await invokeAsUser(page, 'formula.createPrescription', {
      infantId: infant?.id ?? '',
      prescriptionDate: addDays(today(), -10),
      reasonCode: 'adoption',
      milkType: 'Fórmula de inicio',
      replacement: 'total',
      durationMonths: 1,
      prescriberName: 'Dra. Ana Torres',
      prescriberProfession: 'Pediatra',
      prescriberLicence: 'CMP 45678',
      prescriptionImage: { fileName: 'receta.png', dataBase64: image },
    });
  }
}

/** Types one paper line from the date cell, with Enter between cells, as on the sheet. */
async function typeLine(page: Page, line: { date?: string; dni: string; twin?: string; c800: string; c1kg?: string; byDni?: string; byName?: string }) {
  if (line.date) await page.keyboard.type(line.date);
  await page.keyboard.press('Enter');
  await page.keyboard.type(line.dni);
  if (line.twin) {
    // The infant column offers a choice only once the DNI is known: wait for it, then pick with the keyboard.
    const row = page.getByRole('row').filter({ has: page.locator(':focus') });
    await expect(row.getByRole('combobox')).toBeVisible();
    await page.keyboard.press('Enter');
    for (let option = line.twin === 'B' ? 2 : 1; option > 0; option -= 1) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.type(line.c800);
  await page.keyboard.press('Enter');
  await page.keyboard.type(line.c1kg ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line.byDni ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line.byName ?? '');
  await page.keyboard.press('Enter');
}

test('a week of paper sheets typed by keyboard: 10 rows, 2 bad ones stay to be corrected', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, REGISTRAR, 'registrar');
  await registerCase(page, '41111111', 'Quispe', ['Ana']);
  await registerCase(page, '42222222', 'Mamani', ['Beto']);
  await registerCase(page, '43333333', 'Huamán', ['Gemelo A', 'Gemelo B']);

  await page.getByRole('navigation').getByRole('button', { name: 'Planilla semanal' }).click();
  const sheet = page.getByRole('table', { name: 'Cargar la planilla semanal de entregas' });
  const cell = (column: string, row: number) => sheet.getByRole('textbox', { name: `${column}, fila ${row}`, exact: true });
  const d = (offset: number) => showIsoDate(addDays(today(), offset));

  await test.step('ten lines typed with Enter only; the DNI is looked up inline with what remains', async () => {
    await cell('Fecha', 1).focus();
    await page.keyboard.press('Control+a');
    await typeLine(page, { date: d(-6), dni: '41111111', c800: '1' });
    await typeLine(page, { dni: '42.222.222', c800: '1', byName: 'Tía Rosa' });
    await typeLine(page, { dni: '43333333', twin: 'A', c800: '1' });
    await typeLine(page, { date: d(-5), dni: '41111111', c800: '', c1kg: '1' });
    await typeLine(page, { dni: '49999999', c800: '1' });
    await typeLine(page, { dni: '42222222', c800: '1', byDni: '40000001', byName: 'Abuela Juana' });
    await typeLine(page, { date: d(-4), dni: '43333333', twin: 'B', c800: '2' });
    await typeLine(page, { dni: '41111111', c800: '9' });
    await typeLine(page, { date: d(-3), dni: '42222222', c800: '1' });
    await typeLine(page, { dni: '41111111', c800: '1' });
    await expect(cell('Fecha', 11)).toBeFocused();
    await expect(cell('Fecha', 11)).toHaveValue(d(-3));
    await expect(sheet.getByText('Ana Quispe: quedan 4.000 g').first()).toBeVisible();
    await expect(sheet.getByText('No hay un responsable con ese DNI: regístrelo primero en Fórmula.')).toBeVisible();
    // The sheet adds up its own lines: after Ana's two lines above, 2.200 g remain for the third.
    await expect(sheet.getByText('Ana Quispe: quedan 2.200 g').first()).toBeVisible();
    await expect(sheet.getByText('Supera lo que queda (2.200 g).')).toBeVisible();
    await screenshot(page, '40-batch-typed');
  });

  await test.step('nothing typed is lost when the screen locks or the page is reloaded', async () => {
    await page.getByRole('button', { name: 'Bloquear' }).click();
    const lock = page.getByRole('dialog', { name: 'Sesión bloqueada' });
    await lock.getByLabel('Contraseña', { exact: true }).fill(REGISTRAR.password);
    await lock.getByRole('button', { name: 'Desbloquear' }).click();
    await expect(cell('DNI responsable', 8)).toHaveValue('41111111');
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Planilla semanal' }).click();
    await expect(page.getByText(/Se recuperó la planilla que estaba cargando/)).toBeVisible();
    await expect(cell('DNI responsable', 10)).toHaveValue('41111111');
    await expect(cell('Nombre recibe', 6)).toHaveValue('Abuela Juana');
    await expect(sheet.getByRole('combobox', { name: 'Lactante y saldo, fila 7' })).toHaveValue(/.+/);
  });

  await test.step('Ctrl+Enter saves: the first delivery of each infant is saved; a second one within the week waits for a confirmation', async () => {
    await cell('DNI responsable', 1).focus();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Se guardaron 4 entregas. 6 filas quedaron en pantalla para corregir.')).toBeVisible();
    await expect(sheet.getByText(/ya recibió 1 × 800 g el .* Si no es la misma entrega/).first()).toBeVisible();
    await screenshot(page, '41-batch-repeats');
    // Five of them are other deliveries indeed (the unknown DNI is not one).
    for (const row of [1, 3, 4, 5, 6]) await sheet.getByRole('checkbox', { name: `Es otra entrega, fila ${row}` }).check();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Se guardaron 4 entregas. 2 filas quedaron en pantalla para corregir.')).toBeVisible();
    // Header, the two rows to correct and an empty line to go on typing.
    await expect(sheet.getByRole('row')).toHaveCount(4);
    await expect(cell('DNI responsable', 1)).toHaveValue('49999999');
    await expect(cell('DNI responsable', 1)).toBeFocused();
    await expect(sheet.getByText('No hay un responsable con ese DNI: regístrelo primero en Fórmula.')).toBeVisible();
    await expect(cell('Latas 800 g', 2)).toHaveValue('9');
    await expect(cell('Latas 800 g', 2)).toHaveAttribute('aria-invalid', 'true');
    // What remains now, after the rows saved below it on the sheet.
    await expect(sheet.getByText('Ana Quispe: quedan 1.400 g')).toBeVisible();
    await expect(sheet.getByText('Supera lo que queda (1.400 g).')).toBeVisible();
    const saved = page.getByRole('region', { name: 'Guardadas en esta sesión' });
    await expect(saved.getByRole('listitem')).toHaveCount(8);
    await expect(saved.getByText(`${d(-4)} · DNI 43333333 · Gemelo B Huamán · quedan 2.400 g`)).toBeVisible();
    await screenshot(page, '41-batch-two-left');
  });

  await test.step('the two lines are corrected and saved; the sheet is empty and its draft gone', async () => {
    await cell('DNI responsable', 1).fill('42222222');
    await cell('Latas 800 g', 2).fill('1');
    await expect(sheet.getByText('Beto Mamani: quedan 1.600 g')).toBeVisible();
    await expect(sheet.getByText('Ana Quispe: quedan 1.400 g')).toBeVisible();
    await sheet.getByRole('checkbox', { name: 'Es otra entrega, fila 2' }).check();
    await page.keyboard.press('Control+Enter');
    // Beto's line is his third in the week: confirmed too.
    await sheet.getByRole('checkbox', { name: 'Es otra entrega, fila 1' }).check();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Se guardó 1 entrega.')).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Guardadas en esta sesión' }).getByRole('listitem')).toHaveCount(10);
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Planilla semanal' }).click();
    await expect(cell('DNI responsable', 1)).toHaveValue('');
    await expect(page.getByText(/Se recuperó la planilla/)).toHaveCount(0);
  });

  await test.step('the lists show the week: deliveries by date range, exported to CSV, each with its history', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
    await page.getByRole('button', { name: 'Entregas', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filtrar' });
    await filters.getByLabel('Desde').fill(d(-5));
    await filters.getByLabel('Hasta').fill(d(-3));
    await filters.getByRole('button', { name: 'Filtrar' }).click();
    // Ten delivered; the three of the first day fall outside the range.
    await expect(page.getByText('7 registros')).toBeVisible();
    const table = page.getByRole('table', { name: 'Entregas' });
    await expect(table.getByRole('row')).toHaveCount(8);
    await expect(table.getByRole('row').nth(1)).toContainText(d(-3));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`entregas-${today()}.csv`);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Fecha;DNI responsable;Responsable;Lactante;Latas 800 g;Latas 1 kg;Gramos;Recibió;Origen;Anulación');
    expect(lines).toHaveLength(8);
    expect(lines.filter((line) => line.includes(';Planilla;'))).toHaveLength(7);
    await expect(page.getByText(`Se exportaron 7 filas en entregas-${today()}.csv.`)).toBeVisible();
    await screenshot(page, '42-lists-deliveries');

    await page.getByRole('button', { name: 'Recetas', exact: true }).click();
    await expect(page.getByText('4 registros')).toBeVisible();
    const prescriptions = page.getByRole('table', { name: 'Recetas' });
    const ana = prescriptions.getByRole('row').filter({ hasText: 'Ana Quispe' });
    await expect(ana).toContainText('3.400');
    await ana.getByRole('button', { name: /^Historial de/ }).click();
    const history = page.getByRole('dialog');
    await expect(history.getByRole('heading', { name: /^Historial:/ })).toBeVisible();
    await expect(history.getByRole('row').filter({ hasText: 'Entrega registrada' })).toHaveCount(4);
    await expect(history.getByRole('row').filter({ hasText: 'Receta registrada' })).toHaveCount(1);
    await expect(history.getByText(REGISTRAR.username).first()).toBeVisible();
    await screenshot(page, '43-record-history');
    await history.getByRole('button', { name: 'Cerrar' }).click();
    await expect(history).toBeHidden();
  });
});
