import type { Page } from '@playwright/test';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { scannedPage } from '../helpers/generated-files';
import { expect, screenshot, setUpAndSignInAs, test, today } from './fixtures';

const NURSE = { fullName: 'Eva Ramos Ccori', username: 'eva.ramos', password: 'clave-de-eva-1' };
const MEMBERS = ['Ana', 'Berta', 'Carla', 'Diana', 'Elsa', 'Flor', 'Gladys', 'Hilda', 'Irma'];

const d = (offset: number) => showIsoDate(addDays(today(), offset));

async function registerLeadMother(page: Page, firstNames: string) {
  const form = page.getByRole('form', { name: 'Registrar candidata a madre guía' });
  if (!(await form.isVisible())) await page.getByText('Registrar candidata a madre guía').click();
  // A blank form gives no advice yet (issue 15).
  await expect(form.getByText(/^Cumple \d de los 7/)).toHaveCount(0);
  await form.getByLabel('Nombres', { exact: true }).fill(firstNames);
  await form.getByLabel('Apellidos', { exact: true }).fill('Mamani');
  await form.getByLabel('Comunidad', { exact: true }).fill('Cerrito');
  await form.getByLabel('Fecha de selección').fill(d(-45));
  for (const box of await form.getByRole('group', { name: 'Perfil (marque lo que cumple)' }).getByRole('checkbox').all()) await box.check();
  await form.getByRole('button', { name: 'Guardar' }).click();
  await expect(form.getByText(`${firstNames} Mamani quedó registrada como candidata a madre guía.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Madres guía' }).getByRole('row', { name: new RegExp(`${firstNames} Mamani`) })).toBeVisible();
}

async function markTraining(page: Page, session: RegExp, date: string, present: readonly string[]) {
  const form = page.getByRole('form', { name: 'Registrar asistencia' });
  await form.getByLabel('Sesión', { exact: true }).selectOption({ label: (await form.getByLabel('Sesión', { exact: true }).locator('option').filter({ hasText: session }).first().textContent()) ?? '' });
  await form.getByLabel('Fecha en que se realizó').fill(date);
  for (const name of present) await form.getByLabel(`${name} asistió`).check();
  await form.getByRole('button', { name: 'Guardar asistencia' }).click();
  await expect(form.getByText(`Asistencia de la sesión del ${date} guardada: ${present.length} de 2 madres guía presentes.`)).toBeVisible();
}

test('health staff trains two lead mothers, forms a group of 9, records a session and sees the monitoring change', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await setUpAndSignInAs(page, NURSE, 'health');
  const nav = page.getByRole('navigation');

  await test.step('two candidates are trained: one completes, the other misses session 3 and makes it up', async () => {
    await nav.getByRole('button', { name: 'Madres guía' }).click();
    await registerLeadMother(page, 'Rosa');
    await registerLeadMother(page, 'Juana');
    await page.getByText('Nuevo curso de capacitación').click();
    const course = page.getByRole('form', { name: 'Nuevo curso de capacitación' });
    await course.getByLabel('Nombre del curso').fill('Taller Cerrito 2026');
    await course.getByLabel('4 sesiones de 3 horas').check();
    await course.getByLabel('Fecha de inicio').fill(d(-40));
    await course.getByLabel('Rosa Mamani').check();
    await course.getByLabel('Juana Mamani').check();
    await course.getByRole('button', { name: 'Crear curso' }).click();
    const progress = page.getByRole('table', { name: 'Horas: Taller Cerrito 2026' });
    await expect(progress.getByRole('row')).toHaveCount(3);
    await markTraining(page, /^Sesión 1:/, d(-35), ['Rosa Mamani', 'Juana Mamani']);
    await expect(progress.getByRole('row', { name: /Juana Mamani/ })).toContainText('3 de 12 h');
    await markTraining(page, /^Sesión 2:/, d(-28), ['Rosa Mamani', 'Juana Mamani']);
    await expect(progress.getByRole('row', { name: /Juana Mamani/ })).toContainText('6 de 12 h');
    await markTraining(page, /^Sesión 3:/, d(-21), ['Rosa Mamani']);
    await expect(progress.getByRole('row', { name: /Rosa Mamani/ })).toContainText('9 de 12 h');
    await markTraining(page, /^Sesión 4:/, d(-14), ['Rosa Mamani', 'Juana Mamani']);
    await expect(progress.getByRole('row', { name: /Rosa Mamani/ })).toContainText('12 de 12 h · Completa');
    await expect(progress.getByRole('row', { name: /Juana Mamani/ })).toContainText('9 de 12 h · Falta: tema 3');
    const makeUp = page.getByRole('form', { name: 'Agregar sesión de recuperación' });
    await makeUp.getByLabel('Tema').selectOption('3');
    await makeUp.getByLabel('Fecha en que se realizó').fill(d(-7));
    await makeUp.getByRole('button', { name: 'Agregar recuperación' }).click();
    await markTraining(page, /^Recuperación del tema 3:/, d(-7), ['Juana Mamani']);
    await expect(progress.getByRole('row', { name: /Juana Mamani/ })).toContainText('12 de 12 h · Completa');
    const mothers = page.getByRole('table', { name: 'Madres guía' });
    await expect(mothers.getByRole('combobox', { name: 'Estado de Juana Mamani' })).toHaveValue('trained');
    await expect(mothers.getByRole('combobox', { name: 'Estado de Rosa Mamani' })).toHaveValue('trained');
    await mothers.getByRole('combobox', { name: 'Estado de Rosa Mamani' }).selectOption('active');
    await expect(mothers.getByRole('combobox', { name: 'Estado de Rosa Mamani' })).toHaveValue('active');
    await screenshot(page, '50-lead-mothers-trained');
  });

  await test.step('a group of 9 is formed; the 8-to-15 advice shows until the 8th member', async () => {
    await nav.getByRole('button', { name: 'Grupos de apoyo' }).click();
    const form = page.getByRole('form', { name: 'Conformar un grupo' });
    await form.getByLabel('Nombre del grupo').fill('Mamás de Cerrito');
    await form.getByLabel('Fecha de conformación').fill(d(-20));
    await form.getByLabel('Rosa Mamani').check();
    await form.getByLabel('Lugar de reunión').fill('Local comunal de Cerrito');
    await form.getByLabel('Se reúnen cada (días)').fill('45');
    await expect(form.getByText(/pasaría más de un mes entre sesiones/)).toBeVisible();
    await form.getByLabel('Se reúnen cada (días)').fill('15');
    await form.getByRole('button', { name: 'Conformar grupo' }).click();
    await expect(page.getByRole('heading', { name: 'Mamás de Cerrito' })).toBeVisible();
    await expect(page.getByText('El grupo tiene 0 integrantes: la guía recomienda entre 8 y 15.')).toBeVisible();
    await page.locator('summary', { hasText: 'Agregar integrante' }).click();
    const add = page.getByRole('form', { name: 'Agregar integrante' });
    for (const [index, name] of MEMBERS.entries()) {
      await add.getByLabel('Nombres').fill(name);
      await add.getByLabel('Apellidos').fill('Quispe');
      await add.getByLabel('Tipo').selectOption(index < 3 ? 'pregnant' : 'breastfeeding');
      await add.getByLabel('Edad', { exact: true }).fill(String(20 + index));
      await add.getByLabel('Ingreso').fill(d(-20));
      await add.getByRole('button', { name: 'Agregar integrante' }).click();
      await expect(page.getByRole('heading', { name: `Integrantes (${index + 1} ${index === 0 ? 'integrante' : 'integrantes'})` })).toBeVisible();
    }
    await expect(page.getByText(/la guía recomienda entre 8 y 15/)).toHaveCount(0);
    await add.getByLabel('Nombres').fill('ana');
    await add.getByLabel('Apellidos').fill('QUISPE');
    await add.getByLabel('Tipo').selectOption('caregiver');
    await add.getByRole('button', { name: 'Agregar integrante' }).click();
    await expect(add.getByText('Ana Quispe ya es integrante de este grupo.')).toBeVisible();
  });

  const held = addDays(today(), -3);
  const showPeriod = async () => {
    await nav.getByRole('button', { name: 'Seguimiento' }).click();
    const period = page.getByRole('form', { name: 'Período' });
    await period.getByRole('textbox', { name: 'Año' }).fill(held.slice(0, 4));
    await period.getByRole('combobox', { name: 'Período' }).selectOption(Number(held.slice(5, 7)) <= 6 ? '1' : '2');
    await period.getByRole('button', { name: 'Ver' }).click();
    return page.locator('.figures');
  };

  await test.step('before any session the monitoring page shows none', async () => {
    const figures = await showPeriod();
    await expect(figures.locator('.figure', { hasText: 'Sesiones realizadas' })).toContainText('0');
    await expect(figures.locator('.figure', { hasText: 'Asistencia promedio' })).toContainText('—');
    await expect(figures.locator('.figure', { hasText: 'Madres guía capacitadas' })).toContainText('2');
    await nav.getByRole('button', { name: 'Grupos de apoyo' }).click();
  });

  await test.step('a session with two absences (one unjustified) and the next one planned', async () => {
    const form = page.getByRole('form', { name: 'Registrar sesión' });
    await form.getByLabel('Fecha de la sesión').fill(d(-3));
    await form.getByLabel('Tema', { exact: true }).fill('Posiciones para amamantar');
    for (const box of await form.getByRole('group', { name: 'Los cinco momentos' }).getByRole('checkbox').all()) await box.check();
    const attendance = form.getByRole('table', { name: 'Asistencia' });
    await attendance.getByLabel('Asistió: Berta Quispe').uncheck();
    await attendance.getByLabel('Motivo de la inasistencia: Berta Quispe').fill('Viajó a Cusco');
    await attendance.getByLabel('Asistió: Flor Quispe').uncheck();
    await attendance.getByLabel('Motivo de la inasistencia: Flor Quispe').fill('Bebé con fiebre');
    await attendance.getByLabel('Justificada: Flor Quispe').check();
    await form.getByLabel('Acuerdos', { exact: true }).fill('Practicar la posición de cuna en casa.');
    await form.getByLabel(/Notas confidenciales/).fill('Una integrante contó una experiencia difícil.');
    await form.getByLabel('Fecha', { exact: true }).fill(d(11));
    await form.getByLabel('Tema(s)', { exact: true }).fill('Extracción de leche');
    await form.getByLabel('Hoja de asistencia firmada (escaneada)').setInputFiles({ name: 'asistencia.png', mimeType: 'image/png', buffer: await scannedPage(7) });
    // A date before the group was formed is refused; nothing typed is lost.
    await form.getByLabel('Fecha de la sesión').fill(d(-25));
    await form.getByRole('button', { name: 'Guardar sesión' }).click();
    await expect(form.getByText(/La fecha es anterior a la conformación del grupo/)).toBeVisible();
    await form.getByLabel('Fecha de la sesión').fill(d(-3));
    await expect(attendance.getByLabel('Motivo de la inasistencia: Berta Quispe')).toHaveValue('Viajó a Cusco');
    await form.getByRole('button', { name: 'Guardar sesión' }).click();
    await expect(page.getByText('7 presentes · 2 ausentes', { exact: true })).toBeVisible();
    await expect(page.getByText(`Sesión del ${d(-3)} guardada con su asistencia: 7 presentes · 2 ausentes.`)).toBeVisible();
    await expect(page.getByText(`${d(11)}  · Programada`).or(page.getByText(new RegExp(`${d(11).replace(/\//g, '\\/')}.*Programada`)))).toBeVisible();
    await expect(page.getByRole('form', { name: 'Registrar sesión' }).getByText(`Sesión programada para el ${d(11)}`)).toBeVisible();
    await screenshot(page, '51-group-session');
  });

  await test.step('the Anexo 2 of the session is previewed as printed, with the members and facilitators', async () => {
    await page.getByRole('button', { name: `Anexo 2 de la sesión del ${d(-3)}` }).click();
    const preview = page.getByRole('dialog', { name: /^Vista previa: Anexo 2/ });
    const sheet = preview.frameLocator('iframe');
    await expect(sheet.getByText('ANEXO N° 2')).toBeVisible();
    // A held session's sheet lists who attended: Berta and Flor stayed home (issue 15).
    await expect(sheet.getByText('Ana Quispe', { exact: true })).toBeVisible();
    await expect(sheet.getByText('Berta Quispe')).toHaveCount(0);
    await expect(sheet.getByText('Rosa Mamani')).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(2 + 15);
    await expect(preview.getByRole('button', { name: 'Imprimir o guardar como PDF' })).toBeVisible();
    await screenshot(page, '55-anexo2-preview');
    await preview.getByRole('button', { name: 'Cerrar' }).click();
    await expect(preview).toBeHidden();
  });

  await test.step('the monitoring page shows the group, the session, its attendance and the trained lead mothers', async () => {
    const figures = await showPeriod();
    await expect(figures.locator('.figure', { hasText: 'Grupos activos' })).toContainText('1');
    await expect(figures.locator('.figure', { hasText: 'Sesiones realizadas' })).toContainText('1');
    await expect(figures.locator('.figure', { hasText: 'Asistencia promedio' })).toContainText('77,8 %');
    await expect(figures.locator('.figure', { hasText: 'Madres guía capacitadas' })).toContainText('2');
    await expect(figures.locator('.figure', { hasText: 'Madres guía activas' })).toContainText('1');
    await expect(page.getByRole('img', { name: /Integrantes por tipo: Gestante 3, Madre que da de lactar 6/ })).toBeVisible();
    await screenshot(page, '52-monitoring');
  });
});
