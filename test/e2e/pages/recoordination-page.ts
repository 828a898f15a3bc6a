import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of step 4 (renderer/locales/fr/recoordination.json). */
export const recoordinationFr = {
  heading: 'Recoordination',
  actionsHeading: 'Actions',
  newAction: 'Nouvelle action',
  add: 'Ajouter',
  actionList: 'Actions de l’opération',
  actionFields: { title: 'Titre', lead: 'Porteur', status: 'État', budget: 'Budget (€)', start: 'Début', end: 'Fin', description: 'Description' },
  fundingHeading: 'Financements',
  fundingCaption: (title: string) => `Financements de l’action « ${title} »`,
  fundingColumns: { source: 'Source', amount: 'Montant (€)', note: 'Note' },
  sources: {
    public_funds: 'Fonds publics',
    local_authority: 'Politiques d’intervention des collectivités',
    private_finance: 'Outils financiers privés',
    solidarity_economy: 'Économie solidaire',
    citizen: 'Financement citoyen',
  },
  relationsHeading: 'Relations à faire évoluer',
  actionFor: (relation: string) => `Action pour la relation ${relation}`,
  unlinked: '⚠ Sans action',
  indicatorsHeading: 'Indicateurs',
  newIndicator: 'Nouvel indicateur',
  indicatorList: 'Indicateurs de l’opération',
  indicatorFields: { name: 'Nom', unit: 'Unité', baseline: 'Valeur de référence', target: 'Cible' },
  measurementsCaption: (name: string) => `Mesures de l’indicateur « ${name} »`,
  measurementColumns: { date: 'Date', note: 'Note' },
  valueIn: (unit: string) => `Valeur (${unit})`,
  newRow: 'nouvelle ligne',
} as const;

/** Step 4: actions (list + detail with its funding table), relations to change, indicators (list + detail). */
export class RecoordinationPage {
  readonly actions: Locator;
  readonly actionList: Locator;
  readonly relations: Locator;
  readonly indicators: Locator;
  readonly indicatorList: Locator;

  constructor(readonly ops: OperationsPage) {
    const main = ops.main;
    this.actions = main.getByRole('region', { name: recoordinationFr.actionsHeading, exact: true });
    this.actionList = this.actions.getByRole('list', { name: recoordinationFr.actionList });
    this.relations = main.getByRole('region', { name: recoordinationFr.relationsHeading, exact: true });
    this.indicators = main.getByRole('region', { name: recoordinationFr.indicatorsHeading, exact: true });
    this.indicatorList = this.indicators.getByRole('list', { name: recoordinationFr.indicatorList });
  }

  /** The detail of the selected action (an article named by its title). */
  action(title: string): Locator {
    return this.actions.getByRole('article', { name: title, exact: true });
  }

  actionEntry(title: string): Locator {
    return this.actionList.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  async addAction(title: string) {
    const field = this.actions.getByLabel(recoordinationFr.newAction, { exact: true });
    await field.fill(title);
    await field.press('Enter');
    await expect(this.action(title)).toBeVisible();
    await expect(field).toHaveValue('');
    await this.ops.expectSaved();
  }

  actionField(title: string, label: keyof typeof recoordinationFr.actionFields): Locator {
    return this.action(title).getByLabel(recoordinationFr.actionFields[label], { exact: true });
  }

  funding(title: string): Locator {
    return this.action(title).getByRole('table', { name: recoordinationFr.fundingCaption(title) });
  }

  fundingRows(title: string): Locator {
    return this.funding(title).locator('tbody tr:not(.entry-row)');
  }

  /** Adds a funding line from the table's entry line: source, amount as typed ("120 000"), Enter. */
  async addFunding(title: string, source: string, amount: string, note = '') {
    const table = this.funding(title);
    const before = await this.fundingRows(title).count();
    const entry = (column: keyof typeof recoordinationFr.fundingColumns) =>
      table.getByLabel(`${recoordinationFr.fundingColumns[column]} – ${recoordinationFr.newRow}`, { exact: true });
    await entry('source').selectOption({ label: source });
    await entry('amount').fill(amount);
    if (note) await entry('note').fill(note);
    await entry('amount').press('Enter');
    await expect(this.fundingRows(title)).toHaveCount(before + 1);
    await expect(entry('amount')).toHaveValue('');
    await this.ops.expectSaved();
  }

  /** The select tying a relation to change to its action ("Action pour la relation A → B"). */
  relationAction(relation: string): Locator {
    return this.relations.getByLabel(recoordinationFr.actionFor(relation), { exact: true });
  }

  indicator(name: string): Locator {
    return this.indicators.getByRole('article', { name, exact: true });
  }

  async addIndicator(name: string) {
    const field = this.indicators.getByLabel(recoordinationFr.newIndicator, { exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.indicator(name)).toBeVisible();
    await this.ops.expectSaved();
  }

  indicatorField(name: string, label: keyof typeof recoordinationFr.indicatorFields): Locator {
    return this.indicator(name).getByLabel(recoordinationFr.indicatorFields[label], { exact: true });
  }

  measurements(name: string): Locator {
    return this.indicator(name).getByRole('table', { name: recoordinationFr.measurementsCaption(name) });
  }

  measurementRows(name: string): Locator {
    return this.measurements(name).locator('tbody tr:not(.entry-row)');
  }

  /** Adds a dated measurement ("2024-06-30", "1 250,5") with Enter. */
  async addMeasurement(name: string, unit: string, date: string, value: string) {
    const table = this.measurements(name);
    const before = await this.measurementRows(name).count();
    await table.getByLabel(`${recoordinationFr.measurementColumns.date} – ${recoordinationFr.newRow}`, { exact: true }).fill(date);
    const valueCell = table.getByLabel(`${recoordinationFr.valueIn(unit)} – ${recoordinationFr.newRow}`, { exact: true });
    await valueCell.fill(value);
    await valueCell.press('Enter');
    await expect(this.measurementRows(name)).toHaveCount(before + 1);
    await this.ops.expectSaved();
  }
}
