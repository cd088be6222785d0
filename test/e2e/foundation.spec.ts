import { ADMIN, completeSetup, createUser, expect, newUserForm, screenshot, signIn, test } from './fixtures';

const REGISTRAR = { fullName: 'Luis Ramos Huamán', username: 'luis.ramos', password: 'clave-de-luis-1' };

test('setup → registrar → lockout → idle lock keeps the form → audit log', async ({ page, webApp }) => {
  await page.clock.install();
  await page.goto(webApp.url);
  // The token leaves the address bar once the page has it.
  await expect(page).not.toHaveURL(/token=/);

  await test.step('first-run setup refuses bad input field by field, in Spanish', async () => {
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect(page.getByText('Elija el país.')).toBeVisible();
    await screenshot(page, '01-setup-country-missing');
    await page.getByLabel('Perú').check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Código RENAES (IPRESS)').fill('12');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await expect(page.getByText('Escriba el nombre.')).toBeVisible();
    await expect(page.getByText(/debe tener de 5 a 8 dígitos/)).toBeVisible();
    await expect(page.getByLabel('Nombre del establecimiento')).toBeFocused();
    await screenshot(page, '02-setup-site-errors');
    await page.getByRole('button', { name: 'Atrás' }).click();
    await completeSetup(page, true);
    await screenshot(page, '04-home-admin');
  });

  await test.step('the admin creates a registrar', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Usuarios' }).click();
    const form = newUserForm(page);
    await form.getByRole('button', { name: 'Crear usuario' }).click();
    await expect(form.getByText('Escriba el nombre y apellidos.')).toBeVisible();
    await expect(form.getByText('Elija un rol.')).toBeVisible();
    await createUser(page, REGISTRAR, 'registrar');
    await expect(page.getByRole('cell', { name: REGISTRAR.username, exact: true })).toBeVisible();
    await expect(form.getByLabel('Nombre y apellidos')).toHaveValue('');
    await screenshot(page, '05-users-created');
  });

  await test.step('sign out; five wrong passwords lock the registrar out', async () => {
    await page.getByRole('button', { name: 'Salir' }).click();
    await expect(page.getByRole('heading', { name: 'Ingresar' })).toBeVisible();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, REGISTRAR.username, `equivocada-${attempt}`);
      await expect(page.getByRole('alert').filter({ hasText: `Le ${5 - attempt === 1 ? 'queda 1 intento' : `quedan ${5 - attempt} intentos`}` })).toBeVisible();
    }
    await signIn(page, REGISTRAR.username, 'equivocada-5');
    await expect(page.getByRole('alert').filter({ hasText: /Demasiados intentos fallidos.*5 minutos/ })).toBeVisible();
    await screenshot(page, '06-login-locked-out');
    // Even the right password is refused while locked out.
    await signIn(page, REGISTRAR.username, REGISTRAR.password);
    await expect(page.getByRole('alert').filter({ hasText: /bloqueado/ })).toBeVisible();
    // The answer to this attempt has arrived (it empties the password) before anyone types again.
    await expect(page.getByLabel('Contraseña', { exact: true })).toHaveValue('');
  });

  await test.step('the admin signs in and starts typing a form', async () => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { name: `Hola, ${ADMIN.fullName}` })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Usuarios' }).click();
    const form = newUserForm(page);
    await form.getByLabel('Nombre y apellidos').fill('Ana Sin Terminar');
    await form.getByLabel('Usuario (para ingresar)').fill('ana.pendiente');
  });

  await test.step('idle time locks the session; the lock screen hides the data', async () => {
    await page.clock.fastForward('05:30');
    await expect(page.getByRole('heading', { name: 'Sesión bloqueada' })).toBeVisible();
    await expect(page.getByText('Ana Sin Terminar')).toHaveCount(0);
    await expect(page.getByRole('cell', { name: REGISTRAR.username })).toBeHidden();
    await screenshot(page, '07-idle-locked');
  });

  await test.step('switching user asks before discarding the unsaved form', async () => {
    const lock = page.getByRole('dialog');
    await lock.getByRole('button', { name: 'Ingresar con otro usuario' }).click();
    await expect(lock.getByRole('alert').filter({ hasText: /Hay datos sin guardar en: Nuevo usuario/ })).toBeVisible();
    await screenshot(page, '08-switch-user-asks');
    await lock.getByRole('button', { name: 'Cancelar' }).click();
  });

  await test.step('unlock with the same user: the typed input is intact', async () => {
    const lock = page.getByRole('dialog', { name: 'Sesión bloqueada' });
    await expect(lock.getByLabel('Contraseña', { exact: true })).toBeFocused();
    await lock.getByLabel('Contraseña', { exact: true }).fill('no-es-la-clave');
    await lock.getByRole('button', { name: 'Desbloquear' }).click();
    await expect(lock.getByText(/La contraseña no es correcta/).first()).toBeVisible();
    await lock.getByLabel('Contraseña', { exact: true }).fill(ADMIN.password);
    await lock.getByRole('button', { name: 'Desbloquear' }).click();
    await expect(page.getByRole('heading', { name: 'Sesión bloqueada' })).toBeHidden();
    const form = newUserForm(page);
    await expect(form.getByLabel('Nombre y apellidos')).toHaveValue('Ana Sin Terminar');
    await expect(form.getByLabel('Usuario (para ingresar)')).toHaveValue('ana.pendiente');
    await screenshot(page, '09-unlocked-form-intact');
  });

  await test.step('the admin browses and filters the audit log', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Auditoría' }).click();
    await expect(page.getByRole('heading', { name: 'Registro de auditoría' })).toBeVisible();
    const table = page.getByRole('region', { name: 'Registro de auditoría' }).locator('table');
    await expect(table.getByRole('cell', { name: 'Configuración inicial del sitio' })).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Usuario creado' })).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Usuario bloqueado por intentos fallidos' })).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Sesión bloqueada' })).toBeVisible();
    await screenshot(page, '10-audit-all');

    await page.getByLabel('Acción').selectOption({ label: 'Ingreso fallido' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    // Header, the registrar's five wrong passwords and one while locked out, the admin's wrong unlock.
    await expect(table.getByRole('row')).toHaveCount(1 + 7);
    await expect(table.getByRole('cell', { name: REGISTRAR.username, exact: true })).toHaveCount(6);
    await expect(table.getByRole('cell', { name: ADMIN.username, exact: true })).toHaveCount(1);

    await page.getByLabel('Desde (dd/mm/aaaa)').fill('31/02/2026');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect(page.getByText('Escriba la fecha como dd/mm/aaaa, por ejemplo 05/03/2026.')).toBeVisible();
    await screenshot(page, '11-audit-filtered-bad-date');
  });
});

test('a registrar sees only what exists for the role', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await completeSetup(page);
  await createUser(page, REGISTRAR, 'registrar');
  await page.getByRole('button', { name: 'Salir' }).click();

  await signIn(page, REGISTRAR.username, REGISTRAR.password);
  await expect(page.getByRole('heading', { name: `Hola, ${REGISTRAR.fullName}` })).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('button')).toHaveText(['Inicio', 'Fórmula', 'Planilla semanal', 'Listados', 'Stock de latas', 'Formularios', 'Mi contraseña']);
  await expect(page.getByText('Registrador/a (personal administrativo)').first()).toBeVisible();
  await screenshot(page, '12-home-registrar');
});
