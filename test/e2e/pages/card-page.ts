import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of the card's walk fields (renderer/locales/fr/card.json). */
export const cardFr = {
  heading: 'Mission et piliers',
  missionLetter: 'Lettre de mission',
  pillarsLegend: 'Piliers',
  commons: 'Biens communs en jeu',
  pillars: {
    renewable_energy: 'Énergies renouvelables',
    producer_buildings: 'Bâtiments producteurs',
    energy_storage: 'Stockage de l’énergie',
    smart_grids: 'Réseaux intelligents',
    mobility: 'Mobilité',
    energy_efficiency: 'Efficacité énergétique',
    functional_economy: 'Économie de la fonctionnalité',
    circular_economy: 'Économie circulaire',
  },
} as const;

/** The card screen's "Mission et piliers" panel, under the operation's identity (OperationsPage.detail). */
export class CardPage {
  readonly panel: Locator;
  readonly missionLetter: Locator;
  readonly pillars: Locator;
  readonly commons: Locator;

  constructor(readonly ops: OperationsPage) {
    this.panel = ops.main.getByRole('region', { name: cardFr.heading });
    this.missionLetter = this.panel.getByLabel(cardFr.missionLetter, { exact: true });
    this.pillars = this.panel.getByRole('group', { name: cardFr.pillarsLegend, exact: true });
    this.commons = this.panel.getByLabel(cardFr.commons, { exact: true });
  }

  pillar(name: string): Locator {
    return this.pillars.getByRole('checkbox', { name, exact: true });
  }

  /** Types the mission letter and leaves the field (a textarea saves on blur). */
  async fillMissionLetter(text: string) {
    await this.missionLetter.fill(text);
    await this.missionLetter.blur();
    await this.ops.expectSaved();
  }

  async tickPillar(name: string) {
    await this.pillar(name).check();
    await expect(this.pillar(name)).toBeChecked();
    await this.ops.expectSaved();
  }
}
