import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of step 2 (renderer/locales/fr/hypotheses.json). */
export const hypothesesFr = {
  heading: 'Hypothèses stratégiques',
  list: 'Hypothèses stratégiques, dans l’ordre choisi',
  number: (n: number) => `Hypothèse ${n}`,
  statement: 'Énoncé',
  rationale: 'Justification',
  policies: 'Politiques convoquées',
  status: 'Statut',
  statuses: { draft: 'Brouillon', under_test: 'À l’épreuve', validated: 'Validée', invalidated: 'Invalidée', abandoned: 'Abandonnée' },
  since: { under_test: 'à l’épreuve depuis le', validated: 'validée le' },
  history: 'Historique du statut',
  newLabel: 'Nouvelle hypothèse',
} as const;

/** Step 2: the hypotheses as numbered cards (list items named "Hypothèse 1"…), and the entry field below. */
export class HypothesesPage {
  readonly list: Locator;
  readonly newHypothesis: Locator;

  constructor(readonly ops: OperationsPage) {
    this.list = ops.main.getByRole('list', { name: hypothesesFr.list });
    this.newHypothesis = ops.main.getByLabel(hypothesesFr.newLabel, { exact: true });
  }

  /** The hypotheses' cards (not the items of their status histories). */
  get items(): Locator {
    return this.list.locator(':scope > li');
  }

  /** The card of the n-th hypothesis (1-based, in the manual order). */
  item(n: number): Locator {
    return this.list.getByRole('listitem', { name: hypothesesFr.number(n), exact: true });
  }

  field(n: number, label: string): Locator {
    return this.item(n).getByLabel(label, { exact: true });
  }

  /** Types a statement in the entry field and adds it with Enter. */
  async add(statement: string) {
    const before = await this.items.count();
    await this.newHypothesis.fill(statement);
    await this.newHypothesis.press('Enter');
    await expect(this.field(before + 1, hypothesesFr.statement)).toHaveValue(statement);
    await expect(this.newHypothesis).toHaveValue('');
    await this.ops.expectSaved();
  }

  async fillText(n: number, label: string, text: string) {
    const field = this.field(n, label);
    await field.fill(text);
    await field.blur();
    await this.ops.expectSaved();
  }

  /** Picks a status in the card's select (saves on change). */
  async setStatus(n: number, statusLabel: string) {
    await this.field(n, hypothesesFr.status).selectOption({ label: statusLabel });
    await this.ops.expectSaved();
  }
}
