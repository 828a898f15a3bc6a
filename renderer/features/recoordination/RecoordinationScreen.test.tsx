import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call, type tempBackend } from '../../../test/harness/temp-workspace';
import type { Locale } from '../../i18n/i18n';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderScreen(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'recoordination');
  await screen.findByRole('heading', { level: 2, name: 'Recoordination' });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
async function addStakeholders(...names: string[]) {
  await call(backend, 'stakeholders.addRows', { operationId: op.id, rows: names.map((name) => ({ name })) });
  const s = await load();
  return Object.fromEntries(names.map((n) => [n, s.actors.find((a) => a.name === n)!.id])) as Record<string, string>;
}
const addAction = (title: string, extra: Record<string, unknown> = {}) => call<{ id: string }>(backend, 'actions.create', { operationId: op.id, title, ...extra });
/** Text with every kind of space (Intl puts narrow no-break spaces in numbers) as a plain space. */
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');
const section = (name: string) => screen.getByRole('region', { name });
const actionDetail = () => within(section('Actions')).getByRole('article');
const indicatorDetail = () => within(section('Indicateurs')).getByRole('article');

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Écosystème loossois' }));
});
afterEach(() => closeScreenFixture(backend));

describe('step 4, recoordination (real backend)', () => {
  it('teaches the next step, refuses an untitled action and adds one by its title', async () => {
    const user = userEvent.setup();
    await renderScreen();
    expect(
      screen.getByText('Recoordonnez les acteurs et leurs actions autour de l’enjeu : décrivez les actions, qui les porte, avec qui, et comment elles sont financées.'),
    ).toBeTruthy();
    const title = screen.getByLabelText('Nouvelle action');
    await user.type(title, '   {Enter}');
    expect((await within(section('Actions')).findByRole('alert')).textContent).toBe('Le titre est obligatoire : nommez l’action.');
    expect((await load()).actions).toEqual([]);
    await user.clear(title);
    await user.type(title, 'Projet de développement de l’éolien{Enter}');
    await waitFor(async () => expect((await load()).actions).toEqual([expect.objectContaining({ title: 'Projet de développement de l’éolien', status: 'planned' })]));
    expect(await within(section('Actions')).findByRole('heading', { level: 3, name: 'Projet de développement de l’éolien' })).toBeTruthy();
  });

  it('describes an action: lead, two partners, a hypothesis, status, dates, budget and two funding lines', async () => {
    const user = userEvent.setup();
    const ids = await addStakeholders('Lumiwatt', 'Ville de Loos-en-Gohelle', 'CD2E', 'Région Hauts-de-France');
    const h = await call<{ id: string }>(backend, 'hypotheses.create', { operationId: op.id, statement: 'Le stockage d’énergie local rend le solaire rentable' });
    const action = await addAction('Lumiwatt – 2nde phase sur les stockages d’énergie');
    await renderScreen();
    const detail = actionDetail();

    await user.selectOptions(within(detail).getByLabelText('Porteur'), 'Lumiwatt');
    await user.selectOptions(within(detail).getByLabelText('État'), 'En cours');
    const partners = within(detail).getByRole('group', { name: /Partenaires/ });
    // The lead is not its own partner (once the saved lead has come back from the backend).
    await waitFor(() => expect(within(partners).queryByRole('checkbox', { name: 'Lumiwatt' })).toBeNull());
    await user.click(within(partners).getByRole('checkbox', { name: 'CD2E' }));
    await user.click(within(partners).getByRole('checkbox', { name: 'Région Hauts-de-France' }));
    await user.click(within(detail).getByRole('checkbox', { name: /Le stockage d’énergie local/ }));
    await waitFor(async () =>
      expect((await load()).actions[0]).toMatchObject({
        leadActorId: ids.Lumiwatt,
        status: 'in_progress',
        partnerIds: expect.arrayContaining([ids.CD2E, ids['Région Hauts-de-France']]),
        hypothesisIds: [h.id],
      }),
    );
    expect((await load()).actions[0]!.partnerIds).toHaveLength(2);

    // Dates: an end before the start is refused beside the field, and not saved.
    fireEvent.change(within(detail).getByLabelText('Début'), { target: { value: '2015-01-01' } });
    fireEvent.blur(within(detail).getByLabelText('Début'));
    await waitFor(async () => expect((await load()).actions[0]!.startDate).toBe('2015-01-01'));
    const end = within(actionDetail()).getByLabelText('Fin');
    fireEvent.change(end, { target: { value: '2014-06-30' } });
    fireEvent.blur(end);
    expect((await within(actionDetail()).findByRole('alert')).textContent).toBe('La date de fin doit être le 1 janvier 2015 (date de début) ou après.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect((await load()).actions[0]!.endDate).toBeNull();
    fireEvent.change(end, { target: { value: '2016-12-31' } });
    fireEvent.blur(end);
    await waitFor(async () => expect((await load()).actions[0]!.endDate).toBe('2016-12-31'));

    // Budget typed the French way, shown as euros.
    const budget = within(actionDetail()).getByLabelText('Budget (€)');
    await user.type(budget, '1 000 000{Enter}');
    await waitFor(async () => expect((await load()).actions[0]!.budget).toBe(1_000_000));
    await waitFor(() => expect(flat((within(actionDetail()).getByLabelText('Budget (€)') as HTMLInputElement).value)).toBe('1 000 000 €'));

    // Two funding lines from the table.
    const funding = within(actionDetail()).getByRole('region', { name: 'Financements' });
    await user.type(within(funding).getByLabelText('Montant (€) – nouvelle ligne'), '400 000{Enter}');
    await waitFor(async () => expect((await load()).fundingLines).toHaveLength(1));
    await user.selectOptions(within(funding).getByLabelText('Source – nouvelle ligne'), 'Financement citoyen');
    await user.type(within(funding).getByLabelText('Note – nouvelle ligne'), 'Souscription');
    await user.type(within(funding).getByLabelText('Montant (€) – nouvelle ligne'), '150 000,50{Enter}');
    await waitFor(async () =>
      expect((await load()).fundingLines.map(({ actionId, source, amount, note }) => ({ actionId, source, amount, note }))).toEqual(
        expect.arrayContaining([
          { actionId: action.id, source: 'public_funds', amount: 400_000, note: '' },
          { actionId: action.id, source: 'citizen', amount: 150_000.5, note: 'Souscription' },
        ]),
      ),
    );
    await waitFor(() =>
      expect(flat(within(actionDetail()).getByText(/^Total financé/).textContent)).toBe(
        'Total financé : 550 000,50 € sur un budget de 1 000 000 € (55 %). Reste à financer : 449 999,50 €.',
      ),
    );
    // The list says it too.
    expect(flat(within(section('Actions')).getByRole('list', { name: 'Actions de l’opération' }).textContent)).toContain('porteur : Lumiwatt');
  });

  it('refuses an amount that is not a number, beside the cell', async () => {
    const user = userEvent.setup();
    await addAction('Projet éolien');
    await renderScreen();
    const funding = within(actionDetail()).getByRole('region', { name: 'Financements' });
    await user.type(within(funding).getByLabelText('Montant (€) – nouvelle ligne'), 'beaucoup{Enter}');
    expect((await within(funding).findByRole('alert')).textContent).toMatch(/^Montant \(€\) : Montant non reconnu/);
    expect((await load()).fundingLines).toEqual([]);
  });

  it('ties a relation to create to the action that will do it, and flags one without action', async () => {
    const user = userEvent.setup();
    const ids = await addStakeholders('CERDD', 'Ville de Loos-en-Gohelle');
    const action = await addAction('Projet de développement de l’éolien');
    const relation = await call<{ id: string }>(backend, 'relations.create', {
      operationId: op.id,
      sourceActorId: ids.CERDD!,
      targetActorId: ids['Ville de Loos-en-Gohelle']!,
      status: 'to_create',
      direction: 'both',
    });
    await call(backend, 'relations.create', { operationId: op.id, sourceActorId: ids['Ville de Loos-en-Gohelle']!, targetActorId: ids.CERDD!, status: 'existing' });
    await renderScreen();
    const relations = section('Relations à faire évoluer');
    const rows = within(relations).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1); // the existing relation belongs to step 3
    expect(within(rows[0]!).getByText('À créer')).toBeTruthy();
    expect(within(rows[0]!).getByText('⚠ Sans action')).toBeTruthy();
    expect(within(relations).getByText(/1 relation n’est reliée à aucune action/)).toBeTruthy();

    await user.selectOptions(within(rows[0]!).getByRole('combobox', { name: /Action pour la relation CERDD ↔ Ville de Loos-en-Gohelle/ }), 'Projet de développement de l’éolien');
    await waitFor(async () => expect((await load()).relations.find((r) => r.id === relation.id)?.actionId).toBe(action.id));
    await waitFor(() => expect(within(section('Relations à faire évoluer')).queryByText('⚠ Sans action')).toBeNull());
  });

  it('follows an indicator: baseline, target, two measurements and a chart that says both values', async () => {
    const user = userEvent.setup();
    const action = await addAction('Projet de développement de l’éolien');
    await renderScreen();
    await user.type(screen.getByLabelText('Nouvel indicateur'), 'Énergie éolienne produite{Enter}');
    await waitFor(async () => expect((await load()).indicators).toHaveLength(1));
    const detail = await waitFor(() => indicatorDetail());
    await user.type(within(detail).getByLabelText('Unité'), 'MWh{Enter}');
    await user.type(within(detail).getByLabelText('Valeur de référence'), '0{Enter}');
    await user.type(within(detail).getByLabelText('Cible'), '1 500{Enter}');
    await user.click(within(detail).getByRole('checkbox', { name: /Projet de développement de l’éolien/ }));
    await waitFor(async () =>
      expect((await load()).indicators[0]).toMatchObject({ name: 'Énergie éolienne produite', unit: 'MWh', baseline: 0, target: 1500, actionIds: [action.id] }),
    );
    expect(within(indicatorDetail()).getByText(/Pas encore de mesure/)).toBeTruthy();

    const measurements = within(indicatorDetail()).getByRole('region', { name: 'Mesures' });
    fireEvent.change(within(measurements).getByLabelText('Date – nouvelle ligne'), { target: { value: '2014-12-31' } });
    await user.type(within(measurements).getByLabelText('Valeur (MWh) – nouvelle ligne'), '320,5{Enter}');
    await waitFor(async () => expect((await load()).measurements).toHaveLength(1));
    fireEvent.change(within(measurements).getByLabelText('Date – nouvelle ligne'), { target: { value: '2015-12-31' } });
    await user.type(within(measurements).getByLabelText('Valeur (MWh) – nouvelle ligne'), '910{Enter}');
    await waitFor(async () =>
      expect((await load()).measurements.map(({ date, value }) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date))).toEqual([
        { date: '2014-12-31', value: 320.5 },
        { date: '2015-12-31', value: 910 },
      ]),
    );
    const chart = await within(indicatorDetail()).findByRole('img');
    await waitFor(() =>
      expect(flat(chart.getAttribute('aria-label'))).toBe(
        'Évolution de « Énergie éolienne produite », 2 mesures : 320,5 MWh le 31 décembre 2014 ; 910 MWh le 31 décembre 2015. Valeur de référence : 0 MWh. Cible : 1 500 MWh.',
      ),
    );
    // Every value is also in a table for screen readers.
    const table = within(indicatorDetail()).getByRole('table', { name: 'Valeurs de l’indicateur « Énergie éolienne produite »' });
    expect(within(table).getAllByRole('row').map((r) => flat(r.textContent))).toEqual([
      'DateValeur',
      '31 décembre 2014320,5',
      '31 décembre 2015910',
      'Valeur de référence0',
      'Cible1 500',
    ]);
    expect(flat(within(section('Indicateurs')).getByRole('list', { name: 'Indicateurs de l’opération' }).textContent)).toContain('910 MWh au 31 décembre 2015');
  });

  it('deletes an indicator with an undo toast', async () => {
    const user = userEvent.setup();
    await call(backend, 'indicators.create', { operationId: op.id, name: 'Emplois créés', unit: 'emplois' });
    await renderScreen();
    await user.click(within(indicatorDetail()).getByRole('button', { name: 'Supprimer l’indicateur' }));
    await waitFor(async () => expect((await load()).indicators).toEqual([]));
    const toast = await screen.findByText('Indicateur « Emplois créés » supprimé.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).indicators).toHaveLength(1));
  });
});
