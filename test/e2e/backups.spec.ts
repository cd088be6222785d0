import crypto from 'node:crypto';
import { ADMIN, completeSetup, createUser, expect, screenshot, signIn, test } from './fixtures';

const LUIS = { fullName: 'Luis Condori Apaza', username: 'luis.condori', password: 'clave-de-luis-2026' };

test('the admin sees the backups, restores one, and finds the data as it was', async ({ page, webApp }) => {
  await page.goto(webApp.url);
  await completeSetup(page);

  await test.step('a backup by hand, verified, listed with what it holds', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Copias de seguridad' }).click();
    await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
    await expect(page.getByText(/^Copia hecha y verificada/)).toBeVisible();
    const list = page.getByRole('table', { name: 'Copias guardadas en este equipo' });
    await expect(list.getByRole('row', { name: /Hecha a mano/ })).toContainText('1 usuarios');
    await expect(list.getByRole('row', { name: /Hecha a mano/ })).toContainText('Verificada');
  });

  await test.step('a user created after the backup', async () => {
    await createUser(page, LUIS, 'registrar');
  });

  await test.step('restoring the backup asks first, then brings the data back and signs everyone out', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Copias de seguridad' }).click();
    await page.getByRole('button', { name: /^Restaurar la copia del / }).first().click();
    await expect(page.getByRole('dialog')).toContainText('Antes se hará una copia del estado actual');
    await screenshot(page, '80-backup-restore-confirm');
    await page.getByRole('button', { name: 'Sí, restaurar' }).click();
    await expect(page.getByText(/^Se restauraron los datos del/)).toBeVisible();
    await page.getByRole('button', { name: 'Ir al ingreso' }).click();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('navigation').getByRole('button', { name: 'Usuarios' }).click();
    await expect(page.getByRole('cell', { name: ADMIN.fullName })).toBeVisible();
    await expect(page.getByText(LUIS.fullName)).toHaveCount(0);
    await page.getByRole('navigation').getByRole('button', { name: 'Copias de seguridad' }).click();
    const list = page.getByRole('table', { name: 'Copias guardadas en este equipo' });
    await expect(list.getByRole('row', { name: /Antes de restaurar/ })).toContainText('2 usuarios');
    await screenshot(page, '81-backups');
  });

  await test.step('the admin loads the publisher key and sees its fingerprint', async () => {
    const keyForm = page.getByRole('form', { name: 'Clave del publicador de actualizaciones' });
    await expect(keyForm.getByText(/Todavía no hay clave del publicador/)).toBeVisible();
    await keyForm.getByLabel('Clave del publicador de actualizaciones').fill('esto no es una clave');
    await keyForm.getByRole('button', { name: 'Guardar la clave' }).click();
    await expect(keyForm.getByText(/no es una clave pública de publicador/).first()).toBeVisible();
    const publicPem = crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await keyForm.getByLabel('Clave del publicador de actualizaciones').fill(publicPem);
    await keyForm.getByRole('button', { name: 'Guardar la clave' }).click();
    await expect(keyForm.getByText(/instala solo actualizaciones firmadas por la clave con huella \d/)).toBeVisible();
    await screenshot(page, '82-publisher-key');
  });

  await test.step('an update folder without a release says so in Spanish', async () => {
    const update = page.getByRole('form', { name: 'Actualizar LactaRed' });
    await update.getByLabel('Carpeta o dirección de la actualización').fill('/media/usb/no-hay-nada');
    await update.getByRole('button', { name: 'Buscar actualización' }).click();
    await expect(update.getByText(/En esa carpeta no hay una actualización de LactaRed/)).toBeVisible();
  });
});
