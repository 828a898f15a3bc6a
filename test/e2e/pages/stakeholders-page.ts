import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of step 3 (renderer/locales/fr/stakeholders.json, table.json). */
export const stakeholdersFr = {
  heading: 'Parties prenantes',
  tableCaption: 'Parties prenantes de l’opération : une ligne par acteur',
  count: (n: number) => (n === 1 ? '1 partie prenante' : `${n} parties prenantes`),
  columns: {
    name: 'Acteur',
    acronym: 'Sigle',
    college: 'Collège',
    role: 'Rôle',
    influence: 'Influence',
    interest: 'Intérêt',
    stance: 'Posture',
    engagement: 'Engagement',
  },
  colleges: {
    public_authorities: 'Pouvoirs publics et élus',
    economic_actors: 'Entreprises et acteurs économiques',
    civil_society: 'Associations, société civile et habitants',
    experts_research: 'Experts, recherche et formation',
  },
  pasted: (n: number) => `${n} parties prenantes ajoutées`,
  positionsHeading: 'Positions sur les hypothèses',
  positionCell: (actor: string, index: number, hypothesis: string) => `Position de « ${actor} » sur H${index} : ${hypothesis}`,
  relationsHeading: 'Relations entre les acteurs',
  relationsCaption: 'Relations entre les parties prenantes de l’opération',
  relationColumns: { source: 'Source', target: 'Cible', kind: 'Nature', direction: 'Sens', strength: 'Intensité', status: 'Statut', note: 'Note' },
  relationRow: (source: string, target: string) => `${source} → ${target}`,
  relationKinds: { cooperation: 'coopération', funding: 'financement', information: 'information', partnership: 'partenariat' },
  relationStatuses: { existing: 'existante', to_create: 'à créer', to_strengthen: 'à renforcer', to_weaken: 'à affaiblir' },
  newRow: 'nouvelle ligne',
  addRow: 'Ajouter la ligne',
} as const;

export type ParticipationColumn = keyof typeof stakeholdersFr.columns;
export type RelationColumn = keyof typeof stakeholdersFr.relationColumns;

/** Step 3: the stakeholders table, the positions matrix and the relations table. */
export class StakeholdersPage {
  readonly section: Locator;
  readonly table: Locator;
  readonly positions: Locator;
  readonly relationsSection: Locator;
  readonly relations: Locator;

  constructor(readonly ops: OperationsPage) {
    const main = ops.main;
    this.section = main.getByRole('region', { name: new RegExp(`^${stakeholdersFr.heading}`) });
    this.table = main.getByRole('table', { name: stakeholdersFr.tableCaption });
    this.positions = main.getByRole('region', { name: stakeholdersFr.positionsHeading });
    this.relationsSection = main.getByRole('region', { name: stakeholdersFr.relationsHeading });
    this.relations = this.relationsSection.getByRole('table', { name: stakeholdersFr.relationsCaption });
  }

  /** A cell of the stakeholders' entry line ("Acteur – nouvelle ligne"). */
  entry(column: ParticipationColumn): Locator {
    return this.table.getByLabel(`${stakeholdersFr.columns[column]} – ${stakeholdersFr.newRow}`, { exact: true });
  }

  /** A cell of a stakeholder's row, found by the actor's name. */
  cell(column: ParticipationColumn, actor: string): Locator {
    return this.table.getByLabel(`${stakeholdersFr.columns[column]} – ${actor}`, { exact: true });
  }

  get rows(): Locator {
    return this.table.locator('tbody tr:not(.entry-row)');
  }

  /**
   * Pastes tab-separated rows into the entry line's first cell as a spreadsheet would: a real
   * `paste` event carrying the text in its clipboard data, dispatched on the focused cell.
   */
  async pasteRows(tsv: string) {
    await this.entry('name').focus();
    await expect(this.entry('name')).toBeFocused();
    await this.ops.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, tsv);
  }

  position(actor: string, index: number, hypothesis: string): Locator {
    return this.positions.getByLabel(stakeholdersFr.positionCell(actor, index, hypothesis), { exact: true });
  }

  /** Sets a position (−3 … +3) in the matrix; saved at once. */
  async setPosition(actor: string, index: number, hypothesis: string, value: number) {
    const cell = this.position(actor, index, hypothesis);
    await cell.selectOption(String(value));
    await expect(cell).toHaveValue(String(value));
    await this.ops.expectSaved();
  }

  relationEntry(column: RelationColumn): Locator {
    return this.relations.getByLabel(`${stakeholdersFr.relationColumns[column]} – ${stakeholdersFr.newRow}`, { exact: true });
  }

  relationCell(column: RelationColumn, source: string, target: string): Locator {
    return this.relations.getByLabel(`${stakeholdersFr.relationColumns[column]} – ${stakeholdersFr.relationRow(source, target)}`, { exact: true });
  }

  get relationRows(): Locator {
    return this.relations.locator('tbody tr:not(.entry-row)');
  }

  /**
   * Adds a relation from the entry line: the ends are chosen by their option labels ("Nom (SIGLE)"),
   * the kind and status by their French words; Enter on the last select adds the row.
   */
  async addRelation(r: { source: string; target: string; kind: string; status: string; sourceName: string; targetName: string; note?: string }) {
    const before = await this.relationRows.count();
    await this.relationEntry('source').selectOption({ label: r.source });
    await this.relationEntry('target').selectOption({ label: r.target });
    await this.relationEntry('kind').selectOption({ label: r.kind });
    await this.relationEntry('status').selectOption({ label: r.status });
    if (r.note) await this.relationEntry('note').fill(r.note);
    await this.relationEntry('status').press('Enter');
    await expect(this.relationRows).toHaveCount(before + 1);
    await expect(this.relationCell('status', r.sourceName, r.targetName)).toHaveValue(statusValue(r.status));
    await this.ops.expectSaved();
  }
}

const statusValue = (label: string) => {
  const entry = Object.entries(stakeholdersFr.relationStatuses).find(([, l]) => l === label);
  if (!entry) throw new Error(`unknown relation status ${label}`);
  return entry[0];
};
