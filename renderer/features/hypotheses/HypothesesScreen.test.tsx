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

async function renderHypotheses(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'hypotheses');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Hypothèses stratégiques' : 'Strategic hypotheses' });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
const addHypothesis = (statement: string, extra: Record<string, unknown> = {}) =>
  call<{ id: string }>(backend, 'hypotheses.create', { operationId: op.id, statement, ...extra });
const statements = async () => (await load()).hypotheses.sort((a, b) => a.position - b.position).map((h) => h.statement);
const card = (n: number) => screen.getByRole('listitem', { name: `Hypothèse ${n}` });
const today = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Filière Bois' }));
});
afterEach(() => closeScreenFixture(backend));

describe('step 2, the strategic hypotheses (real backend)', () => {
  it('teaches the next step, then adds hypotheses with Enter', async () => {
    const user = userEvent.setup();
    await renderHypotheses();
    expect(screen.getByText(/Formulez les hypothèses stratégiques : comment l’enjeu saillant pourrait-il être dénoué \?/)).toBeTruthy();
    const entry = screen.getByLabelText('Nouvelle hypothèse');
    await user.type(entry, 'Structurer une filière régionale du bois d’œuvre{Enter}');
    await user.type(entry, 'Former les artisans{Enter}');
    await waitFor(async () => expect(await statements()).toEqual(['Structurer une filière régionale du bois d’œuvre', 'Former les artisans']));
    expect((entry as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('listitem', { name: 'Hypothèse 2' })).toBeTruthy();
    expect((await load()).hypotheses.every((h) => h.status === 'draft')).toBe(true);
  });

  it('refuses an empty statement, next to the field, and keeps the saved one', async () => {
    const user = userEvent.setup();
    await addHypothesis('Mutualiser les scieries');
    await renderHypotheses();
    await user.type(screen.getByLabelText('Nouvelle hypothèse'), '   {Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('L’énoncé de l’hypothèse est obligatoire : écrivez-le ou supprimez l’hypothèse.');
    const statement = within(card(1)).getByLabelText('Énoncé');
    await user.clear(statement);
    await user.tab();
    expect(within(card(1)).getByRole('alert').textContent).toMatch(/^L’énoncé de l’hypothèse est obligatoire/);
    expect(statement.getAttribute('aria-invalid')).toBe('true');
    expect(await statements()).toEqual(['Mutualiser les scieries']);
  });

  it('saves the rationale and the policies summoned', async () => {
    const user = userEvent.setup();
    await addHypothesis('Mutualiser les scieries');
    await renderHypotheses();
    await user.type(within(card(1)).getByLabelText('Justification'), 'Trois scieries ferment.');
    await user.type(within(card(1)).getByLabelText('Politiques convoquées'), 'Développement économique');
    await user.tab();
    await waitFor(async () =>
      expect((await load()).hypotheses[0]).toMatchObject({ rationale: 'Trois scieries ferment.', policies: 'Développement économique' }),
    );
  });

  it('changes the status and keeps its dated history', async () => {
    const user = userEvent.setup();
    await addHypothesis('Mutualiser les scieries');
    await renderHypotheses();
    expect(within(card(1)).getByText(`brouillon depuis le ${today}`)).toBeTruthy();
    const status = within(card(1)).getByLabelText('Statut');
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Brouillon', 'À l’épreuve', 'Validée', 'Invalidée', 'Abandonnée']);
    await user.selectOptions(status, 'under_test');
    await waitFor(async () => expect((await load()).hypotheses[0]!.status).toBe('under_test'));
    expect(await within(card(1)).findByText(`à l’épreuve depuis le ${today}`)).toBeTruthy();
    const history = within(card(1)).getByRole('heading', { name: 'Historique du statut' }).parentElement!;
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`Brouillon le ${today}`, `À l’épreuve le ${today}`]);
    expect((await load()).hypothesisStatusChanges.map((c) => c.status)).toEqual(['draft', 'under_test']);
  });

  it('moves hypotheses with Alt+arrows on the focused card and with the buttons', async () => {
    const user = userEvent.setup();
    for (const s of ['A', 'B', 'C']) await addHypothesis(s);
    await renderHypotheses();
    const rationale = within(card(3)).getByLabelText('Justification');
    await user.click(rationale);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect(await statements()).toEqual(['A', 'C', 'B']));
    expect(document.activeElement).toBe(rationale);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect(await statements()).toEqual(['C', 'A', 'B']));
    expect(document.activeElement).toBe(rationale);
    expect(await screen.findByText('Hypothèse « C » maintenant en position 1 sur 3.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Descendre l’hypothèse 2' }));
    await waitFor(async () => expect(await statements()).toEqual(['C', 'B', 'A']));
    const up = screen.getByRole('button', { name: 'Monter l’hypothèse 1' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await user.click(up);
    expect(await statements()).toEqual(['C', 'B', 'A']);
  });

  it('tells how many actors support or oppose each hypothesis', async () => {
    const h = await addHypothesis('Mutualiser les scieries');
    await addHypothesis('Importer le bois');
    const positions: [string, number][] = [
      ['ONF', 2],
      ['Scierie Dupont', 3],
      ['Association des riverains', -1],
      ['Chambre d’agriculture', 0],
    ];
    for (const [name, value] of positions) {
      const actor = await call<{ id: string }>(backend, 'actors.create', { name });
      const p = await call<{ id: string }>(backend, 'participations.create', { operationId: op.id, actorId: actor.id });
      await call(backend, 'positions.set', { participationId: p.id, hypothesisId: h.id, value });
    }
    await renderHypotheses();
    expect(within(card(1)).getByText(/2 acteurs favorables · 1 opposé/)).toBeTruthy();
    expect(within(card(2)).getByText(/Aucun acteur positionné pour l’instant/)).toBeTruthy();
  });

  it('deletes a hypothesis, moves the focus on, and brings it back from the toast', async () => {
    const user = userEvent.setup();
    await addHypothesis('Mutualiser les scieries', { illustrative: true });
    await addHypothesis('Importer le bois');
    await renderHypotheses();
    expect(within(card(1)).getByText('illustratif')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Supprimer l’hypothèse 1' }));
    await waitFor(async () => expect(await statements()).toEqual(['Importer le bois']));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Hypothèse 2' })).toBeNull());
    expect(document.activeElement).toBe(card(1));
    expect(within(card(1)).getByDisplayValue('Importer le bois')).toBeTruthy();
    const toast = await screen.findByText('Hypothèse « Mutualiser les scieries » supprimée.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await statements()).toEqual(['Mutualiser les scieries', 'Importer le bois']));
  });

  it('speaks English in English', async () => {
    await addHypothesis('Pool the sawmills', { status: 'validated' });
    await renderHypotheses('en');
    const item = screen.getByRole('listitem', { name: 'Hypothesis 1' });
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(within(item).getByText(`validated on ${date}`)).toBeTruthy();
    expect(within(item).getByLabelText('Policies summoned')).toBeTruthy();
    expect(within(item).getByText(/No actor has a position yet/)).toBeTruthy();
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await addHypothesis(hostile, { rationale: hostile });
    await renderHypotheses();
    expect((within(card(1)).getByLabelText('Énoncé') as HTMLTextAreaElement).value).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});
