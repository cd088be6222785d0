import fs from 'node:fs';
import { startStandIn } from '../dhis2/stand-in';
import { createUser, expect, invokeAsUser, screenshot, signIn, test } from './fixtures';
import { initSite, SITE_ADMIN_PASSWORD } from './sync-sites';
import { REGISTRY } from '../dhis2/fixtures';

const OFFICER = { fullName: 'Lic. Marta Salas', username: 'marta.salas', password: 'clave-del-nivel-nacional' };
const MAPPING = [
  'tipo;clave;uid;categoryOptionCombo',
  'elemento;ind1.regionsWithTeam;DeInd1Num01;',
  'elemento;ind1.regions;DeInd1Den01;',
  'elemento;ind2.facilitiesWithGroup;DeInd2Num01;',
  'elemento;ind2.birthFacilities;DeInd2Den01;',
  'unidad;pais;OuPeru00001;',
  'unidad;DIRESA Cusco;OuCusco0001;',
  'unidad;DIRESA Puno;OuPuno00001;',
].join('\r\n');

function semester(): string {
  const now = new Date();
  return `${now.getFullYear()}S${now.getMonth() < 6 ? 1 : 2}`;
}

test('the national officer imports the DHIS2 mapping, downloads the semester file, runs the dry-run push and reads the summary', async ({ page, webApp }) => {
  // DHIS2 knows the country and Cusco, not Puno: the dry run reports that conflict.
  const standIn = await startStandIn({ knownOrgUnits: ['OuPeru00001', 'OuCusco0001'] });
  try {
    await initSite(webApp.dataDir, 'national', 'MINSA', 'MINSA DGIESP', 'Perú');
    await page.goto(webApp.url);
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);

    await test.step('the admin keeps the DHIS2 server and its user in the settings', async () => {
      await page.getByRole('navigation').getByRole('button', { name: 'Configuración' }).click();
      const server = page.getByRole('form', { name: 'Servidor DHIS2' });
      await server.getByLabel('Dirección del servidor').fill(standIn.url);
      await server.getByLabel('Usuario de DHIS2').fill('admin');
      await server.getByLabel('Contraseña de DHIS2').fill('district');
      await server.getByRole('button', { name: 'Guardar servidor' }).click();
      await expect(page.getByText('Servidor guardado.')).toBeVisible();
      await createUser(page, OFFICER, 'coordinator');
      await page.getByRole('button', { name: 'Salir' }).click();
      await signIn(page, OFFICER.username, OFFICER.password);
      await expect(page.getByRole('heading', { name: `Hola, ${OFFICER.fullName}` })).toBeVisible();
      await invokeAsUser(page, 'levels.importRegistry', { fileName: 'renaes.csv', listDate: '01/11/2026', dataBase64: Buffer.from(REGISTRY).toString('base64') });
    });

    await test.step('the mapping is imported; a line naming something unknown keeps nothing', async () => {
      await page.getByRole('navigation').getByRole('button', { name: 'Consolidado' }).click();
      await expect(page.getByText('Todavía no hay mapeo')).toBeVisible();
      const file = page.getByLabel('Archivo del mapeo (.csv)');
      await file.setInputFiles({ name: 'mapeo.csv', mimeType: 'text/csv', buffer: Buffer.from(`${MAPPING}\r\nunidad;DIRESA Lima;OuLima00001;`) });
      await page.getByRole('button', { name: 'Importar mapeo' }).click();
      await expect(page.getByText('Fila 9: «DIRESA Lima» no es «pais», una región')).toBeVisible();
      await file.setInputFiles({ name: 'mapeo.csv', mimeType: 'text/csv', buffer: Buffer.from(MAPPING) });
      await page.getByRole('button', { name: 'Importar mapeo' }).click();
      await expect(page.getByText('Mapeo importado: 7 filas.')).toBeVisible();
      await expect(page.getByText(/En vigor: mapeo\.csv/)).toBeVisible();
    });

    await test.step('the semester file downloads as DHIS2 dataValueSets', async () => {
      await expect(page.getByLabel('Período DHIS2')).toHaveValue(semester());
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Descargar JSON' }).click();
      const file = await (await download).path();
      const payload = JSON.parse(fs.readFileSync(file, 'utf8')) as { dataValues: { dataElement: string; orgUnit: string; period: string; value: string }[] };
      expect(payload.dataValues).toContainEqual({ dataElement: 'DeInd2Den01', period: semester(), orgUnit: 'OuPeru00001', value: '2' });
      await expect(page.getByText(/dhis2-MINSA-.*\.json: 8 valores\./)).toBeVisible();
    });

    await test.step('the dry run shows DHIS2’s summary and its conflict; then the real push', async () => {
      await expect(page.getByRole('button', { name: 'Enviar a DHIS2' })).toBeDisabled();
      await page.getByRole('button', { name: 'Probar el envío (dryRun)' }).click();
      const summary = page.getByRole('region', { name: 'Resultado de la prueba (nada se guardó en DHIS2)' });
      await expect(summary).toContainText('WARNING: 6 importados, 0 actualizados, 2 ignorados.');
      await expect(summary.getByRole('table', { name: 'Conflictos (2)' })).toContainText('OuPuno00001');
      await screenshot(page, '99-dhis2-dry-run');
      expect(standIn.stored.size).toBe(0);
      await page.getByRole('button', { name: 'Enviar a DHIS2' }).click();
      await expect(page.getByRole('region', { name: 'Resultado del envío' })).toContainText('WARNING: 6 importados');
      expect(standIn.stored.size).toBe(6);
    });
  } finally {
    await standIn.close();
  }
});
