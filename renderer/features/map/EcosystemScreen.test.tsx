import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { renderApp } from '../../../test/harness/render-app';
import { installReactFlowShims } from '../../../test/harness/map-fixture';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

beforeAll(installReactFlowShims);

let backend: ReturnType<typeof tempBackend>;
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  backend = tempBackend({ example: true });
});
afterEach(() => {
  cleanup();
  backend.close();
});

const nodeCount = () => document.querySelectorAll('.react-flow__node-actor').length;

describe('ecosystem view (real backend, example workspace)', () => {
  it('shows an actor shared by two operations once, with both operations, and filters by operation', async () => {
    const user = userEvent.setup();
    const ops = await call<{ id: string; title: string }[]>(backend, 'operations.list', {});
    const loos = ops.find((o) => o.title.startsWith('Écosystème loossois'))!;
    const snap = await call<WalkSnapshot>(backend, 'walk.load', { operationId: loos.id });
    const shared = snap.participations[0]!;
    const sharedName = snap.actors.find((a) => a.id === shared.actorId)!.name;
    const wood = ops.find((o) => o.title === 'Filière Bois')!;
    await call(backend, 'participations.create', { operationId: wood.id, actorId: shared.actorId });
    const newcomer = await call<{ id: string }>(backend, 'actors.create', { name: 'Scierie du Ternois' });
    await call(backend, 'participations.create', { operationId: wood.id, actorId: newcomer.id });

    await renderApp(backend, 'fr');
    await user.click(await screen.findByRole('button', { name: /^Écosystème\s*toutes les opérations/ }));
    await screen.findByRole('heading', { level: 2, name: 'Écosystème des opérations' });
    expect(location.hash).toBe('#/ecosystem');
    await waitFor(() => expect(nodeCount()).toBe(16));
    expect(document.querySelectorAll(`.react-flow__node[data-id="${shared.actorId}"]`)).toHaveLength(1);
    expect(screen.getByTestId('map-summary').textContent).toMatch(/16 acteurs/);

    // The shared actor's panel names both operations; it is drawn larger than a one-operation actor.
    const size = (id: string) => Number(document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"] .map-node`)!.dataset.size);
    expect(size(shared.actorId)).toBeGreaterThan(size(newcomer.id));
    (document.querySelector(`.react-flow__node[data-id="${shared.actorId}"]`) as HTMLElement).click();
    const panel = await screen.findByRole('complementary', { name: sharedName });
    expect(within(panel).getByText('Participe à 2 opérations')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Filière Bois' })).toBeTruthy();

    // Only the Filière Bois: its two actors.
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    const filters = screen.getByRole('region', { name: 'Filtres' });
    await user.click(within(filters).getByRole('button', { name: 'Aucune opération' }));
    await waitFor(() => expect(nodeCount()).toBe(0));
    await user.click(within(filters).getByRole('checkbox', { name: 'Filière Bois' }));
    await waitFor(() => expect(nodeCount()).toBe(2));
    expect(screen.getByTestId('map-summary').textContent).toMatch(/^1 opération · 2 acteurs/);
  });

  it('sizes by number of operations in the legend, and by a network metric on demand', async () => {
    const user = userEvent.setup();
    await call(backend, 'preferences.set', { locale: 'en' });
    const services = await renderApp(backend, 'en');
    await services.openEcosystem();
    await screen.findByRole('heading', { level: 2, name: 'Ecosystem of the operations' });
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByTestId('map-legend-size').textContent).toBe('Size: number of operations the actor takes part in (1 to 5 or more)');
    await user.selectOptions(screen.getByLabelText('Colour by'), 'community');
    await waitFor(() => expect(document.querySelectorAll('.map-node-community').length).toBe(nodeCount()));
    expect(within(legend).getByText(/^C1: community 1/)).toBeTruthy();
  });
});
