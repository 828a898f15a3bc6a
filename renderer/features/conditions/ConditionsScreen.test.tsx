import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call, type tempBackend } from '../../../test/harness/temp-workspace';
import type { Locale } from '../../i18n/i18n';
import { todayIso } from '../meetings/walk-helpers';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderScreen(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'conditions');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Conditions de réussite' : 'Conditions of success' });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
const card = (name: string) => screen.getByRole('article', { name: new RegExp(name) });
const assess = (condition: string, score: number, date: string, note = '') =>
  call(backend, 'conditionAssessments.create', { operationId: op.id, condition, score, date, note });

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Écosystème loossois' }));
});
afterEach(() => closeScreenFixture(backend));

describe('conditions of success (real backend)', () => {
  it('lists the seven conditions in the seed’s words, none assessed yet', async () => {
    await renderScreen();
    const names = screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 3 }).textContent);
    expect(names).toEqual([
      '1. Garder la dynamique collective',
      '2. S’appuyer sur les schémas et politiques régionales',
      '3. S’appuyer sur les territoires',
      '4. Obtenir un droit à l’expérimentation',
      '5. Renforcer l’ingénierie de projets',
      '6. Favoriser les changements de comportements',
      '7. Mobiliser les financements',
    ]);
    expect(screen.getAllByText('Pas encore évaluée.')).toHaveLength(7);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Dernière note de chaque condition de réussite, sur 3 : Garder la dynamique collective : pas encore évaluée ; /);
  });

  it('scores a condition twice, keeps the history newest first, and charts the latest', async () => {
    const user = userEvent.setup();
    await renderScreen();
    await user.click(within(card('Garder la dynamique collective')).getByRole('button', { name: /Évaluer/ }));
    const form = within(card('Garder la dynamique collective')).getByRole('form');
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe(todayIso());
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2014-01-15' } });
    await user.selectOptions(within(form).getByLabelText('Note'), '1/3 – émergente');
    await user.type(within(form).getByLabelText('Note explicative'), 'Forum lancé, peu d’habitants');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer l’évaluation' }));
    await waitFor(async () =>
      expect((await load()).conditionAssessments).toEqual([
        expect.objectContaining({ condition: 'collective_dynamic', score: 1, date: '2014-01-15', note: 'Forum lancé, peu d’habitants' }),
      ]),
    );

    await user.click(await within(card('Garder la dynamique collective')).findByRole('button', { name: /Nouvelle évaluation/ }));
    const again = within(card('Garder la dynamique collective')).getByRole('form');
    fireEvent.change(within(again).getByLabelText('Date'), { target: { value: '2015-06-01' } });
    await user.selectOptions(within(again).getByLabelText('Note'), '3/3 – acquise');
    await user.click(within(again).getByRole('button', { name: 'Enregistrer l’évaluation' }));
    await waitFor(async () => expect((await load()).conditionAssessments).toHaveLength(2));

    const c = card('Garder la dynamique collective');
    await waitFor(() => expect(within(c).getByText('Évaluée le 1 juin 2015')).toBeTruthy());
    expect(within(c).getByText('3/3 – acquise', { selector: '.condition-score span' })).toBeTruthy();
    // The earlier assessment is kept, below the latest.
    const earlier = within(c).getByRole('region', { name: 'Évaluation précédente (1)' });
    expect(within(earlier).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['15 janvier 2014 — 1/3 – émergenteForum lancé, peu d’habitants×']);
    const label = screen.getByRole('img').getAttribute('aria-label')!;
    expect(label).toContain('Garder la dynamique collective : 3/3 – acquise');
    expect(label).toContain('Mobiliser les financements : pas encore évaluée');
  });

  it('refuses an assessment without a score, beside the field, and saves nothing', async () => {
    const user = userEvent.setup();
    await renderScreen();
    await user.click(within(card('Mobiliser les financements')).getByRole('button', { name: /Évaluer/ }));
    await user.click(within(card('Mobiliser les financements')).getByRole('button', { name: 'Enregistrer l’évaluation' }));
    expect((await within(card('Mobiliser les financements')).findByRole('alert')).textContent).toBe('Choisissez une note, de 0 à 3.');
    expect(within(card('Mobiliser les financements')).getByLabelText('Note').getAttribute('aria-invalid')).toBe('true');
    expect((await load()).conditionAssessments).toEqual([]);
  });

  it('deletes a mistaken assessment with an undo toast, keeping the others', async () => {
    const user = userEvent.setup();
    await assess('funding', 1, '2013-09-01', 'Premiers contacts');
    await assess('funding', 2, '2014-03-01', 'FEDER obtenu');
    await assess('funding', 0, '2014-03-02', 'erreur de saisie');
    await renderScreen();
    const c = card('Mobiliser les financements');
    expect(within(c).getByText('0/3 – absente', { selector: '.condition-score span' })).toBeTruthy();
    const earlier = within(c).getByRole('region', { name: 'Évaluations précédentes (2)' });
    expect(within(earlier).getAllByRole('listitem').map((li) => li.querySelector('.history-date')?.textContent)).toEqual(['1 mars 2014', '1 septembre 2013']);
    await user.click(within(c).getByRole('button', { name: 'Supprimer l’évaluation du 2 mars 2014 (0/3 – absente)' }));
    await waitFor(async () => expect((await load()).conditionAssessments.map((a) => a.note).sort()).toEqual(['FEDER obtenu', 'Premiers contacts']));
    await waitFor(() => expect(within(card('Mobiliser les financements')).getByText('2/3 – en partie acquise', { selector: '.condition-score span' })).toBeTruthy());
    const toast = await screen.findByText('Évaluation du 2 mars 2014 supprimée (Mobiliser les financements).');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).conditionAssessments).toHaveLength(3));
  });

  it('speaks English', async () => {
    await assess('territories', 2, '2014-03-01');
    await renderScreen('en');
    expect(screen.getByRole('heading', { level: 3, name: '3. Rely on the territories' })).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Rely on the territories: 2/3 – partly met');
    expect(screen.getByRole('table', { name: 'Latest score of each condition of success' })).toBeTruthy();
  });
});
