import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** The Files and backups dialog, opened from the top bar (renderer/locales/fr/workspaceFiles.json). */
export class FilesPage {
  readonly dialog: Locator;
  readonly workspaceName: Locator;

  constructor(readonly ops: OperationsPage) {
    this.dialog = ops.page.getByRole('dialog', { name: 'Fichiers et sauvegardes' });
    this.workspaceName = ops.topBar.getByTestId('workspace-name');
  }

  async open(tab: 'Fichiers' | 'Sauvegardes' = 'Fichiers') {
    if (!(await this.dialog.isVisible())) await this.ops.topBar.getByRole('button', { name: 'Fichiers', exact: true }).click();
    await this.dialog.getByRole('tab', { name: tab }).click();
    await expect(this.dialog.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async createFile(name: string) {
    await this.open('Fichiers');
    await this.dialog.getByLabel('Nom du nouveau fichier').fill(name);
    await this.dialog.getByRole('button', { name: 'Créer et ouvrir' }).click();
    await expect(this.workspaceName).toContainText(name);
  }

  backupRows(): Locator {
    return this.dialog.getByRole('table').locator('tbody tr');
  }
}
