import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { renderApp } from '../../../test/harness/render-app';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderStakeholders() {
  const services = await renderApp(backend, 'fr');
  await services.navigate(op.id, 'stakeholders');
  await screen.findByRole('heading', { level: 2, name: /^Parties prenantes/ });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
const actorNamed = async (name: string) => (await load()).actors.find((a) => a.name === name);
/** The operation's stakeholders as [name, participation] pairs, in their order. */
async function stakeholders() {
  const s = await load();
  return [...s.participations].sort((a, b) => a.position - b.position).map((p) => [s.actors.find((a) => a.id === p.actorId)?.name, p] as const);
}
/** A new actor (even one whose name looks like another's) taking part in the operation. */
async function addStakeholder(name: string, extra: Record<string, unknown> = {}) {
  const actor = await call<{ id: string }>(backend, 'actors.create', { name });
  const p = await call<{ id: string }>(backend, 'participations.create', { operationId: op.id, actorId: actor.id, ...extra });
  return { participationId: p.id, actorId: actor.id };
}
const region = (name: string) => screen.getByRole('region', { name });
const paste = (input: HTMLElement, text: string) => fireEvent.paste(input, { clipboardData: { getData: () => text } });

beforeEach(async () => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  backend = tempBackend();
  op = await call<Operation>(backend, 'operations.create', { title: 'Écosystème loossois' });
});
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 80)); // let a pending reload finish before closing
  backend.close();
});

describe('step 3, the stakeholders (real backend)', () => {
  it('teaches the next step, then adds rows with Enter, matching an actor already known', async () => {
    const user = userEvent.setup();
    await call(backend, 'actors.create', { name: 'CERDD', description: 'Centre de ressources' });
    await renderStakeholders();
    expect(screen.getByText('Réunissez les parties prenantes : ajoutez les acteurs concernés par l’enjeu, un par ligne, ou collez une liste depuis un tableur.')).toBeTruthy();
    await user.type(screen.getByLabelText('Acteur – nouvelle ligne'), 'CD2E');
    await user.selectOptions(screen.getByLabelText('Collège – nouvelle ligne'), 'Experts, recherche et formation');
    await user.type(screen.getByLabelText('Influence – nouvelle ligne'), '4');
    await user.type(screen.getByLabelText('Intérêt – nouvelle ligne'), '5{Enter}');
    await waitFor(async () => expect((await stakeholders()).map(([n]) => n)).toEqual(['CD2E']));
    expect((await stakeholders())[0]![1]).toMatchObject({ collegeId: DEFAULT_COLLEGES.experts_research, influence: 4, interest: 5, stance: null, engagement: 'not_contacted' });
    expect(await screen.findByLabelText('Acteur – CD2E')).toBeTruthy();
    expect((screen.getByLabelText('Acteur – nouvelle ligne') as HTMLInputElement).value).toBe('');

    await user.type(screen.getByLabelText('Acteur – nouvelle ligne'), 'c.e.r.d.d{Enter}');
    await waitFor(async () => expect((await stakeholders()).map(([n]) => n)).toEqual(['CD2E', 'CERDD']));
    expect(await screen.findByText('« c.e.r.d.d » était déjà connu dans l’espace de travail : il rejoint l’opération.')).toBeTruthy();
    expect((await load()).actors).toHaveLength(2);
  });

  it('refuses an out-of-range score in a cell, next to it, and saves nothing', async () => {
    const user = userEvent.setup();
    await addStakeholder('CD2E', { influence: 3 });
    await renderStakeholders();
    const cell = screen.getByLabelText('Influence – CD2E');
    await user.clear(cell);
    await user.type(cell, '8{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('entre 1 et 5');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect((await stakeholders())[0]![1].influence).toBe(3);
  });

  it('pastes 8 rows from a spreadsheet in one change and says what happened', async () => {
    await call(backend, 'actors.create', { name: 'Région Hauts-de-France' });
    await call(backend, 'actors.create', { name: 'Lumiwatt' });
    const services = await renderStakeholders();
    const rows = [
      'Acteur\tSigle\tCollège\tRôle\tInfluence\tIntérêt\tPosture\tEngagement',
      'Région Hauts-de-France\t\tPouvoirs publics et élus\tFinanceur\t5\t4\tfavorable\tengagé',
      'Ville de Loos-en-Gohelle\t\tpouvoirs publics et elus\tVille pilote\t5\t5\t2\tengagé',
      'CD2E\t\tExperts, recherche et formation\tÉcoconstruction\t4\t5\t+2\timpliqué',
      'CERDD\t\tExperts, research and education\t\t3\t4\t1\tcontacted',
      'Lumiwatt\t\tEntreprises et acteurs économiques\tPhotovoltaïque\t3\t5\tplutôt favorable\timpliqué',
      'Villavenir\t\t\t\t2\t4\t\t',
      'TEAM2\t\t\t\t3\t4\t0\tcontacté',
      'Apprentis d’Auteuil\tAA\tAssociations, société civile et habitants\tFormation\t2\t4\t1\tnon contacté',
    ].join('\n');
    const before = services.history.getState().state;
    paste(screen.getByLabelText('Acteur – nouvelle ligne'), rows);
    expect(await screen.findByText('8 parties prenantes ajoutées, 2 acteurs déjà connus')).toBeTruthy();
    const saved = await stakeholders();
    expect(saved.map(([n]) => n)).toEqual([
      'Région Hauts-de-France',
      'Ville de Loos-en-Gohelle',
      'CD2E',
      'CERDD',
      'Lumiwatt',
      'Villavenir',
      'TEAM2',
      'Apprentis d’Auteuil',
    ]);
    expect(saved.map(([, p]) => [p.collegeId, p.influence, p.interest, p.stance, p.engagement])).toEqual([
      [DEFAULT_COLLEGES.public_authorities, 5, 4, 2, 'committed'],
      [DEFAULT_COLLEGES.public_authorities, 5, 5, 2, 'committed'],
      [DEFAULT_COLLEGES.experts_research, 4, 5, 2, 'engaged'],
      [DEFAULT_COLLEGES.experts_research, 3, 4, 1, 'contacted'],
      [DEFAULT_COLLEGES.economic_actors, 3, 5, 1, 'engaged'],
      [null, 2, 4, null, 'not_contacted'],
      [null, 3, 4, 0, 'contacted'],
      [DEFAULT_COLLEGES.civil_society, 2, 4, 1, 'not_contacted'],
    ]);
    expect((await actorNamed('Apprentis d’Auteuil'))?.acronym).toBe('AA');
    expect((await load()).actors).toHaveLength(8);
    // One change for the whole paste: one undo takes it all back.
    await waitFor(() => expect(services.history.getState().state).not.toEqual(before));
    await services.undo();
    await waitFor(async () => expect(await stakeholders()).toEqual([]));
  });

  it('takes a paste of 320 rows in one change and shows them all', async () => {
    await renderStakeholders();
    const rows = Array.from({ length: 320 }, (_, i) => `Acteur ${i + 1}\t\t\tRôle ${i + 1}\t${(i % 5) + 1}\t${((i + 1) % 5) + 1}\t${(i % 5) - 2}`);
    paste(screen.getByLabelText('Acteur – nouvelle ligne'), rows.join('\n'));
    expect(await screen.findByText('320 parties prenantes ajoutées')).toBeTruthy();
    expect(await screen.findByLabelText('Acteur – Acteur 320')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /320 parties prenantes/ })).toBeTruthy();
    expect((await load()).participations).toHaveLength(320);
  }, 60_000); // 320 rows of inputs in jsdom: slow on a loaded 2-core machine, so a wide margin (no timing is asserted)

  it('refuses a paste with an invalid row, names the row and column, and imports nothing', async () => {
    await renderStakeholders();
    paste(
      screen.getByLabelText('Acteur – nouvelle ligne'),
      ['CD2E\t\tExperts, recherche et formation\t\t4\t5', 'CERDD\t\t\t\t3\t4', 'TEAM2\t\tCollège inventé\t\t7\t4', 'Villavenir\t\t\t\t2\t4'].join('\n'),
    );
    const alert = await screen.findByText(/^Rien n’a été importé : 1 ligne est invalide\./);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Ligne 3, Collège : collège inconnu « Collège inventé »',
      'Ligne 3, Influence : entre 1 et 5',
    ]);
    expect((await load()).participations).toEqual([]);
    expect((await load()).actors).toEqual([]);
  });

  it('renames the actor from its name cell and deletes a stakeholder with undo', async () => {
    const user = userEvent.setup();
    const { actorId } = await addStakeholder('CDDE', { role: 'Pôle d’expertise' });
    await renderStakeholders();
    const name = screen.getByLabelText('Acteur – CDDE');
    await user.clear(name);
    await user.type(name, 'CD2E{Enter}');
    await waitFor(async () => expect((await load()).actors.find((a) => a.id === actorId)?.name).toBe('CD2E'));
    await user.click(await screen.findByRole('button', { name: 'Supprimer « CD2E »' }));
    await waitFor(async () => expect((await load()).participations).toEqual([]));
    const toast = await screen.findByText('« CD2E » retiré des parties prenantes.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await stakeholders()).map(([n, p]) => [n, p.role])).toEqual([['CD2E', 'Pôle d’expertise']]));
  });

  it('sets and clears positions on the hypotheses, and points to step 2 when there are none', async () => {
    const user = userEvent.setup();
    const { participationId } = await addStakeholder('CD2E');
    await renderStakeholders();
    expect(within(region('Positions sur les hypothèses')).getByText(/^Aucune hypothèse stratégique pour l’instant/)).toBeTruthy();
    const h = await call<{ id: string }>(backend, 'hypotheses.create', { operationId: op.id, statement: 'Faire de la Base 11-19 un pôle d’écoconstruction' });
    const cell = await screen.findByLabelText('Position de « CD2E » sur H1 : Faire de la Base 11-19 un pôle d’écoconstruction');
    expect(within(region('Positions sur les hypothèses')).getByRole('columnheader', { name: /^H1/ }).getAttribute('scope')).toBe('col');
    expect(within(region('Positions sur les hypothèses')).getByRole('rowheader', { name: 'CD2E' }).getAttribute('scope')).toBe('row');
    await user.selectOptions(cell, '+2');
    await waitFor(async () => expect((await load()).positions.map((p) => [p.participationId, p.hypothesisId, p.value])).toEqual([[participationId, h.id, 2]]));
    await user.selectOptions(cell, '—');
    await waitFor(async () => expect((await load()).positions).toEqual([]));
  });

  it('adds a relation between two stakeholders and refuses one from an actor to itself', async () => {
    const user = userEvent.setup();
    const cd2e = await addStakeholder('CD2E');
    const cerdd = await addStakeholder('CERDD');
    await renderStakeholders();
    const relations = region('Relations entre les acteurs');
    await user.selectOptions(within(relations).getByLabelText('Source – nouvelle ligne'), 'CD2E');
    await user.selectOptions(within(relations).getByLabelText('Cible – nouvelle ligne'), 'CD2E');
    await user.click(within(relations).getByRole('button', { name: 'Ajouter la ligne' }));
    expect((await within(relations).findByRole('alert')).textContent).toBe(
      'Une relation relie deux acteurs différents : choisissez une cible autre que la source.',
    );
    expect((await load()).relations).toEqual([]);

    await user.selectOptions(within(relations).getByLabelText('Cible – nouvelle ligne'), 'CERDD');
    await user.selectOptions(within(relations).getByLabelText('Nature – nouvelle ligne'), 'coopération');
    await user.selectOptions(within(relations).getByLabelText('Statut – nouvelle ligne'), 'à renforcer');
    await user.click(within(relations).getByRole('button', { name: 'Ajouter la ligne' }));
    await waitFor(async () =>
      expect((await load()).relations).toEqual([
        expect.objectContaining({
          sourceActorId: cd2e.actorId,
          targetActorId: cerdd.actorId,
          kindId: DEFAULT_RELATION_KINDS.cooperation,
          direction: 'forward',
          status: 'to_strengthen',
        }),
      ]),
    );
    expect(await within(relations).findByLabelText('Note – CD2E → CERDD')).toBeTruthy();
  });

  it('merges duplicates into the actor chosen, keeping its links, and undoes the merge', async () => {
    const user = userEvent.setup();
    const cd2e = await addStakeholder('CD2E', { role: 'Pôle d’expertise' });
    const dotted = await addStakeholder('C.D.2.E', { influence: 4 });
    const cerdd = await addStakeholder('CERDD');
    const h = await call<{ id: string }>(backend, 'hypotheses.create', { operationId: op.id, statement: 'Pôle d’écoconstruction' });
    await call(backend, 'positions.set', { participationId: dotted.participationId, hypothesisId: h.id, value: 3 });
    await call(backend, 'relations.create', { operationId: op.id, sourceActorId: dotted.actorId, targetActorId: cerdd.actorId });
    await renderStakeholders();
    expect(screen.getByText('Doublons possibles : CD2E / C.D.2.E')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Fusionner CD2E / C.D.2.E' }));
    const dialog = screen.getByRole('dialog', { name: 'Fusionner des acteurs' });
    await user.click(within(dialog).getByRole('radio', { name: /^CD2E/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    await waitFor(async () => expect((await load()).actors.map((a) => a.name).sort()).toEqual(['CD2E', 'CERDD']));
    const s = await load();
    expect(s.participations.filter((p) => p.actorId === cd2e.actorId)).toEqual([expect.objectContaining({ role: 'Pôle d’expertise', influence: 4 })]);
    expect(s.relations.map((r) => [r.sourceActorId, r.targetActorId])).toEqual([[cd2e.actorId, cerdd.actorId]]);
    expect(s.positions.map((p) => [p.participationId, p.value])).toEqual([[cd2e.participationId, 3]]);
    await waitFor(() => expect(screen.queryByText(/^Doublons possibles/)).toBeNull());

    const toast = await screen.findByText('Acteurs fusionnés en « CD2E ».');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).actors.map((a) => a.name).sort()).toEqual(['C.D.2.E', 'CD2E', 'CERDD']));
    expect((await load()).relations.map((r) => r.sourceActorId)).toEqual([dotted.actorId]);
  });

  it('opens a stakeholder’s details, saves sources and private flags, and closes with Esc', async () => {
    const user = userEvent.setup();
    const { actorId } = await addStakeholder('CD2E', { influence: 4 });
    await renderStakeholders();
    await user.click(screen.getByLabelText('Rôle – CD2E'));
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    const panel = await screen.findByRole('complementary', { name: 'CD2E' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'CD2E' }));

    const influence = within(panel).getByRole('group', { name: 'Influence : 4 / 5' });
    await user.type(within(influence).getByLabelText('Source'), 'Entretien du 12 mars{Enter}');
    await user.selectOptions(within(influence).getByLabelText('Confiance'), 'élevée');
    await waitFor(async () => expect((await stakeholders())[0]![1]).toMatchObject({ influenceSource: 'Entretien du 12 mars', influenceConfidence: 'high' }));

    // Notes and contact start private, and say so in words.
    expect(within(panel).getAllByText('privé')).toHaveLength(2);
    await user.type(within(panel).getByLabelText('Notes sur sa participation'), 'Très moteur sur la filière.');
    await user.click(within(panel).getByLabelText('Notes privées'));
    await user.type(within(panel).getByLabelText('Contact de l’acteur'), 'contact@cd2e.example');
    await user.tab();
    await waitFor(async () => expect((await stakeholders())[0]![1]).toMatchObject({ notes: 'Très moteur sur la filière.', notesPrivate: false }));
    await waitFor(async () => expect((await load()).actors.find((a) => a.id === actorId)).toMatchObject({ contact: 'contact@cd2e.example', contactPrivate: true }));
    expect(within(panel).getAllByText('privé')).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'CD2E' })).toBeNull();
  });

  it('renames, adds and deletes collèges, with undo', async () => {
    const user = userEvent.setup();
    await renderStakeholders();
    await user.click(screen.getByText('Collèges (4)', { selector: 'summary' }));
    const label = screen.getByLabelText('Libellé – Pouvoirs publics et élus');
    await user.clear(label);
    await user.type(label, 'Collectivités{Enter}');
    await waitFor(async () => expect((await load()).colleges.find((c) => c.id === DEFAULT_COLLEGES.public_authorities)?.label).toBe('Collectivités'));
    await waitFor(() => expect(within(screen.getByLabelText('Collège – nouvelle ligne')).getByRole('option', { name: 'Collectivités' })).toBeTruthy());

    const lists = screen.getByText('Collèges (4)', { selector: 'summary' }).closest('details')!;
    await user.type(within(lists).getByLabelText('Libellé – nouvelle ligne'), 'Bailleurs sociaux{Enter}');
    await waitFor(async () => expect((await load()).colleges.map((c) => c.label)).toContain('Bailleurs sociaux'));
    await user.click(await within(lists).findByRole('button', { name: 'Supprimer « Bailleurs sociaux »' }));
    await waitFor(async () => expect((await load()).colleges).toHaveLength(4));
    const toast = await screen.findByText('Collège « Bailleurs sociaux » supprimé.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).colleges).toHaveLength(5));
  });
});
