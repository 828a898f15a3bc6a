import type { Locator, Page } from '@playwright/test';
import { expect } from '../expect';

/** Texts of the French UI (renderer/locales/fr.json), the default language. */
export const fr = {
  heading: 'Opérations de développement',
  newOperation: 'Nouvelle opération',
  create: 'Créer',
  title: 'Intitulé',
  territory: 'Territoire',
  lead: 'Chef de projet',
  language: 'Langue',
  required: "L’intitulé est obligatoire.",
  deleteOperation: "Supprimer l’opération",
  confirmDelete: 'Supprimer',
  undo: 'Annuler',
  redo: 'Rétablir',
  switchToDark: 'Passer au thème sombre',
  switchToLight: 'Passer au thème clair',
  emptyTitle: "Aucune opération pour l’instant",
  selectTitle: 'Choisissez une opération',
  details: "Fiche de l’opération",
} as const;

const savedAt = /^Enregistré à \d{2}:\d{2}$/;

/**
 * The operations screen of the French UI, through accessible roles and labels only: the top bar
 * (banner), the operations list (navigation), the work area (main), dialogs and toasts.
 */
export class OperationsPage {
  readonly topBar: Locator;
  readonly sidebar: Locator;
  readonly main: Locator;
  readonly saveState: Locator;
  readonly errorBanner: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly createForm: Locator;
  readonly confirmDialog: Locator;

  constructor(
    readonly page: Page,
    /** The address with the run’s token; changes when a test restarts the server. */
    public url: string,
  ) {
    this.topBar = page.getByRole('banner');
    // Named by its heading, in either language (a test may switch to English).
    this.sidebar = page.getByRole('navigation', { name: /^(Opérations de développement|Development operations)$/ });
    this.main = page.getByRole('main');
    this.saveState = page.getByTestId('save-state');
    this.errorBanner = page.getByTestId('error-banner');
    // The accessible name says what would be undone ("Annuler : création d’une opération").
    this.undoButton = this.topBar.getByRole('button', { name: /^Annuler/ });
    this.redoButton = this.topBar.getByRole('button', { name: /^Rétablir/ });
    this.createForm = page.getByRole('form', { name: fr.newOperation });
    this.confirmDialog = page.getByRole('alertdialog');
  }

  /** Opens the app (the token is traded for a cookie) and waits for the list to be loaded. */
  async goto(url = this.url) {
    this.url = url;
    await this.page.goto(url);
    await this.waitLoaded();
  }

  async reload() {
    await this.page.reload();
    await this.waitLoaded();
  }

  /** Loaded once the centre shows a heading (empty state, card or form) instead of the loading line. */
  async waitLoaded() {
    await expect(this.sidebar).toBeVisible();
    await expect(this.main.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }

  /** The list entry of an operation, found by its exact title. */
  operationItem(title: string): Locator {
    return this.operationItems.filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** All list entries. */
  /** The operations themselves, not the steps listed under the selected one. */
  get operationItems(): Locator {
    // The sidebar's first list, in either language; its items' own buttons only.
    return this.sidebar.getByRole('list').first().locator(':scope > li > button');
  }

  /** The selected operation’s card. */
  /** The operation's card: the first region of the card screen (the walk's fields follow it). */
  get detail(): Locator {
    return this.main.getByRole('region').first();
  }

  get detailHeading(): Locator {
    return this.detail.getByRole('heading', { level: 2 });
  }

  field(label: string, scope: Locator = this.detail): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  async openCreateForm() {
    await this.sidebar.getByRole('button', { name: fr.newOperation }).click();
    await expect(this.createForm).toBeVisible();
  }

  /** Fills the form and submits it; resolves once the new operation is listed and saved. */
  async createOperation(title: string, territory = '', lead = '') {
    await this.openCreateForm();
    await this.field(fr.title, this.createForm).fill(title);
    if (territory) await this.field(fr.territory, this.createForm).fill(territory);
    if (lead) await this.field(fr.lead, this.createForm).fill(lead);
    await this.createForm.getByRole('button', { name: fr.create, exact: true }).click();
    await expect(this.createForm).toBeHidden();
    await expect(this.operationItem(title)).toBeVisible();
    await expect(this.detailHeading).toHaveText(title);
    await this.expectSaved();
  }

  async selectOperation(title: string) {
    await this.operationItem(title).click();
    await expect(this.operationItem(title)).toHaveAttribute('aria-current', 'true');
    await expect(this.detailHeading).toHaveText(title);
  }

  /** Edits the selected operation’s title and commits it with Enter. */
  async renameSelected(newTitle: string) {
    const field = this.field(fr.title);
    await field.fill(newTitle);
    await field.press('Enter');
    await expect(this.detailHeading).toHaveText(newTitle);
    await expect(this.operationItem(newTitle)).toBeVisible();
    await this.expectSaved();
  }

  async deleteSelected() {
    await this.detail.getByRole('button', { name: fr.deleteOperation }).click();
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByRole('button', { name: fr.confirmDelete, exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  /** A toast (role=status, in the toasts area) whose message matches. */
  toast(message: string | RegExp): Locator {
    return this.page.locator('.toasts').getByRole('status').filter({ hasText: message });
  }

  async undo() {
    await expect(this.undoButton).toBeEnabled();
    await this.undoButton.click();
  }

  async redo() {
    await expect(this.redoButton).toBeEnabled();
    await this.redoButton.click();
  }

  /** The save state shows the time of the last write ("Enregistré à 14:32"). */
  async expectSaved() {
    await expect(this.saveState).toHaveText(savedAt);
  }

  async chooseLanguage(locale: 'fr' | 'en') {
    // Label "Langue" in French, "Language" in English.
    await this.topBar.getByLabel(/^(Langue|Language)$/).selectOption(locale);
  }

  /** The theme button’s name says what it does next ("Passer au thème sombre" / "Switch to dark theme"). */
  themeButton(): Locator {
    return this.topBar.getByRole('button', { name: /thème|theme/i });
  }

  async theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
