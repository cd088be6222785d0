import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN, expect, screenshot, setUpAndSignInAs, signIn, test, today } from './fixtures';

const NURSE = { fullName: 'Eva Ramos Ccori', username: 'eva.ramos', password: 'clave-de-eva-1' };

const d = (offset: number) => showIsoDate(addDays(today(), offset));

test('coordination: designated staff, key actor, minutes with the signed page, plan approved and versioned; HIS codes', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, NURSE, 'health');
  await page.getByRole('navigation').getByRole('button', { name: 'Coordinación y plan' }).click();

  await test.step('staff, actor and a minutes entry', async () => {
    await page.locator('summary', { hasText: 'Registrar designación' }).click();
    const staff = page.getByRole('form', { name: 'Registrar designación' });
    await staff.getByLabel('Nombre y apellidos').fill(NURSE.fullName);
    await staff.getByLabel('Profesión').fill('Enfermera');
    await staff.getByLabel('Designado el').fill(d(-60));
    await staff.getByLabel('Documento de designación (número)').fill('Memo 012-2026');
    await staff.getByRole('button', { name: 'Registrar designación' }).click();
    await expect(page.getByRole('table', { name: 'Personal de salud encargado y comité' }).getByRole('row', { name: /Eva Ramos Ccori/ })).toContainText('Memo 012-2026');
    await page.locator('summary', { hasText: 'Registrar actor' }).click();
    const actor = page.getByRole('form', { name: 'Registrar actor' });
    await actor.getByLabel('Nombre y apellidos').fill('Pedro Huamán');
    await actor.getByLabel('Organización o institución').fill('Comité del Vaso de Leche');
    await actor.getByRole('button', { name: 'Registrar actor' }).click();
    await expect(page.getByRole('table', { name: 'Actores clave de la comunidad' })).toContainText('Comité del Vaso de Leche');
    await page.locator('summary', { hasText: 'Registrar acta' }).click();
    const minutes = page.getByRole('form', { name: 'Registrar acta' });
    await minutes.getByLabel('Fecha de la reunión').fill(d(-10));
    await minutes.getByLabel('Lugar').fill('Local comunal');
    await minutes.getByLabel('Participantes (separados por coma)').fill('Pedro Huamán, Eva Ramos, Rosa Mamani');
    await minutes.getByLabel('Acuerdos').fill('Conformar el grupo de Cerrito en enero.');
    await minutes.getByLabel('Página firmada del acta (escaneada)').setInputFiles({ name: 'acta.png', mimeType: 'image/png', buffer: await scannedPage(9) });
    await minutes.getByRole('button', { name: 'Registrar acta' }).click();
    await expect(page.getByText('Conformar el grupo de Cerrito en enero.')).toBeVisible();
  });

  await test.step('the plan: draft with schedule and budget, agreed, approved and read-only, then a new version', async () => {
    const editor = page.getByRole('form', { name: 'Nuevo plan' });
    await editor.getByLabel('Título del plan').fill('Plan de grupos de apoyo 2027');
    await editor.getByLabel('Objetivo general').fill('Promover y proteger la lactancia materna exitosa en Cerrito.');
    await editor.getByRole('button', { name: 'Agregar línea: Cronograma' }).click();
    await editor.getByLabel('Actividad 1').fill('Taller de madres guía');
    await editor.getByLabel('Desde 1').fill(d(5));
    await editor.getByLabel('Hasta 1').fill(d(2));
    await editor.getByLabel('Responsable 1').fill('Lic. Eva Ramos');
    await editor.getByRole('button', { name: 'Agregar línea: Presupuesto' }).click();
    await editor.getByLabel('Rubro 1').fill('Refrigerios');
    await editor.getByLabel('Monto (S/) 1').fill('150,50');
    await editor.getByLabel('Financiamiento 1').fill('Municipalidad');
    await editor.getByRole('button', { name: 'Guardar plan' }).click();
    await expect(editor.getByText('La fecha de fin es anterior a la de inicio.')).toBeVisible();
    await editor.getByLabel('Hasta 1').fill(d(30));
    await editor.getByRole('button', { name: 'Guardar plan' }).click();
    await expect(page.getByRole('heading', { name: 'Plan de grupos de apoyo 2027 · Versión 1 · Borrador' })).toBeVisible();
    await expect(page.getByText('Total: S/ 150,50').first()).toBeVisible();
    await page.getByRole('form', { name: 'Registrar consenso con los actores' }).getByRole('button', { name: 'Registrar consenso con los actores' }).click();
    const approve = page.getByRole('form', { name: 'Registrar aprobación' });
    await approve.getByLabel('Aprobado por (autoridad del establecimiento)').fill('Dr. Juan Quispe, jefe del establecimiento');
    await approve.getByRole('button', { name: 'Registrar aprobación' }).click();
    await expect(page.getByText('Este plan está aprobado: no se puede cambiar.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Guardar plan' })).toHaveCount(0);
    await screenshot(page, '53-plan-approved');
    await page.getByRole('button', { name: 'Iniciar una nueva versión' }).click();
    await expect(page.getByRole('heading', { name: 'Plan de grupos de apoyo 2027 · Versión 2 · Borrador' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Plan de implementación: Versión 2' }).getByLabel('Objetivo general')).toHaveValue(
      'Promover y proteger la lactancia materna exitosa en Cerrito.',
    );
  });

  await test.step('the admin keeps the HIS code table; the month lists the minutes meeting with its code', async () => {
    await page.getByRole('button', { name: 'Salir' }).click();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('navigation').getByRole('button', { name: 'Actividades HIS' }).click();
    const form = page.getByRole('form', { name: 'Agregar código' });
    await form.getByLabel('Actividad').selectOption('minutes');
    await form.getByLabel('Código HIS').fill('C7002');
    await form.getByLabel('Descripción').fill('Reunión con actores sociales');
    await form.getByRole('button', { name: 'Agregar código' }).click();
    await expect(page.getByRole('table', { name: 'Tabla de códigos' })).toContainText('C7002');
    const held = addDays(today(), -10);
    const month = page.getByRole('form', { name: 'Actividades del mes' });
    await month.getByLabel('Mes').selectOption(String(Number(held.slice(5, 7))));
    await month.getByLabel('Año').fill(held.slice(0, 4));
    await month.getByRole('button', { name: 'Ver' }).click();
    const row = page.getByRole('table', { name: 'Actividades del mes' }).getByRole('row', { name: /Reunión con actores clave en Local comunal/ });
    await expect(row).toContainText('C7002');
    await expect(row).toContainText('3');
    await screenshot(page, '54-his-month');
  });
});
