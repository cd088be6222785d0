import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scannedPage } from '../helpers/generated-files';
import { createUser, expect, screenshot, signIn, test } from './fixtures';
import { enrolPair, facilityAs, initSite, lactared, SITE_ADMIN_PASSWORD } from './sync-sites';

const HIV = 'Persona con infección de VIH/SIDA';
const RESERVED = 'Reservado al personal de salud';

/** One caregiver with an infant and an HIV-reason prescription, typed by the facility's registrar. */
async function hivCase(dataDir: string): Promise<void> {
  const registrar = await facilityAs(dataDir, 'registrar');
  const caregiver = await registrar.ok('formula.createCaregiver', { nationalId: '45678912', firstNames: 'Marisol', lastNames: 'Quintanilla', phone: '984123456', coverageChecked: true });
  const withInfant = await registrar.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quintanilla', birthDate: '2026-10-17' });
  await registrar.ok('formula.createPrescription', {
    infantId: withInfant.infants[0]?.id ?? '',
    prescriptionDate: '2026-11-20',
    reasonCode: 'hiv',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 6,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Médica pediatra',
    prescriberLicence: 'CMP 45678',
    hivCaregiverBirthDate: '1998-04-30',
    hivCaregiverSex: 'F',
    hivViralLoad: '< 50 copias/ml',
    hivModality: 'Tratamiento antirretroviral',
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(40)).toString('base64') },
  });
  registrar.main.close();
}

test('who sees the diagnosis at a facility: not the registrar, not the admin; health staff do (issue 18.3)', async ({ page, webApp }) => {
  await initSite(webApp.dataDir, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
  await hivCase(webApp.dataDir);
  const prescriptionsList = async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
    await page.getByRole('button', { name: 'Recetas', exact: true }).click();
    return page.getByRole('table').first();
  };

  await test.step('the admin manages users, and the prescriptions list shows the reason reserved', async () => {
    await page.goto(webApp.url);
    // The folder is encrypted (made by the command line): the sign-in screen comes before anything is open.
    await expect(page.getByText('Los datos de esta computadora están cifrados', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: '¿Nadie recuerda su contraseña? Usar la clave de recuperación' })).toBeVisible();
    await screenshot(page, '89-encrypted-sign-in');
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
    await createUser(page, { fullName: 'Lic. Eva Ramos', username: 'eva.salud', password: 'clave-de-eva-1' }, 'health');
    const list = await prescriptionsList();
    await expect(list).toContainText(RESERVED);
    await expect(list).not.toContainText(HIV);
    await screenshot(page, '90-admin-reason-reserved');
    await page.getByRole('button', { name: 'Salir' }).click();
  });

  await test.step('the registrar sees the entitlement, not the diagnosis', async () => {
    await signIn(page, 'registrar.e2e', 'clave-de-prueba');
    const list = await prescriptionsList();
    await expect(list).toContainText(RESERVED);
    await expect(list).not.toContainText(HIV);
    await page.getByRole('button', { name: 'Salir' }).click();
  });

  await test.step('health staff see the reason', async () => {
    await signIn(page, 'eva.salud', 'clave-de-eva-1');
    const list = await prescriptionsList();
    await expect(list).toContainText(HIV);
    await screenshot(page, '91-health-reason-shown');
  });
});

test('an Argentine área programática reads the facility’s figures and no identity (issue 18.1)', async ({ page, webApp }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-privacy-'));
  const facility = path.join(folder, 'cerrito');
  await initSite(webApp.dataDir, 'microrred', 'AREA1', 'Área programática Norte', 'Región sanitaria I', 'AR');
  await initSite(facility, 'facility', '10020012215412', 'Centro de Salud Cerrito', 'Área programática Norte', 'AR');
  await enrolPair(facility, webApp.dataDir, folder);
  await hivCase(facility);
  const exported = await lactared('export', '--data-dir', facility, '--out', path.join(folder, 'usb'));

  await test.step('the coordinator reads what this level receives, and imports the bundle', async () => {
    await page.goto(webApp.url);
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
    await createUser(page, { fullName: 'Lic. Carmen Ríos', username: 'carmen.rios', password: 'clave-coordinadora' }, 'coordinator');
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(page, 'carmen.rios', 'clave-coordinadora');
    await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
    const receives = page.getByRole('list', { name: 'Este nivel recibe' });
    await expect(receives).toContainText('Nombres del personal');
    await expect(receives).not.toContainText('Identidad de responsables');
    await page.getByLabel('Paquetes para importar').setInputFiles(exported.files as string[]);
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await expect(page.getByText(/paquete 1 de Centro de Salud Cerrito, importado/)).toBeVisible();
    await screenshot(page, '92-area-privacy');
  });

  await test.step('the lists count the family under pseudonyms; no name, DNI or diagnosis', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Listados' }).click();
    const list = page.getByRole('table').first();
    await expect(list).toContainText(/anon-[0-9a-f]{10}/);
    await expect(list).not.toContainText('Marisol');
    await expect(list).not.toContainText('45678912');
    await page.getByRole('button', { name: 'Recetas', exact: true }).click();
    const prescriptions = page.getByRole('table').first();
    await expect(prescriptions).toContainText('Reservado al nivel que puede verlo');
    await expect(prescriptions).not.toContainText(HIV);
    await screenshot(page, '93-area-pseudonyms');
  });

  await test.step('the consolidated page shows the facility', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Consolidado' }).click();
    await expect(page.locator('main')).toContainText('Centro de Salud Cerrito');
  });
});
