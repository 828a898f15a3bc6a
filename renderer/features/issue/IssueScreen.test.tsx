import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call, type tempBackend } from '../../../test/harness/temp-workspace';
import type { Locale } from '../../i18n/i18n';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderIssue(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'issue');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Enjeu saillant' : 'Salient issue' });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
const addFact = (statement: string, extra: Record<string, unknown> = {}) =>
  call<{ id: string }>(backend, 'facts.create', { operationId: op.id, statement, ...extra });
const statements = async () => (await load()).facts.sort((a, b) => a.position - b.position).map((f) => f.statement);
const table = () => screen.getByRole('table', { name: 'Faits et analyses de l’enjeu saillant' });

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Eau dans l’audomarois' }));
});
afterEach(() => closeScreenFixture(backend));

describe('step 1, the salient issue (real backend)', () => {
  it('saves the kind, the scale and the texts of the issue', async () => {
    const user = userEvent.setup();
    await renderIssue();
    const kind = screen.getByRole('group', { name: 'Nature de l’enjeu' });
    await user.click(within(kind).getByRole('radio', { name: 'Menace' }));
    await waitFor(async () => expect((await load()).operation.issueKind).toBe('threat'));
    expect((within(kind).getByRole('radio', { name: 'Menace' }) as HTMLInputElement).checked).toBe(true);

    const scale = screen.getByRole('group', { name: 'Échelle' });
    expect(within(scale).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
      'Locale',
      'Territoriale',
      'Régionale',
      'Nationale',
      'Globale',
    ]);
    await user.click(within(scale).getByRole('radio', { name: 'Territoriale' }));

    await user.type(screen.getByLabelText('Énoncé de l’enjeu'), 'La nappe s’épuise.');
    await user.type(screen.getByLabelText('Pourquoi aucun acteur ne peut le dénouer seul'), 'Agriculteurs, industriels et communes y puisent.');
    await user.type(screen.getByLabelText('Biens communs en jeu'), 'L’eau potable');
    await user.tab();
    await waitFor(async () =>
      expect((await load()).operation).toMatchObject({
        issueKind: 'threat',
        issueScale: 'territorial',
        issueStatement: 'La nappe s’épuise.',
        issueWhyCollective: 'Agriculteurs, industriels et communes y puisent.',
        commons: 'L’eau potable',
      }),
    );
    expect((await load()).operation.title).toBe('Eau dans l’audomarois');
  });

  it('teaches the next step while there is no fact', async () => {
    await renderIssue();
    expect(
      screen.getByText('Rassemblez les faits et analyses qui déconstruisent l’ancien modèle : un chiffre, son unité, l’année et la source.'),
    ).toBeTruthy();
  });

  it('adds a fact from the entry line with a French figure, shown back the French way', async () => {
    const user = userEvent.setup();
    await renderIssue();
    await user.type(screen.getByLabelText('Fait ou analyse – nouvelle ligne'), 'Habitants');
    await user.type(screen.getByLabelText('Chiffre – nouvelle ligne'), '6 800,5');
    await user.type(screen.getByLabelText('Unité – nouvelle ligne'), 'habitants');
    await user.type(screen.getByLabelText('Année – nouvelle ligne'), '2012');
    await user.type(screen.getByLabelText('Source – nouvelle ligne'), 'INSEE');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await load()).facts).toEqual([
        expect.objectContaining({ statement: 'Habitants', figure: 6800.5, unit: 'habitants', year: 2012, source: 'INSEE' }),
      ]),
    );
    const figure = (await screen.findByLabelText('Chiffre – Habitants')) as HTMLInputElement;
    expect(figure.value.replace(/\s/g, ' ')).toBe('6 800,5');
  });

  it('refuses a year that is not a whole number between 1000 and 2200, next to the cell', async () => {
    const user = userEvent.setup();
    await addFact('Emplois créés', { figure: 120 });
    await renderIssue();
    const year = await screen.findByLabelText('Année – Emplois créés');
    await user.type(year, '20,5');
    await user.tab();
    expect((await within(table().parentElement!).findByRole('alert')).textContent).toBe('nombre entier attendu');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    await user.clear(year);
    await user.type(year, '2500');
    await user.tab();
    await waitFor(() => expect(within(table().parentElement!).getByRole('alert').textContent).toBe('entre 1000 et 2200'));
    expect((await load()).facts[0]!.year).toBeNull();
    await user.clear(year);
    await user.type(year, '2011');
    await user.tab();
    await waitFor(async () => expect((await load()).facts[0]!.year).toBe(2011));
  });

  it('moves a fact with Alt+arrows from any of its cells, and with the buttons', async () => {
    const user = userEvent.setup();
    for (const s of ['Premier', 'Deuxième', 'Troisième']) await addFact(s);
    await renderIssue();
    const unit = await screen.findByLabelText('Unité – Troisième');
    await user.click(unit);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect(await statements()).toEqual(['Premier', 'Troisième', 'Deuxième']));
    expect(document.activeElement).toBe(screen.getByLabelText('Unité – Troisième'));
    await waitFor(() => expect(screen.getByText('« Troisième » est maintenant en position 2 sur 3.')).toBeTruthy());

    await user.click(screen.getByLabelText('Fait ou analyse – Premier'));
    await user.click(screen.getByRole('button', { name: 'Descendre « Premier »' }));
    await waitFor(async () => expect(await statements()).toEqual(['Troisième', 'Premier', 'Deuxième']));
    // Already at the top: the button says so and does nothing.
    await user.click(screen.getByLabelText('Source – Troisième'));
    const up = screen.getByRole('button', { name: 'Monter « Troisième »' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await user.click(up);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await statements()).toEqual(['Troisième', 'Premier', 'Deuxième']);
  });

  it('turns rows pasted from a spreadsheet into facts, skipping a header line', async () => {
    const user = userEvent.setup();
    await renderIssue();
    await user.click(screen.getByLabelText('Fait ou analyse – nouvelle ligne'));
    await user.paste(
      'Fait ou analyse\tChiffre\tUnité\tAnnée\tSource\n' +
        'Emplois créés à la Base 11/19\t1 234,5\templois\t2012\tVille de Loos-en-Gohelle\n' +
        'Réunions publiques\t70\tréunions\t\t\n',
    );
    await waitFor(async () =>
      expect((await load()).facts.map((f) => [f.statement, f.figure, f.unit, f.year, f.source])).toEqual([
        ['Emplois créés à la Base 11/19', 1234.5, 'emplois', 2012, 'Ville de Loos-en-Gohelle'],
        ['Réunions publiques', 70, 'réunions', null, ''],
      ]),
    );
    expect(await screen.findByText('2 faits ajoutés depuis le presse-papiers.')).toBeTruthy();
  });

  it('adds nothing from a paste with a wrong cell, and says which one', async () => {
    const user = userEvent.setup();
    await renderIssue();
    await user.click(screen.getByLabelText('Fait ou analyse – nouvelle ligne'));
    await user.paste('Bon\t12\nMauvais\tdouze\n');
    expect((await screen.findByText(/^Ligne 2, colonne « Chiffre » : nombre attendu\./)).getAttribute('role')).toBe('alert');
    expect((await load()).facts).toEqual([]);
  });

  it('deletes a fact and brings it back from the toast', async () => {
    const user = userEvent.setup();
    await addFact('Hectares en bio', { figure: 30, unit: 'ha' });
    await renderIssue();
    await user.click(await screen.findByRole('button', { name: 'Supprimer « Hectares en bio »' }));
    await waitFor(async () => expect((await load()).facts).toEqual([]));
    const toast = await screen.findByText('Fait « Hectares en bio » supprimé.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await statements()).toEqual(['Hectares en bio']));
    expect(await screen.findByLabelText('Fait ou analyse – Hectares en bio')).toBeTruthy();
  });

  it('shows and reads figures the English way in English', async () => {
    const user = userEvent.setup();
    await addFact('Homes', { figure: 1234.5 });
    await renderIssue('en');
    const figure = (await screen.findByLabelText('Figure – Homes')) as HTMLInputElement;
    expect(figure.value).toBe('1,234.5');
    await user.clear(figure);
    await user.type(figure, '2,600');
    await user.tab();
    await waitFor(async () => expect((await load()).facts[0]!.figure).toBe(2600));
    expect(screen.getByRole('group', { name: 'Kind of issue' })).toBeTruthy();
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await call(backend, 'operations.update', { id: op.id, patch: { issueStatement: hostile } });
    await addFact(hostile);
    await renderIssue();
    expect((screen.getByLabelText('Énoncé de l’enjeu') as HTMLTextAreaElement).value).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});
