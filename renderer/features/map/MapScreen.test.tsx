import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/harness/render-app';
import { exampleMapFixture } from '../../../test/harness/map-fixture';
import { call } from '../../../test/harness/temp-workspace';

const map = exampleMapFixture();
const load = () => map.load();

async function openMap() {
  const services = await renderApp(map.backend, 'fr');
  await services.navigate(map.opId, 'map');
  await screen.findByRole('heading', { level: 2, name: 'Carte des parties prenantes' });
  return services;
}

describe('map screen (real map.backend, example workspace)', () => {
  it('counts actors and relations, and the network to be adds the relations to create', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const toCreate = snap.relations.filter((r) => r.status === 'to_create').length;
    expect(toCreate).toBeGreaterThan(0);
    await openMap();
    const summary = screen.getByTestId('map-summary');
    expect(summary.textContent).toContain(`15 acteurs · ${snap.relations.length - toCreate} relations`);
    await user.click(screen.getByRole('radio', { name: 'Réseau visé' }));
    expect(summary.textContent).toContain(`15 acteurs · ${snap.relations.length} relations`);
    expect(screen.getByRole('radio', { name: 'Réseau visé' }).getAttribute('aria-checked')).toBe('true');
    await user.click(screen.getByRole('radio', { name: 'Réseau actuel' }));
    expect(summary.textContent).toContain(`${snap.relations.length - toCreate} relations`);
  });

  it('shows and hides the legend', async () => {
    const user = userEvent.setup();
    await openMap();
    expect(screen.getByRole('region', { name: 'Légende' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Masquer la légende' }));
    expect(screen.queryByRole('region', { name: 'Légende' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afficher la légende' }));
    expect(within(screen.getByRole('region', { name: 'Légende' })).getByText('à créer')).toBeTruthy();
  });

  it('filters by collège and relation status', async () => {
    const user = userEvent.setup();
    const snap = await load();
    await openMap();
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    const panel = screen.getByRole('region', { name: 'Filtres' });
    const publicAuthorities = snap.colleges.find((c) => c.key === 'public_authorities')!.id;
    const kept = snap.participations.filter((p) => p.collegeId !== publicAuthorities).length;
    await user.click(within(panel).getByRole('checkbox', { name: 'Pouvoirs publics et élus' }));
    expect(screen.getByTestId('map-summary').textContent).toContain(`${kept} acteurs`);
    expect(screen.getByTestId('map-summary').textContent).toContain('Filtres actifs');
    await user.click(within(panel).getByRole('button', { name: 'Tout afficher' }));
    expect(screen.getByTestId('map-summary').textContent).toContain('15 acteurs');
    await user.click(within(panel).getByRole('checkbox', { name: 'existante' }));
    const nonExisting = snap.relations.filter((r) => r.status !== 'existing' && r.status !== 'to_create').length;
    expect(screen.getByTestId('map-summary').textContent).toMatch(new RegExp(`15 acteurs · ${nonExisting} relations?`));
  });

  it('keeps a computed layout in one change, which one undo takes back', async () => {
    const user = userEvent.setup();
    await openMap();
    expect(screen.getByText('15 acteurs n’ont pas encore de place enregistrée : placés provisoirement.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Disposition'), 'power_interest');
    expect(screen.getByText(/rien n’est enregistré/)).toBeTruthy();
    expect((await load()).participations.every((p) => p.mapX == null)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Garder cette disposition' }));
    await waitFor(async () => expect((await load()).participations.every((p) => typeof p.mapX === 'number' && typeof p.mapY === 'number')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Garder cette disposition' })).toBeNull());
    expect((screen.getByLabelText('Disposition') as HTMLSelectElement).value).toBe('manual');
    await user.click(within(await screen.findByText('Disposition enregistrée.').then((t) => t.parentElement!)).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).participations.every((p) => p.mapX == null)).toBe(true));
  });

  it('runs the force-directed layout with progress, and going back to manual keeps the saved places', async () => {
    const user = userEvent.setup();
    await openMap();
    await user.selectOptions(screen.getByLabelText('Disposition'), 'force');
    expect(await screen.findByRole('button', { name: 'Garder cette disposition' }, { timeout: 5000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Revenir à la disposition enregistrée' }));
    expect(screen.queryByRole('button', { name: 'Garder cette disposition' })).toBeNull();
    expect((await load()).participations.every((p) => p.mapX == null)).toBe(true);
  });

  it('teaches the next step on an operation without stakeholders', async () => {
    const op = await call<{ id: string }>(map.backend, 'operations.create', { title: 'Vide' });
    const services = await renderApp(map.backend, 'fr');
    await services.navigate(op.id, 'map');
    expect(await screen.findByText(/Aucune partie prenante pour l’instant/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aller aux parties prenantes' })).toBeTruthy();
  });
});

describe('map decorations by metric and MACTOR influences (real map.backend, example workspace)', () => {
  const sizes = () => [...document.querySelectorAll<HTMLElement>('.react-flow__node-actor .map-node')].map((n) => Number(n.dataset.size));

  it('sizes the nodes by betweenness and says so in the legend', async () => {
    const user = userEvent.setup();
    await openMap();
    const before = sizes();
    expect(before).toHaveLength(15);
    const legend = screen.getByRole('region', { name: 'Légende' });
    expect(within(legend).getByText('Taille : influence déclarée (1 à 5)')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Taille selon'), 'betweenness');
    expect(within(legend).getByText(/Taille : intermédiarité/)).toBeTruthy();
    // The metrics come from a worker (chunks between tasks here): slower on a loaded machine.
    await waitFor(() => expect(sizes()).not.toEqual(before), { timeout: 5_000 });
    const after = sizes();
    // Area ∝ betweenness: the largest broker gets the largest node, an actor brokering nothing the smallest.
    expect(Math.max(...after)).toBe(86);
    expect(Math.min(...after)).toBe(36);
    const node = document.querySelector<HTMLElement>('.react-flow__node-actor')!;
    expect(node.style.width).toBe(`${node.querySelector<HTMLElement>('.map-node')!.dataset.size}px`);
    await user.selectOptions(screen.getByLabelText('Taille selon'), 'influence');
    await waitFor(() => expect(sizes()).toEqual(before));
  });

  it('colours by Louvain community with the community number on each node and in its name', async () => {
    const user = userEvent.setup();
    await openMap();
    expect(document.querySelectorAll('.map-node-community')).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Couleur selon'), 'community');
    await waitFor(() => expect(document.querySelectorAll('.map-node-community')).toHaveLength(15));
    const labels = [...document.querySelectorAll('.map-node-community')].map((n) => n.textContent);
    expect(labels).toContain('C1');
    expect(labels.every((l) => /^C\d+$/.test(l ?? ''))).toBe(true);
    expect(document.querySelector('.react-flow__node-actor')!.getAttribute('aria-label')).toMatch(/, communauté \d+$/);
    const legend = screen.getByRole('region', { name: 'Légende' });
    expect(within(legend).getByText('Communautés (Louvain, couleur et numéro)')).toBeTruthy();
    expect(within(legend).getByText(/^C1 : communauté 1 \(\d+ acteurs?\)$/)).toBeTruthy();
    expect(within(legend).getByText('Collèges (forme)')).toBeTruthy();
  });

  it('sets a direct influence (MID) from the side panel, the second actor picked with Shift+click', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const [a, b] = [...snap.participations].sort((x, y) => x.position - y.position);
    const name = (actorId: string) => snap.actors.find((x) => x.id === actorId)!.name;
    await openMap();
    const nodeOf = (participationId: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${participationId}"]`)!;
    // A click without mousedown: d3-drag (React Flow's dragging) needs a real window on mousedown, which jsdom lacks.
    fireEvent.click(nodeOf(a!.id));
    const panel = await screen.findByRole('complementary', { name: name(a!.actorId) });
    await user.keyboard('{Shift>}');
    fireEvent.click(nodeOf(b!.id), { shiftKey: true });
    await user.keyboard('{/Shift}');
    // The first actor stays selected; the second is the editor's other actor.
    expect(screen.getByRole('complementary', { name: name(a!.actorId) })).toBe(panel);
    const other = within(panel).getByLabelText('Autre acteur') as HTMLSelectElement;
    await waitFor(() => expect(other.value).toBe(b!.actorId));
    await user.selectOptions(within(panel).getByLabelText('Influence directe (0 à 4)'), '3');
    await user.click(within(panel).getByRole('button', { name: 'Enregistrer l’influence' }));
    await waitFor(async () =>
      expect((await load()).influences.find((i) => i.sourceActorId === a!.actorId && i.targetActorId === b!.actorId)?.value).toBe(3),
    );
    const given = await within(panel).findByRole('list', { name: 'Influences exercées' });
    expect(given.textContent).toContain(`${name(b!.actorId)} : 3 (sur ses missions)`);
    // Received, seen from the other actor: the same cell.
    await user.selectOptions(within(panel).getByLabelText('Sens'), 'received');
    expect((within(panel).getByLabelText('Influence directe (0 à 4)') as HTMLSelectElement).value).toBe('0');
  });
  it('edits the selected actor from the side panel: one undoable change per field', async () => {
    const user = userEvent.setup();
    const snap = await load();
    const p = [...snap.participations].sort((x, y) => x.position - y.position).find((x) => x.influence !== 5)!;
    const name = snap.actors.find((x) => x.id === p.actorId)!.name;
    const services = await openMap();
    fireEvent.click(document.querySelector<HTMLElement>(`.react-flow__node[data-id="${p.id}"]`)!);
    const panel = await screen.findByRole('complementary', { name });
    await user.selectOptions(within(panel).getByLabelText('Influence'), '5');
    await waitFor(async () => expect((await load()).participations.find((x) => x.id === p.id)!.influence).toBe(5));
    await user.selectOptions(within(panel).getByLabelText('Engagement'), 'committed');
    await waitFor(async () => expect((await load()).participations.find((x) => x.id === p.id)!.engagement).toBe('committed'));
    // The node grows with its influence, as the legend says.
    await waitFor(() => expect(document.querySelector<HTMLElement>(`.react-flow__node[data-id="${p.id}"] .map-node`)!.dataset.size).toBe('86'));
    await services.undo();
    await services.undo();
    const back = (await load()).participations.find((x) => x.id === p.id)!;
    expect([back.influence, back.engagement]).toEqual([p.influence, p.engagement]);
  });
});
