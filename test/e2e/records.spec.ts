import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { expect, invokeAsUser, screenshot, setUpAndSignInAs, test, today } from './fixtures';

const REGISTRAR = { fullName: 'Luis Ramos Huamán', username: 'luis.ramos', password: 'clave-de-luis-1' };

test('records that stay right: a birth date fixed with its reason, a phone edited, a second prescription renewed, the balance after the Planilla', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, REGISTRAR, 'registrar');
  const image = (await scannedPage(44)).toString('base64');
  const caregiver = await invokeAsUser(page, 'formula.createCaregiver', { nationalId: '45678912', firstNames: 'María', lastNames: 'Quispe Mamani', phone: '984123456', coverageChecked: true });
  const withInfant = await invokeAsUser(page, 'formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate: addDays(today(), -20) });
  const infantId = withInfant.infants[0]?.id ?? '';
  await invokeAsUser(page, 'formula.createPrescription', {
    infantId,
    prescriptionDate: addDays(today(), -10),
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 2,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 45678',
    prescriptionImage: { fileName: 'receta.png', dataBase64: image },
  });

  await page.getByRole('navigation').getByRole('button', { name: 'Fórmula' }).click();
  await page.getByRole('textbox', { name: 'Buscar responsable por DNI o nombre' }).fill('45678912');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await page.getByRole('button', { name: /Quispe Mamani, María/ }).click();

  await test.step('the caregiver’s phone is edited; no reason is asked for a phone', async () => {
    await page.getByRole('button', { name: 'Editar: María Quispe Mamani' }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar María Quispe Mamani' });
    await expect(dialog.getByLabel('Teléfono')).toHaveValue('984123456');
    await dialog.getByLabel('Teléfono').fill('999 111 222');
    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('999 111 222')).toBeVisible();
  });

  await test.step('a mistyped birth date is fixed: the reason is required, and the history shows old → new', async () => {
    await page.getByRole('button', { name: 'Editar: Thiago Quispe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar Thiago Quispe' });
    const before = showIsoDate(addDays(today(), -20));
    const after = showIsoDate(addDays(today(), -22));
    await expect(dialog.getByLabel('Fecha de nacimiento')).toHaveValue(before);
    await dialog.getByLabel('Fecha de nacimiento').fill(after);
    await expect(dialog.getByLabel('Motivo del cambio (obligatorio)')).toBeVisible();
    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(dialog.getByText('Escriba el motivo del cambio: este dato cambia lo que el programa entrega.').first()).toBeVisible();
    await expect(dialog.getByLabel('Fecha de nacimiento')).toHaveValue(after);
    await dialog.getByLabel('Motivo del cambio (obligatorio)').fill('Mal digitada: según el DNI del lactante');
    await screenshot(page, '35-edit-birth-date');
    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: /^Thiago Quispe/ }).click();
    await page.getByRole('button', { name: /^Historial de María Quispe Mamani|^Historial de Quispe Mamani, María/ }).click();
    const history = page.getByRole('dialog', { name: /^Historial/ });
    await expect(history.getByText(`Fecha de nacimiento: «${before}» → «${after}». Motivo: Mal digitada: según el DNI del lactante`)).toBeVisible();
    await history.getByRole('button', { name: 'Cerrar' }).click();
  });

  await test.step('the prescription’s scan opens in the viewer and is replaced, the old one kept in its history', async () => {
    await page.getByRole('button', { name: /^Receta escaneada y documentos de la receta del/ }).click();
    const docs = page.getByRole('region', { name: /^Receta escaneada y documentos de la receta del/ });
    await docs.getByRole('button', { name: 'Ver: receta.png' }).first().click();
    const viewer = page.getByRole('dialog', { name: /receta\.png/ });
    await expect(viewer).toBeVisible();
    await viewer.getByRole('button', { name: 'Cerrar' }).click();
    await docs.getByRole('button', { name: 'Reemplazar' }).click();
    await docs.getByLabel('Elegir archivo…').setInputFiles({ name: 'receta-legible.png', mimeType: 'image/png', buffer: await scannedPage(46) });
    await expect(docs.getByText('receta-legible.png', { exact: true })).toBeVisible();
    await expect(docs.getByText('Versiones anteriores (1)')).toBeVisible();
  });

  await test.step('a second prescription for the same infant is refused, then saved as a renewal', async () => {
    await page.locator('summary', { hasText: 'Renovar la receta (tras una reevaluación)' }).click();
    const form = page.getByRole('form', { name: 'Nueva receta' });
    await form.getByLabel(/^Renueva la receta vigente del/).uncheck();
    await form.getByLabel('Motivo (diagnóstico)').selectOption('adoption');
    await form.getByLabel('Duración de la receta (meses, 1 a 6)').fill('3');
    await form.getByLabel('Nombre y apellidos').fill('Dra. Ana Torres');
    await form.getByLabel('Profesión', { exact: true }).fill('Médica pediatra');
    await form.getByLabel('Matrícula / colegiatura').fill('CMP 45678');
    await form.getByLabel('Receta escaneada o foto (obligatoria)').setInputFiles({ name: 'receta-2.png', mimeType: 'image/png', buffer: await scannedPage(45) });
    await form.getByRole('button', { name: 'Guardar' }).click();
    await expect(form.getByText(/ya tiene una receta vigente .* regístrela como renovación/).first()).toBeVisible();
    await form.getByLabel(/^Renueva la receta vigente del/).check();
    await form.getByRole('button', { name: 'Guardar' }).click();
    await expect(page.getByText(/Cerrada \(Renovada por una nueva receta\) desde el/)).toBeVisible();
    await screenshot(page, '36-renewed');
  });

  await test.step('a delivery typed in the Planilla shows on the Fórmula screen at the next visit', async () => {
    const current = page.getByRole('region', { name: new RegExp(`^Receta del ${showIsoDate(today()).replace(/\//g, '\\/')}`) });
    await expect(current.getByText(/^Entregado 0 g/)).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Planilla semanal' }).click();
    const sheet = page.getByRole('table', { name: 'Cargar la planilla semanal de entregas' });
    await sheet.getByRole('textbox', { name: 'DNI responsable, fila 1', exact: true }).fill('45678912');
    await sheet.getByRole('textbox', { name: 'Latas 800 g, fila 1', exact: true }).fill('2');
    await expect(sheet.getByText(/Thiago Quispe: quedan/)).toBeVisible();
    await page.getByRole('button', { name: 'Guardar las filas' }).click();
    await expect(page.getByText('Se guardó 1 entrega.')).toBeVisible();
    // The Fórmula screen stayed open on Thiago (nothing typed is lost): it shows the delivery at once.
    await page.getByRole('navigation').getByRole('button', { name: 'Fórmula' }).click();
    await expect(page.getByRole('region', { name: /^Receta del / }).first().getByText(/^Entregado 1.600 g/)).toBeVisible();
    await screenshot(page, '37-formula-after-planilla');
  });
});
