import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of the conditions of success (renderer/locales/fr/conditions.json). */
export const conditionsFr = {
  heading: 'Conditions de réussite',
  names: {
    collective_dynamic: 'Garder la dynamique collective',
    regional_policies: 'S’appuyer sur les schémas et politiques régionales',
    territories: 'S’appuyer sur les territoires',
    right_to_experiment: 'Obtenir un droit à l’expérimentation',
    project_engineering: 'Renforcer l’ingénierie de projets',
    behaviour_change: 'Favoriser les changements de comportements',
    funding: 'Mobiliser les financements',
  },
  scoreWithWords: (score: number) => `${score}/3 – ${['absente', 'émergente', 'en partie acquise', 'acquise'][score]}`,
  notAssessedYet: 'Pas encore évaluée.',
  assess: 'Évaluer',
  form: (name: string) => `Nouvelle évaluation : ${name}`,
  score: 'Note',
  note: 'Note explicative',
  date: 'Date',
  save: 'Enregistrer l’évaluation',
  assessedOn: (date: string) => `Évaluée le ${date}`,
} as const;

/** The conditions of success: one card (article "1. Garder la dynamique collective") per condition. */
export class ConditionsPage {
  constructor(readonly ops: OperationsPage) {}

  /** A condition's card; its heading is "<n>. <name>". */
  card(name: string): Locator {
    return this.ops.main.getByRole('article', { name: new RegExp(`^\\d\\. ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /** Scores a condition through its form: score 0–3, a note, and a date (`YYYY-MM-DD`). */
  async assess(name: string, score: number, note: string, date?: string) {
    const card = this.card(name);
    await card.getByRole('button', { name: `${conditionsFr.assess} – ${name}` }).click();
    const form = card.getByRole('form', { name: conditionsFr.form(name) });
    await expect(form.getByLabel(conditionsFr.score, { exact: true })).toBeFocused();
    await form.getByLabel(conditionsFr.score, { exact: true }).selectOption(String(score));
    if (date) await form.getByLabel(conditionsFr.date, { exact: true }).fill(date);
    await form.getByLabel(conditionsFr.note, { exact: true }).fill(note);
    await form.getByRole('button', { name: conditionsFr.save }).click();
    await expect(form).toBeHidden();
    await expect(card.getByText(conditionsFr.scoreWithWords(score), { exact: true })).toBeVisible();
    await this.ops.expectSaved();
  }
}
