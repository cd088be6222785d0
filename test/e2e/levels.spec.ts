import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { createUser, expect, invokeAsUser, screenshot, signIn, test, today } from './fixtures';
import { enrolPair, facilityAs, initSite, lactared, SITE_ADMIN_PASSWORD } from './sync-sites';

const OFFICER = { fullName: 'Lic. Julia Vargas', username: 'julia.vargas', password: 'clave-de-la-region' };

const REGISTRY = [
  'Código;Nombre;Categoría;DIRESA;Red;Microrred;Distrito;Provincia;Atiende partos;Teléfono',
  '00001111;Puesto de Salud Cerrito;I-2;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;San Jerónimo;Cusco;Sí;084-555111',
  '00002222;Centro de Salud Belén;I-3;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;Santiago;Cusco;Sí;084-555222',
  '00003333;Puesto de Salud Huasao;I-1;DIRESA Cusco;Red Cusco Sur;Microrred Oropesa;Oropesa;Quispicanchi;Sí;',
  '00004444;Posta Saylla;I-1;DIRESA Cusco;Red Cusco Sur;Microrred Oropesa;Saylla;Cusco;No;',
  '12;Fila con código roto;I-1;DIRESA Cusco;;;;;Sí;',
].join('\r\n');

test('a region officer imports the registry, registers facilitators, reads both indicators with their shortfalls, prints the report and the directory; a facility prints the directory it received', async ({ page, webApp }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-e2e-levels-'));
  const [cerrito, belen] = [path.join(folder, 'cerrito'), path.join(folder, 'belen')];
  const bundles: string[] = [];

  await test.step('a region and two facilities that send straight to it; one facility forms a group', async () => {
    await initSite(webApp.dataDir, 'region', 'DIRESACU', 'DIRESA Cusco', 'MINSA');
    await initSite(cerrito, 'facility', '00001111', 'Puesto de Salud Cerrito', 'Microrred San Juan');
    await initSite(belen, 'facility', '00002222', 'Centro de Salud Belén', 'Microrred San Juan');
    await enrolPair(cerrito, webApp.dataDir, folder);
    await enrolPair(belen, webApp.dataDir, folder);
    const day = showIsoDate(addDays(today(), -3));
    const health = await facilityAs(cerrito, 'health');
    const mother = await health.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: { ownBreastfeeding: true } });
    let group = await health.ok('groups.create', { name: 'Mamás de Cerrito', formedOn: day, leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15, community: 'Cerrito', meetingDay: 'Martes', meetingTime: '15:00' });
    group = await health.ok('groups.addMember', { groupId: group.id, firstNames: 'Ana', lastNames: 'Quispe', memberType: 'pregnant', joinedOn: day });
    await health.ok('groups.recordSession', { groupId: group.id, sessionDate: day, place: 'Local comunal', topic: 'Posiciones', facilitatorLeadMotherId: mother.id, moments: {}, attendance: group.members.map((m) => ({ memberId: m.id, present: true })) });
    health.main.close();
    for (const site of [cerrito, belen]) {
      const exported = await lactared('export', '--data-dir', site, '--out', path.join(folder, 'usb'));
      bundles.push(...(exported.files as string[]));
    }
  });

  await test.step('the officer signs in, sees the region’s menu and imports the bundles', async () => {
    await page.goto(webApp.url);
    await signIn(page, 'rosa.quispe', SITE_ADMIN_PASSWORD);
    await createUser(page, OFFICER, 'coordinator');
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(page, OFFICER.username, OFFICER.password);
    const menu = page.getByRole('navigation').getByRole('button');
    await expect(menu).toContainText(['Registro de establecimientos', 'Facilitadores', 'Programa de fórmula']);
    await page.getByRole('navigation').getByRole('button', { name: 'Sincronización' }).click();
    await page.getByLabel('Paquetes para importar').setInputFiles(bundles);
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await expect(page.getByText(/paquete 1 de Centro de Salud Belén, importado/)).toBeVisible();
  });

  await test.step('the registry is imported from a spreadsheet file, with the line it could not read', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Registro de establecimientos' }).click();
    await expect(page.getByText('Todavía no hay registro oficial')).toBeVisible();
    await page.getByLabel('Archivo del registro (.csv)', { exact: true }).setInputFiles({ name: 'renaes-cusco.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTRY, 'latin1') });
    await page.getByRole('button', { name: 'Importar registro' }).click();
    await expect(page.getByText('Se importaron 4 establecimientos')).toBeVisible();
    await expect(page.getByText(/Fila 6: «12» no es un código de establecimiento válido/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Establecimientos por región' }).getByRole('row', { name: /DIRESA Cusco/ })).toHaveText(/DIRESA Cusco\s*4\s*3/);
    await page.getByLabel('Código o nombre').fill('huasao');
    await expect(page.getByRole('table', { name: 'Buscar un establecimiento del registro' }).getByRole('row', { name: /Huasao/ })).toContainText('Oropesa / Quispicanchi');
    await screenshot(page, '95-registry');
  });

  await test.step('a facilitator is registered with the Anexo 1 profile and a training, by keyboard', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Facilitadores' }).click();
    const teams = page.getByRole('table', { name: 'Equipo de facilitadores por región (hoy)' });
    await expect(teams.getByRole('row', { name: /DIRESA Cusco/ })).toHaveText(/DIRESA Cusco\s*3\s*1\s*0\s*Faltan 1/);
    await page.getByText('Registrar un facilitador/a').click();
    const form = page.getByRole('form', { name: 'Registrar un facilitador/a' });
    await form.getByLabel('Nombre y apellidos').fill('Lic. Eva Ramos');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Enfermera');
    await form.getByLabel('Código del establecimiento donde trabaja').fill('00009999');
    for (const point of ['Realiza la atención de la salud', 'Domina la metodología educativa de adultos', 'Maneja programas básicos de cómputo']) await form.getByLabel(new RegExp(point)).check();
    await form.getByRole('button', { name: 'Registrar facilitador/a' }).click();
    await expect(form.getByText(/00009999 no está en el registro oficial/)).toBeVisible();
    await form.getByLabel('Código del establecimiento donde trabaja').fill('00001111');
    await form.getByLabel('Código del establecimiento donde trabaja').press('Enter');
    await expect(page.getByRole('table', { name: 'Facilitadores registrados' }).getByRole('row', { name: /Lic\. Eva Ramos/ })).toContainText('3 de 10');
    await page.getByText('Registrar una capacitación recibida').click();
    const training = page.getByRole('form', { name: 'Registrar una capacitación recibida' });
    await training.getByLabel('Facilitador/a').selectOption({ label: 'Lic. Eva Ramos — DIRESA Cusco' });
    await training.getByLabel('Capacitación').fill('Metodología de grupos de apoyo');
    await training.getByLabel('Inicio (dd/mm/aaaa)').fill(showIsoDate(addDays(today(), -20)));
    await training.getByLabel('Fin (dd/mm/aaaa)').fill(showIsoDate(addDays(today(), -18)));
    await training.getByLabel('Horas').fill('24');
    await training.getByRole('button', { name: 'Guardar capacitación' }).click();
    await expect(teams.getByRole('row', { name: /DIRESA Cusco/ })).toHaveText(/DIRESA Cusco\s*3\s*1\s*1\s*Completo/);
    await screenshot(page, '96-facilitators');
  });

  await test.step('the consolidated view reads both indicators over the registry, with who falls short, and prints', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Consolidado' }).click();
    await page.getByRole('combobox', { name: 'Período' }).selectOption({ label: 'Año completo' });
    await page.getByRole('button', { name: 'Ver', exact: true }).click();
    await expect(page.getByText('Denominadores: registro oficial renaes-cusco.csv')).toBeVisible();
    await expect(page.locator('.figure', { hasText: 'Indicador 1' })).toContainText('1 de 1 (100 %)');
    await expect(page.locator('.figure', { hasText: 'Indicador 2' })).toContainText('1 de 3 (33,3 %)');
    await expect(page.locator('.figure', { hasText: 'Indicador 2' })).toContainText('no cumple el estándar');
    const drill = page.getByRole('table', { name: 'Indicador 2 por región, red y microrred' });
    await expect(drill.getByRole('row', { name: /Red Cusco Sur/ })).toHaveText(/Red Cusco Sur\s*Red\s*0\s*1\s*0 %/);
    // The last step of the drill-down: the microrred opens to its facilities.
    await drill.getByRole('button', { name: 'Ver sus 2 establecimientos' }).click();
    await expect(drill.getByRole('row', { name: /Centro de Salud Belén \(00002222\)/ })).toContainText('Sin grupo conformado');
    await expect(drill.getByRole('row', { name: /Puesto de Salud Cerrito \(00001111\)/ })).toContainText('Con grupo conformado');
    await page.getByText(/Establecimientos que atienden partos sin grupo conformado \(2\)/).click();
    await expect(page.getByRole('list', { name: 'Establecimientos que atienden partos sin grupo conformado' })).toContainText('Puesto de Salud Huasao (00003333)');
    await screenshot(page, '97-consolidated-region');
    await page.getByRole('button', { name: 'Imprimir el consolidado' }).click();
    const preview = page.frameLocator('iframe.print-frame');
    await expect(preview.getByText('Consolidado de los grupos de apoyo y de la fórmula de inicio', { exact: false })).toBeVisible();
    await expect(preview.getByText('Puesto de Salud Huasao').first()).toBeVisible();
    await screenshot(page, '97b-consolidated-print');
    await page.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).click();
  });

  await test.step('the region publishes the directory of groups and prints it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Registro de establecimientos' }).click();
    await page.getByRole('button', { name: 'Publicar el directorio actualizado' }).click();
    await expect(page.getByText('Directorio publicado con 1 grupos.')).toBeVisible();
    await page.getByRole('button', { name: 'Imprimir el directorio' }).click();
    const preview = page.frameLocator('iframe.print-frame');
    await expect(preview.getByText('Mamás de Cerrito')).toBeVisible();
    await expect(preview.getByText('084-555111')).toBeVisible();
    await screenshot(page, '98-directory');
  });

  await test.step('the directory goes down to the facility, which prints it', async () => {
    const { jobId } = await invokeAsUser(page, 'sync.exportDown', { siteCode: '00002222' });
    await expect.poll(async () => (await invokeAsUser(page, 'sync.exportProgress', { jobId })).status).toBe('done');
    const down = await invokeAsUser(page, 'sync.exportProgress', { jobId });
    // Written by main in its outbox, from where the page downloads it.
    const file = path.join(webApp.dataDir, 'salida', down.status === 'done' ? down.fileName : '');
    await lactared('import', file, '--data-dir', belen);
    const registrar = await facilityAs(belen, 'registrar');
    const directory = await registrar.ok('levels.directory', {});
    expect(directory.entries.map((e) => [e.facilityName, e.groupName, e.meetingDay, e.meetingTime])).toEqual([['Puesto de Salud Cerrito', 'Mamás de Cerrito', 'Martes', '15:00']]);
    const printed = await registrar.ok('print.directory', {});
    expect(printed.html).toContain('Mamás de Cerrito');
    registrar.main.close();
  });
  fs.rmSync(folder, { recursive: true, force: true });
});
