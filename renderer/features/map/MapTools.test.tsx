import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MapViewSettings } from '../../../shared/map/view-settings';
import { renderApp } from '../../../test/harness/render-app';
import { exampleMapFixture } from '../../../test/harness/map-fixture';
import { call } from '../../../test/harness/temp-workspace';

const map = exampleMapFixture();
const load = () => map.load();
const nodeOf = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const nodeCount = () => document.querySelectorAll('.react-flow__node-actor').length;

async function openMap(locale: 'fr' | 'en' = 'fr') {
  const services = await renderApp(map.backend, locale);
  await services.navigate(map.opId, 'map');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Carte des parties prenantes' : 'Stakeholder map' });
  await waitFor(() => expect(nodeCount()).toBeGreaterThan(0));
  return services;
}

/** The participation with the most relations, and the ids one step away from it. */
async function hub() {
  const snap = await load();
  const participationOf = new Map(snap.participations.map((p) => [p.actorId, p.id]));
  const degree = new Map<string, Set<string>>();
  for (const r of snap.relations.filter((r) => r.status !== 'to_create')) {
    const [a, b] = [participationOf.get(r.sourceActorId)!, participationOf.get(r.targetActorId)!];
    degree.set(a, (degree.get(a) ?? new Set()).add(b));
    degree.set(b, (degree.get(b) ?? new Set()).add(a));
  }
  const [id, near] = [...degree].sort((x, y) => y[1].size - x[1].size)[0]!;
  return { snap, id, near };
}

describe('focus on a neighbourhood', () => {
  it('dims the others, hides them on demand, and Esc (or the banner) goes back to the whole map', async () => {
    const user = userEvent.setup();
    const { snap, id, near } = await hub();
    await openMap();
    fireEvent.click(nodeOf(id));
    const name = snap.actors.find((a) => a.id === snap.participations.find((p) => p.id === id)!.actorId)!.name;
    const panel = await screen.findByRole('complementary', { name });
    await user.click(within(panel).getByRole('radio', { name: '1 pas' }));
    expect(screen.getByText(`Voisinage de « ${name} » à 1 pas.`)).toBeTruthy();
    expect(document.querySelectorAll('.react-flow__node.is-dimmed')).toHaveLength(15 - near.size - 1);
    await user.click(within(panel).getByRole('checkbox', { name: /Masquer les autres acteurs/ }));
    await waitFor(() => expect(nodeCount()).toBe(near.size + 1));
    expect(screen.getByTestId('map-summary').textContent).toContain(`${near.size + 1} acteurs`);
    await user.click(within(panel).getByRole('radio', { name: '2 pas' }));
    await waitFor(() => expect(nodeCount()).toBeGreaterThanOrEqual(near.size + 1));
    fireEvent.keyDown(nodeOf(id), { key: 'Escape' });
    await waitFor(() => expect(nodeCount()).toBe(15));
    expect(screen.queryByText(/Voisinage de/)).toBeNull();
    expect(document.querySelectorAll('.react-flow__node.is-dimmed')).toHaveLength(0);
  });
});

describe('editing without a mouse', () => {
  it('selects an actor by reaching it with Tab, links it with C to one picked in a list, with the kind chosen', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const byPosition = [...snap.participations].sort((a, b) => a.position - b.position);
    const name = (p: (typeof byPosition)[number]) => snap.actors.find((a) => a.id === p.actorId)!.name;
    // Two actors not yet linked.
    const linked = (a: string, b: string) => snap.relations.some((r) => (r.sourceActorId === a && r.targetActorId === b) || (r.sourceActorId === b && r.targetActorId === a));
    const [a, b] = byPosition.flatMap((x) => byPosition.filter((y) => y !== x && !linked(x.actorId, y.actorId)).map((y) => [x, y] as const))[0]!;
    await openMap();
    nodeOf(a.id).focus();
    fireEvent.focus(nodeOf(a.id));
    await screen.findByRole('complementary', { name: name(a) });
    fireEvent.keyDown(nodeOf(a.id), { key: 'c' });
    const form = await screen.findByRole('form', { name: new RegExp(`^Nouvelle relation : ${name(a)}`) });
    await user.selectOptions(within(form).getByLabelText('Autre acteur'), b.id);
    const funding = snap.relationKinds.find((k) => k.key === 'funding')!;
    await user.selectOptions(within(form).getByLabelText('Type de relation'), funding.id);
    await user.click(within(form).getByRole('button', { name: 'Créer la relation' }));
    await waitFor(async () =>
      expect((await load()).relations.some((r) => r.sourceActorId === a.actorId && r.targetActorId === b.actorId && r.kindId === funding.id)).toBe(true),
    );
  });

  it('removes the selected actor with Delete, and the toast’s undo brings it back', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const victim = snap.participations[0]!;
    await openMap();
    fireEvent.click(nodeOf(victim.id));
    nodeOf(victim.id).focus();
    await user.keyboard('{Delete}');
    await waitFor(async () => expect((await load()).participations.some((p) => p.id === victim.id)).toBe(false));
    const toast = await screen.findByText(/retiré de l’opération, avec ses relations/);
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).participations.some((p) => p.id === victim.id)).toBe(true));
  });
});

describe('adding an actor from the map', () => {
  it('adds a new actor with its collège, placed and saved, in one change', async () => {
    const user = userEvent.setup();
    const services = await openMap();
    await user.click(screen.getByRole('button', { name: 'Ajouter un acteur' }));
    const form = screen.getByRole('form', { name: 'Ajouter un acteur à la carte' });
    await user.type(within(form).getByLabelText('Nom'), 'Maison de l’habitat durable');
    const snap = await load();
    const civil = snap.colleges.find((c) => c.key === 'civil_society')!;
    await user.selectOptions(within(form).getByLabelText('Collège'), civil.id);
    await user.click(within(form).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(nodeCount()).toBe(16));
    const after = await load();
    const actor = after.actors.find((a) => a.name === 'Maison de l’habitat durable')!;
    const p = after.participations.find((x) => x.actorId === actor.id)!;
    expect([p.collegeId, typeof p.mapX, typeof p.mapY]).toEqual([civil.id, 'number', 'number']);
    // The new actor is selected, its panel open.
    expect(await screen.findByRole('complementary', { name: 'Maison de l’habitat durable' })).toBeTruthy();
    await services.undo();
    await waitFor(async () => expect((await load()).participations.some((x) => x.id === p.id)).toBe(false));
  });

  it('adds an actor of the workspace not yet in the operation', async () => {
    const user = userEvent.setup();
    const outsider = await call<{ id: string }>(map.backend, 'actors.create', { name: 'Agence de l’eau Artois-Picardie' });
    await openMap();
    await user.click(screen.getByRole('button', { name: 'Ajouter un acteur' }));
    const form = screen.getByRole('form', { name: 'Ajouter un acteur à la carte' });
    await user.click(within(form).getByRole('radio', { name: 'Acteur existant' }));
    const list = within(form).getByLabelText('Acteur de l’espace de travail') as HTMLSelectElement;
    expect([...list.options].map((o) => o.value)).toEqual([outsider.id]);
    await user.click(within(form).getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(nodeCount()).toBe(16));
    expect((await load()).participations.some((p) => p.actorId === outsider.id)).toBe(true);
  });
});

describe('the view kept across reloads', () => {
  it('finds the network, filters, layout, legend, decorations and focus as left', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const publicAuthorities = snap.colleges.find((c) => c.key === 'public_authorities')!.id;
    const id = snap.participations.find((p) => p.collegeId !== publicAuthorities)!.id;
    await openMap();
    await user.click(screen.getByRole('radio', { name: 'Réseau visé' }));
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    await user.click(within(screen.getByRole('region', { name: 'Filtres' })).getByRole('checkbox', { name: 'Pouvoirs publics et élus' }));
    await user.selectOptions(screen.getByLabelText('Disposition'), 'sectors');
    await user.click(screen.getByRole('button', { name: 'Masquer la légende' }));
    await user.selectOptions(screen.getByLabelText('Taille selon'), 'degree');
    fireEvent.click(nodeOf(id));
    await user.click(await screen.findByRole('radio', { name: '2 pas' }));
    const summary = screen.getByTestId('map-summary').textContent;
    await waitFor(async () => expect((await call<MapViewSettings | null>(map.backend, 'mapViews.get', { scope: map.opId }))?.focus?.depth).toBe(2));

    cleanup();
    await openMap();
    expect(screen.getByRole('radio', { name: 'Réseau visé' }).getAttribute('aria-checked')).toBe('true');
    expect((within(screen.getByRole('region', { name: 'Filtres' })).getByRole('checkbox', { name: 'Pouvoirs publics et élus' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Disposition') as HTMLSelectElement).value).toBe('sectors');
    expect(screen.getByRole('button', { name: 'Garder cette disposition' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Légende' })).toBeNull();
    expect((screen.getByLabelText('Taille selon') as HTMLSelectElement).value).toBe('degree');
    expect(screen.getByText(/Voisinage de « .+ » à 2 pas\./)).toBeTruthy();
    expect(screen.getByTestId('map-summary').textContent).toBe(summary);
  });
});
