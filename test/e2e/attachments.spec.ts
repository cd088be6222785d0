import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfDocument, scannedPage } from '../helpers/generated-files';
import { completeSetup, createUser, expect, screenshot, test } from './fixtures';

const STAFF = { fullName: 'María Salud Condori', username: 'maria.salud', password: 'clave-de-maria-1' };

test('documents: picker, scan inbox, camera, viewer, replace with history, refusal', async ({ page, webApp }) => {
  const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-inbox-'));
  try {
    await page.goto(webApp.url);
    await completeSetup(page);

    await page.getByRole('navigation').getByRole('button', { name: 'Configuración' }).click();
    await page.getByLabel('Carpeta de la bandeja de escaneos').fill(inbox);
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(page.getByText('Configuración guardada.')).toBeVisible();

    await createUser(page, STAFF, 'health');
    await page.getByRole('row', { name: new RegExp(STAFF.username) }).getByRole('button', { name: 'Documentos' }).click();
    const panel = page.getByRole('region', { name: `Documentos de ${STAFF.fullName}` });
    await expect(panel.getByText('Todavía no hay documentos.')).toBeVisible();

    await test.step('attach a scan through the file picker and see its thumbnail', async () => {
      await panel.getByLabel('Elegir archivo…').setInputFiles({ name: 'resolucion.png', mimeType: 'image/png', buffer: await scannedPage(120) });
      await expect(panel.getByText('Documento «resolucion.png» guardado.')).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Ver: resolucion.png' }).locator('img')).toBeVisible();
    });

    await test.step('a renamed program is refused with a clear message', async () => {
      await panel.getByLabel('Elegir archivo…').setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500)]) });
      await expect(panel.getByRole('alert')).toContainText('parece un programa de Windows');
      await screenshot(page, '20-attachments-refused');
    });

    await test.step('a file dropped in the scan inbox appears in the tray and is assigned', async () => {
      await panel.getByRole('button', { name: 'Bandeja de escaneos' }).click();
      const tray = panel.getByRole('region', { name: 'Bandeja de escaneos' });
      await expect(tray.getByText('La bandeja está vacía.', { exact: false })).toBeVisible();
      fs.writeFileSync(path.join(inbox, 'SCAN_0001.pdf'), pdfDocument(3));
      await expect(tray.getByText('SCAN_0001.pdf')).toBeVisible();
      await screenshot(page, '21-scan-tray');
      await tray.getByRole('button', { name: 'Adjuntar a este registro' }).click();
      await expect(panel.getByText('Documento «SCAN_0001.pdf» guardado.')).toBeVisible();
      await expect(tray.getByText('SCAN_0001.pdf')).toHaveCount(0);
      expect(fs.readdirSync(inbox).filter((name) => !name.startsWith('.'))).toEqual([]);
    });

    await test.step('the viewer pages through the PDF, zooms and rotates', async () => {
      await panel.getByRole('button', { name: 'Ver: SCAN_0001.pdf' }).click();
      const viewer = page.getByRole('dialog', { name: 'Documento: SCAN_0001.pdf' });
      await expect(viewer.getByText('Página 1 de 3')).toBeVisible();
      await viewer.getByRole('button', { name: 'Página siguiente' }).click();
      await expect(viewer.getByText('Página 2 de 3')).toBeVisible();
      await viewer.getByRole('button', { name: 'Acercar' }).click();
      await expect(viewer.getByText('125 %')).toBeVisible();
      await viewer.getByRole('button', { name: 'Girar' }).click();
      await expect(viewer.locator('canvas')).toBeVisible();
      await screenshot(page, '22-viewer-pdf');
      await viewer.getByRole('button', { name: 'Cerrar' }).click();
      await expect(viewer).toBeHidden();
    });

    await test.step('a photo from the camera, with preview and retake', async () => {
      await panel.getByRole('button', { name: 'Tomar foto' }).click();
      const camera = page.getByRole('dialog', { name: 'Tomar una foto del documento' });
      await camera.getByRole('button', { name: 'Tomar foto' }).click();
      await camera.getByRole('button', { name: 'Repetir' }).click();
      await camera.getByRole('button', { name: 'Tomar foto' }).click();
      await camera.getByRole('button', { name: 'Usar esta foto' }).click();
      await expect(panel.getByText(/Documento «foto-.*\.jpg» guardado\./)).toBeVisible();
    });

    await test.step('replacing keeps the previous document in the history', async () => {
      await panel.getByRole('listitem').filter({ hasText: 'resolucion.png' }).getByRole('button', { name: 'Reemplazar' }).click();
      await panel.getByLabel('Elegir archivo…').setInputFiles({ name: 'resolucion-firmada.pdf', mimeType: 'application/pdf', buffer: pdfDocument(1) });
      await expect(panel.getByText('Documento «resolucion-firmada.pdf» guardado.')).toBeVisible();
      await expect(panel.getByText('Versiones anteriores (1)')).toBeVisible();
      await panel.getByText('Versiones anteriores (1)').click();
      await expect(panel.getByRole('button', { name: 'Ver: resolucion.png' })).toBeVisible();
      await screenshot(page, '23-attachments-panel');
    });
  } finally {
    fs.rmSync(inbox, { recursive: true, force: true });
  }
});
