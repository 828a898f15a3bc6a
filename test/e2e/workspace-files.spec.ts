import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiCall } from './api';
import { expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';

// Screenshots go under test-results/ unless SCREENSHOT_DIR=docs/screenshots.
const shots = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');

test.describe.configure({ mode: 'parallel' });

test('a new file, a backup, a restore undone from the toast, and the file downloaded', async ({ operationsPage: ops, server, page }, testInfo) => {
  await apiCall(server, 'preferences.set', { locale: 'fr', theme: 'light' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await ops.goto();
  const files = new FilesPage(ops);

  await files.createFile('Bassin minier');
  await files.close();
  await ops.createOperation('Filière bois');

  await files.open('Sauvegardes');
  await files.dialog.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(ops.toast('Sauvegarde faite.')).toBeVisible();
  await expect(files.backupRows().filter({ hasText: 'Manuelle' })).toHaveCount(1);
  await files.close();

  await ops.createOperation('Mobilité douce');
  await expect(ops.operationItems).toHaveCount(2);

  await files.open('Sauvegardes');
  await files.backupRows().filter({ hasText: 'Manuelle' }).getByRole('button', { name: /^Restaurer la sauvegarde du/ }).click();
  const restored = ops.toast(/restaurée ; le fichier d’avant est gardé en sauvegarde/);
  await expect(restored).toBeVisible();
  await expect(ops.operationItem('Mobilité douce')).toBeHidden();
  await expect(ops.operationItems).toHaveCount(1);
  await expect(files.backupRows().filter({ hasText: 'Avant une restauration' })).toHaveCount(1);

  await restored.getByRole('button', { name: 'Annuler' }).click();
  await expect(ops.toast(/Restauration annulée/)).toBeVisible();
  await expect(ops.operationItem('Mobilité douce')).toBeVisible();
  await expect(ops.operationItems).toHaveCount(2);

  await files.open('Fichiers');
  await expect(files.dialog.getByText('Bassin minier.tesr', { exact: true })).toBeVisible();
  const closeToast = page.locator('.toasts').getByRole('button', { name: 'Fermer' });
  while ((await closeToast.count()) > 0) await closeToast.first().click();
  mkdirSync(shots, { recursive: true });
  await page.mouse.move(1360, 760);
  await page.screenshot({ path: join(shots, 'files-files-fr-light.png'), animations: 'disabled', caret: 'hide' });

  const [download] = await Promise.all([page.waitForEvent('download'), files.dialog.getByRole('link', { name: 'Télécharger ce fichier' }).click()]);
  expect(download.suggestedFilename()).toBe('Bassin minier.tesr');
  const saved = testInfo.outputPath('downloaded.tesr');
  await download.saveAs(saved);
  expect(readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  const db = new Database(saved, { readonly: true });
  expect(db.prepare('SELECT title FROM operations ORDER BY title').pluck().all()).toEqual(['Filière bois', 'Mobilité douce']);
  db.close();
});

test('a .tesr dropped on the page is uploaded and opened; a foreign one is refused and nothing changes', async ({ operationsPage: ops, server, page }) => {
  await ops.goto();
  await ops.createOperation('Reste ouverte');
  const files = new FilesPage(ops);
  const original = await apiCall<{ path: string }>(server, 'workspace.info', {});
  // A colleague's file: the same workspace, downloaded (a consistent copy).
  const bytes = await page.evaluate(async () => Array.from(new Uint8Array(await (await fetch('/files/download')).arrayBuffer())));
  await apiCall(server, 'operations.create', { title: 'Après l’envoi' });

  const drop = (name: string, content: number[]) =>
    page.evaluate(
      ([n, c]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(c)], n));
        for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, content] as const,
    );

  await drop('acteurs.tesr', Array.from(Buffer.from('Nom;Collège\nCD2E;Experts\n')));
  await expect(ops.errorBanner).toContainText('acteurs.tesr n\'est pas un espace de travail TESR Studio');
  expect((await apiCall<{ path: string }>(server, 'workspace.info', {})).path).toBe(original.path);

  await drop('De Léa.tesr', bytes);
  await expect(files.workspaceName).toContainText('De Léa');
  await expect(ops.operationItem('Reste ouverte')).toBeVisible();
  await expect(ops.operationItem('Après l’envoi')).toBeHidden();
});

test('backups screen in English, dark', async ({ operationsPage: ops, server, page }) => {
  await apiCall(server, 'preferences.set', { locale: 'en', theme: 'dark' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await apiCall(server, 'operations.create', { title: 'Wood supply chain' });
  await apiCall(server, 'backups.create', {});
  await apiCall(server, 'operations.create', { title: 'Soft mobility' });
  await apiCall(server, 'backups.create', {});
  await ops.goto();
  await ops.topBar.getByRole('button', { name: 'Files', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Files and backups' });
  await dialog.getByRole('tab', { name: 'Backups' }).click();
  await expect(dialog.getByRole('table').locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  mkdirSync(shots, { recursive: true });
  await page.mouse.move(1360, 760);
  await page.screenshot({ path: join(shots, 'files-backups-en-dark.png'), animations: 'disabled', caret: 'hide' });
});
