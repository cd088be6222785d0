import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { createUser, expect, screenshot, signIn, test, today } from './fixtures';
import { enrolPair, facilityAs, initSite, lactared, SITE_ADMIN_PASSWORD } from './sync-sites';

const COORDINATOR = { fullName: 'Lic. Carmen Ríos', username: 'carmen.rios', password: 'clave-coordinadora' };

test('the coordinator imports two facilities’ bundles, reads the summary and the consolidated indicators', async ({ page, webApp }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-sync-'));
  const [cerrito, belen] = [path.join(folder, 'cerrito'), path.join(folder, 'belen')];
  const bundles: string[] = [];

  await test.step('a microrred and two facilities, enrolled by fingerprint; each facility exports its bundle', async () => {
    await initSite(webApp.dataDir, 'microrred', '00009000', 'Microrred San Juan', 'Red Cusco Norte');
    await initSite(cerrito, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    await initSite(belen, 'facility', '00002222', 'Centro de Salud Belén', 'Microrred San Juan');
    await enrolPair(cerrito, webApp.dataDir, folder);
    await enrolPair(belen, webApp.dataDir, folder);
    const day = showIsoDate(addDays(today(), -3));
    const health = await facilityAs(cerrito, 'health');
    await health.ok('groups.designateStaff', { fullName: 'Lic. Eva Ramos', profession: 'Enfermera', role: 'designated', designatedOn: day, document: '' });
    const mother = await health.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: { ownBreastfeeding: true } });
    let group = await health.ok('groups.create', { name: 'Cerrito', formedOn: day, leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15 });
    group = await health.ok('groups.addMember', { groupId: group.id, firstNames: 'Ana', lastNames: 'Quispe', memberType: 'pregnant', joinedOn: day });
    await health.ok('groups.recordSession', { groupId: group.id, sessionDate: day, place: 'Local comunal', topic: 'Posiciones', facilitatorLeadMotherId: mother.id, moments: {}, attendance: group.members.map((m) => ({ memberId: m.id, present: true })) });
    health.main.close();
    const registrar = await facilityAs(belen, 'registrar');
    await registrar.ok('formula.receiveStock', { receivedDate: day, canGrams: '800', quantity: 10, lot: 'L-2026-01', expiryDate: '31/12/2027' });
    registrar.main.close();
    for (const site of [cerrito, belen]) {
      const exported = await lactared('export', '--data-dir', site, '--out', path.join(folder, 'usb'));
      bundles.push(...(exported.files as string[]));
    }
  });

  await test.step('the coordinator signs in and imports both files at once', async () => {
    await page.goto(webApp.url);
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
    await createUser(page, COORDINATOR, 'coordinator');
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(page, COORDINATOR.username, COORDINATOR.password);
    // The coordinator's day: both facilities enrolled, neither has sent a bundle yet.
    await expect(page.getByRole('region', { name: 'Para hoy' }).getByRole('button', { name: 'Establecimientos que no envían paquetes: 2. Abrir la lista' })).toBeVisible();
    // A microrred registers no caregiver, stock or group: those pages are not in its menu (issue 15).
    await expect(page.getByRole('navigation').getByRole('button')).toHaveText(['Inicio', 'Listados', 'Coordinación y plan', 'Seguimiento', 'Actividades HIS', 'Formularios', 'Sincronización', 'Consolidado', 'Mi contraseña']);
    await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
    await expect(page.getByRole('heading', { name: 'Sincronización con los otros niveles' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sitios inscritos que le envían paquetes' }).getByRole('row')).toHaveCount(3);
    await page.getByLabel('Paquetes para importar').setInputFiles(bundles);
    // First what would change, nothing applied yet (issue 15); then Importar.
    const preview = page.getByRole('table', { name: 'Lo que se importaría' });
    await expect(preview.getByRole('row', { name: /^Grupos de apoyo/ })).toHaveText(/Grupos de apoyo\s*1\s*0\s*0\s*0\s*0/);
    await expect(page.getByText(/paquete 1 de Puesto de Salud Cerrito, comprobado/)).toBeVisible();
    await screenshot(page, '69-sync-import-preview');
    // Main imports bundle by bundle (issue 19): the page follows it with a bar (held here to be seen).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/sync.importProgress', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    const progress = page.getByRole('status').filter({ hasText: /Paquetes importados: 0 de 2 · ahora: lactared-/ });
    await expect(progress.getByRole('progressbar', { name: 'Avance de la importación' })).toBeVisible();
    await screenshot(page, '69b-sync-import-progress');
    // Every poll held so far, and the next ones, go through from now on.
    release();
    await expect(preview).toHaveCount(0);
    const summary = page.getByRole('table', { name: 'Resumen de la importación' });
    await expect(summary.getByRole('row', { name: /^Grupos de apoyo/ })).toHaveText(/Grupos de apoyo\s*1\s*0\s*0\s*0\s*0/);
    await expect(summary.getByRole('row', { name: /^Ingresos de stock/ })).toHaveText(/Ingresos de stock\s*1\s*0\s*0\s*0\s*0/);
    await expect(page.getByText(/paquete 1 de Puesto de Salud Cerrito, importado/)).toBeVisible();
    await expect(page.getByText(/paquete 1 de Centro de Salud Belén, importado/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Descargar acuse de recibo para Puesto de Salud Cerrito' })).toBeVisible();
    await screenshot(page, '70-sync-import-summary');
    await page.getByRole('navigation').getByRole('button', { name: 'Inicio' }).click();
    await expect(page.getByRole('region', { name: 'Para hoy' }).getByRole('button', { name: 'Establecimientos que no envían paquetes: 0. Abrir la lista' })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
  });

  await test.step('a file that is not a bundle is refused and says why', async () => {
    await page.getByLabel('Paquetes para importar').setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('no es un paquete') });
    await expect(page.getByText('foto.jpg: rechazado.')).toBeVisible();
    // Nothing to import: the button says so by being off.
    await expect(page.getByRole('button', { name: 'Importar', exact: true })).toBeDisabled();
    await expect(page.getByText('El archivo no es un paquete de LactaRed (¿se eligió otro archivo?).')).toBeVisible();
  });

  await test.step('the consolidated view shows the two indicators and each facility', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Consolidado' }).click();
    await expect(page.getByRole('heading', { name: 'Consolidado e indicadores' })).toBeVisible();
    // No registry has come down yet: the enrolled facilities stand in, and the page says so.
    await expect(page.getByText('Sin registro oficial de establecimientos')).toBeVisible();
    await expect(page.locator('.figure', { hasText: 'con grupo de apoyo conformado' })).toContainText('1 de 2 (50 %)');
    await expect(page.locator('.figure', { hasText: 'con grupo de apoyo conformado' })).toContainText('no cumple');
    // Indicator 1 belongs to the regional and national levels, not to a microrred.
    await expect(page.locator('.figure', { hasText: 'equipo de facilitadores' })).toHaveCount(0);
    const groups = page.getByRole('table', { name: 'Grupos de apoyo por establecimiento' });
    await expect(groups.getByRole('row', { name: /Puesto de Salud Cerrito/ })).toHaveText(/Puesto de Salud Cerrito \(00001111\)\s*Sí\s*No\s*1\s*1\s*100 %\s*0\s*1/);
    const formula = page.getByRole('table', { name: 'Fórmula de inicio por establecimiento' });
    await expect(formula.getByRole('row', { name: /Centro de Salud Belén/ })).toHaveText(/Centro de Salud Belén \(00002222\)\s*0\s*0\s*0\s*8/);
    await screenshot(page, '71-consolidated');
  });
  fs.rmSync(folder, { recursive: true, force: true });
});
