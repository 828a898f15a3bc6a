import type { Locator, Page } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** A text matched literally inside a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names of the stepper's steps (renderer/locales/<lang>/progress.json, `progress.steps`). */
export const stepNames = {
  fr: {
    card: 'Fiche',
    issue: '1 · Enjeu saillant',
    hypotheses: '2 · Hypothèses stratégiques',
    stakeholders: '3 · Parties prenantes',
    recoordination: '4 · Recoordination',
    meetings: 'Réunions',
    conditions: 'Conditions de réussite',
    map: 'Carte',
    analysis: 'Analyse',
  },
  en: {
    card: 'Card',
    issue: '1 · Salient issue',
    hypotheses: '2 · Strategic hypotheses',
    stakeholders: '3 · Stakeholders',
    recoordination: '4 · Recoordination',
    meetings: 'Meetings',
    conditions: 'Conditions of success',
    map: 'Map',
    analysis: 'Analysis',
  },
} as const;

export type Step = keyof (typeof stepNames)['fr'];

/** The visually hidden state text of a step (`progress.states`). */
export const stepStates = {
  fr: { empty: 'À commencer', in_progress: 'En cours', complete: 'Complet' },
  en: { empty: 'Not started', in_progress: 'In progress', complete: 'Complete' },
} as const;

/**
 * The walk of the open operation: the stepper under the selected operation in the sidebar (each
 * step a button named by the step then its state, with `data-state`), and the "Reste à faire"
 * aside above every screen but the card.
 */
export class WalkPage {
  readonly page: Page;
  readonly stepper: Locator;
  readonly missing: Locator;
  locale: 'fr' | 'en' = 'fr';

  constructor(readonly ops: OperationsPage) {
    this.page = ops.page;
    this.stepper = ops.sidebar.getByRole('list', { name: /^(Étapes de la démarche|Steps of the method)$/ });
    this.missing = ops.main.getByRole('complementary', { name: /^(Reste à faire|Still to do)$/ });
  }

  /** A step's button; its accessible name is the step's name followed by its state. */
  step(step: Step): Locator {
    return this.stepper.getByRole('button', { name: new RegExp(`^${literal(stepNames[this.locale][step])}`) });
  }

  /** Opens a step's screen from the stepper; resolves once it is the current step and its screen is shown. */
  async open(step: Step) {
    await this.step(step).click();
    await expect(this.step(step)).toHaveAttribute('aria-current', 'step');
    await expect(this.ops.main.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }

  /** Checks a step's state both ways: the `data-state` attribute and the state words in its name. */
  async expectState(step: Step, state: keyof (typeof stepStates)['fr']) {
    await expect(this.step(step)).toHaveAttribute('data-state', state);
    await expect(this.step(step)).toHaveAccessibleName(`${stepNames[this.locale][step]} ${stepStates[this.locale][state]}`);
  }

  /** Leaves any text field (so that Ctrl+Z is the workspace's undo) and presses Ctrl+Z. */
  async undoWithKeyboard() {
    await expect(this.ops.undoButton).toBeEnabled();
    await this.ops.main.getByRole('heading', { level: 2 }).first().click();
    await expect(this.page.locator('input:focus, textarea:focus, select:focus')).toHaveCount(0);
    await this.page.keyboard.press('Control+z');
  }
}
