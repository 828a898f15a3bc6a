import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { influenceDependence, midi, powerRatios } from '../../../shared/analysis/mactor';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { renderApp } from '../../../test/harness/render-app';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
let opId: string;
beforeEach(async () => {
  localStorage.clear();
  backend = tempBackend();
  opId = (await call<{ id: string }>(backend, 'operations.create', { title: 'Filière bois' })).id;
  await call(backend, 'stakeholders.addRows', { operationId: opId, rows: [{ name: 'Région' }, { name: 'CD2E' }, { name: 'Ville' }] });
});
afterEach(() => {
  cleanup();
  backend.close();
});

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: opId });
const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 2 });

describe('analysis screen (real backend)', () => {
  it('enters a 3×3 MID by keyboard and shows MIDI and Ri* as shared/analysis computes them', async () => {
    const user = userEvent.setup();
    const services = await renderApp(backend, 'fr');
    await services.navigate(opId, 'analysis');
    await screen.findByRole('heading', { level: 2, name: 'Analyse' });
    expect(await screen.findByText(/Saisissez au moins une influence directe/)).toBeTruthy();

    await user.click(screen.getByRole('textbox', { name: 'Influence de Région sur CD2E' }));
    // (0,1)=2 → (0,2)=1 → down (1,2)=4 → left, over the diagonal, (1,0)=3 → down (2,0)=1 → right (2,1)=2; 7 is refused.
    await user.keyboard('2{ArrowRight}1{ArrowDown}4{ArrowLeft}3{ArrowDown}1{ArrowRight}7');
    expect(screen.getByRole('textbox', { name: 'Influence de Ville sur CD2E' })).toHaveProperty('value', '0');
    await user.keyboard('2');
    const mid = [
      [0, 2, 1],
      [3, 0, 4],
      [1, 2, 0],
    ];
    await waitFor(async () => expect((await load()).influences).toHaveLength(6));
    const snap = await load();
    const order = [...snap.participations].sort((a, b) => a.position - b.position).map((p) => p.actorId);
    const name = new Map(snap.actors.map((a) => [a.id, a.name]));
    expect(order.map((id) => name.get(id))).toEqual(['Région', 'CD2E', 'Ville']);
    for (const cell of snap.influences) expect(cell.value).toBe(mid[order.indexOf(cell.sourceActorId)]![order.indexOf(cell.targetActorId)]);

    const expected = midi(mid);
    const { influence, dependence } = influenceDependence(expected);
    const { rStar } = powerRatios(expected);
    const table = await screen.findByRole('table', { name: 'MIDI : influences directes et indirectes (ordre 2)' });
    await waitFor(() => {
      const rows = within(table).getAllByRole('row').slice(1, 4);
      expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual(expected.map((row) => row.map((v) => fr.format(v))));
    });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getAllByRole('cell')[3]!.textContent).toBe(fr.format(influence[0]!));
    expect(within(rows[4]!).getAllByRole('cell').slice(0, 3).map((c) => c.textContent)).toEqual(dependence.map((v) => fr.format(v)));
    order.forEach((id, i) => expect(screen.getByTestId(`rstar-${id}`).textContent).toBe(fr.format(rStar[i]!)));
    expect(screen.getByRole('img', { name: /Plan influence–dépendance des acteurs : Région, influence/ })).toBeTruthy();

    // Delete clears a cell (one change).
    await user.keyboard('{Delete}');
    await waitFor(async () => expect((await load()).influences).toHaveLength(5));
  });

  it('edits legitimacy and urgency in the salience table', async () => {
    const user = userEvent.setup();
    const services = await renderApp(backend, 'fr');
    await services.navigate(opId, 'analysis');
    await user.click(await screen.findByRole('tab', { name: 'Pouvoir–intérêt et saillance' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Légitimité de CD2E' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Urgence de CD2E' }), '5');
    await waitFor(async () => {
      const p = (await load()).participations.find((x) => x.urgency !== null);
      expect(p).toMatchObject({ legitimacy: 4, urgency: 5 });
    });
    expect(screen.getByText('Hors de la grille (influence ou intérêt non évalué) : Région, CD2E, Ville')).toBeTruthy();
  });

  it('shows a big operation in blocks and pages: 40 of 55 actors per matrix, the salience table 50 rows at a time', async () => {
    const user = userEvent.setup();
    await call(backend, 'stakeholders.addRows', { operationId: opId, rows: Array.from({ length: 52 }, (_, i) => ({ name: `Acteur ${i + 4}`, influence: 3, interest: 4 })) });
    await call(backend, 'hypotheses.create', { operationId: opId, statement: 'Une filière bois locale' });
    const services = await renderApp(backend, 'fr');
    await services.navigate(opId, 'analysis');
    const panel = await screen.findByRole('tabpanel');
    await waitFor(() => expect(panel.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });
    const caa = screen.getByRole('table', { name: 'CAA ordre 1 : convergences' });
    expect(within(caa).getAllByRole('row')).toHaveLength(41); // header + 40 actors
    expect(screen.getAllByText(/Seuls les 40 premiers acteurs s’affichent ici \(55 lignes × 55 colonnes\)/).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('textbox', { name: /^Influence de Région sur/ })).toHaveLength(39);

    await user.click(screen.getByRole('tab', { name: 'Pouvoir–intérêt et saillance' }));
    expect(await screen.findByText('Acteurs 1 à 50 sur 55')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Légitimité de Acteur 55' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Suivants' }));
    expect(screen.getByText('Acteurs 51 à 55 sur 55')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Légitimité de Acteur 55' })).toBeTruthy();
    // Quadrants list 20 names, then say how many more.
    expect(within(screen.getByRole('region', { name: 'Associer étroitement' })).getAllByRole('listitem')).toHaveLength(20);
    expect(within(screen.getByRole('region', { name: 'Associer étroitement' })).getByText('et 32 autres')).toBeTruthy();
  }, 30_000); // some 60 steps of the real backend and a panel rendered part by part: slow on a loaded machine
});
