import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of step 1 (renderer/locales/fr/issue.json, table.json). */
export const issueFr = {
  heading: 'Enjeu saillant',
  kind: 'Nature de l’enjeu',
  kinds: { difficulty: 'Difficulté', threat: 'Menace', opportunity: 'Opportunité' },
  statement: 'Énoncé de l’enjeu',
  whyCollective: 'Pourquoi aucun acteur ne peut le dénouer seul',
  scale: 'Échelle',
  scales: { local: 'Locale', territorial: 'Territoriale', regional: 'Régionale', national: 'Nationale', global: 'Globale' },
  commons: 'Biens communs en jeu',
  factsHeading: 'Faits et analyses',
  factsCaption: 'Faits et analyses de l’enjeu saillant',
  columns: { statement: 'Fait ou analyse', figure: 'Chiffre', unit: 'Unité', year: 'Année', source: 'Source' },
  newRow: 'nouvelle ligne',
  addRow: 'Ajouter la ligne',
} as const;

export type FactColumn = keyof typeof issueFr.columns;

export interface FactInput {
  statement: string;
  figure?: string;
  unit?: string;
  year?: string;
  source?: string;
}

/** Step 1, the salient issue: its fields, then the facts table (one row per fact, an entry line at the bottom). */
export class IssuePage {
  readonly kinds: Locator;
  readonly scales: Locator;
  readonly statement: Locator;
  readonly whyCollective: Locator;
  readonly commons: Locator;
  readonly facts: Locator;

  constructor(readonly ops: OperationsPage) {
    const main = ops.main;
    this.kinds = main.getByRole('group', { name: issueFr.kind, exact: true });
    this.scales = main.getByRole('group', { name: issueFr.scale, exact: true });
    this.statement = main.getByLabel(issueFr.statement, { exact: true });
    this.whyCollective = main.getByLabel(issueFr.whyCollective, { exact: true });
    this.commons = main.getByLabel(issueFr.commons, { exact: true });
    this.facts = main.getByRole('table', { name: issueFr.factsCaption });
  }

  kind(label: string): Locator {
    return this.kinds.getByRole('radio', { name: label, exact: true });
  }

  scale(label: string): Locator {
    return this.scales.getByRole('radio', { name: label, exact: true });
  }

  /** A cell of the entry line ("Chiffre – nouvelle ligne"). */
  entry(column: FactColumn): Locator {
    return this.facts.getByRole('textbox', { name: `${issueFr.columns[column]} – ${issueFr.newRow}`, exact: true });
  }

  /** A cell of a saved fact, found by the fact's (short) statement. */
  cell(column: FactColumn, statement: string): Locator {
    return this.facts.getByRole('textbox', { name: `${issueFr.columns[column]} – ${statement}`, exact: true });
  }

  /** The saved facts' rows (the entry line excluded). */
  get rows(): Locator {
    return this.facts.locator('tbody tr:not(.entry-row)');
  }

  /** A radio choice saves at once. */
  async choose(radio: Locator) {
    await radio.check();
    await expect(radio).toBeChecked();
    await this.ops.expectSaved();
  }

  /** Types into a text area and leaves it (it saves on blur). */
  async fillText(field: Locator, text: string) {
    await field.fill(text);
    await field.blur();
    await this.ops.expectSaved();
  }

  /**
   * Types a fact in the entry line, moving from cell to cell with Tab as a user would, and adds it
   * with Enter; resolves once the fact is a saved row and the entry line is empty again.
   */
  async typeFact(fact: FactInput) {
    const count = await this.rows.count();
    await this.entry('statement').click();
    await this.page.keyboard.type(fact.statement);
    for (const column of ['figure', 'unit', 'year', 'source'] as const) {
      await this.page.keyboard.press('Tab');
      await expect(this.entry(column)).toBeFocused();
      if (fact[column]) await this.page.keyboard.type(fact[column]);
    }
    await this.page.keyboard.press('Enter');
    await expect(this.rows).toHaveCount(count + 1);
    await expect(this.cell('statement', fact.statement)).toHaveValue(fact.statement);
    await expect(this.entry('statement')).toHaveValue('');
    await this.ops.expectSaved();
  }

  /** Edits a saved cell and commits it with Enter. */
  async editCell(column: FactColumn, statement: string, text: string) {
    const cell = this.cell(column, statement);
    await cell.fill(text);
    await cell.press('Enter');
    await this.ops.expectSaved();
  }

  private get page() {
    return this.ops.page;
  }
}
