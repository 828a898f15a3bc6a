import { test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, tempWorkspace } from '../harness/web-server';
import { apiCall } from './api';
import { expect } from './expect';

// The stakeholder map on the example workspace (Loos-en-Gohelle, 15 stakeholders): try a layout,
// keep it, find it again after a reload; the network to be shows the relations to create.
// Screenshots under test-results/ unless SCREENSHOT_DIR=docs/screenshots.
const out = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');

type Snapshot = { participations: { id: string; mapX?: number | null; mapY?: number | null }[]; relations: { status: string }[] };

base('the map of the example: layout kept across a reload, the network to be', async ({ browser }) => {
  base.setTimeout(120_000);
  const server = await startServer(tempWorkspace(), 0, { example: true });
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await apiCall(server, 'preferences.set', { locale: 'fr', theme: 'light' });
    const ops = await apiCall<{ id: string; title: string }[]>(server, 'operations.list', {});
    const loos = ops.find((o) => o.title.startsWith('Écosystème loossois'))!;
    await page.goto(server.url);
    await page.goto(`${server.origin}/#/operations/${loos.id}/map`);
    const nodes = page.locator('.react-flow__node-actor');
    await expect(nodes).toHaveCount(15);
    await expect(nodes.first()).toBeVisible();
    await expect(page.getByText('15 acteurs ne sont pas encore placés sur la carte').first()).toBeVisible();

    // Try the sectors layout: nothing is saved until it is kept.
    await page.getByLabel('Disposition').selectOption('sectors');
    const keep = page.getByRole('button', { name: 'Garder cette disposition' });
    await expect(keep).toBeVisible();
    let snap = await apiCall<Snapshot>(server, 'walk.load', { operationId: loos.id });
    expect(snap.participations.every((p) => p.mapX == null)).toBe(true);
    await keep.click();
    await expect(keep).toBeHidden();
    await expect.poll(async () => (await apiCall<Snapshot>(server, 'walk.load', { operationId: loos.id })).participations.every((p) => typeof p.mapX === 'number')).toBe(true);
    snap = await apiCall<Snapshot>(server, 'walk.load', { operationId: loos.id });
    const saved = Object.fromEntries(snap.participations.map((p) => [p.id, [p.mapX, p.mapY]]));

    // After a reload the nodes stand where they were kept (React Flow's node position is its centre here).
    await page.reload();
    await expect(nodes).toHaveCount(15);
    await expect(page.getByRole('navigation').locator('[aria-current="step"]')).toContainText('Carte');
    await expect(page.getByText(/placés sur la carte/)).toHaveCount(0);
    const again = await apiCall<Snapshot>(server, 'walk.load', { operationId: loos.id });
    expect(Object.fromEntries(again.participations.map((p) => [p.id, [p.mapX, p.mapY]]))).toEqual(saved);
    // React Flow draws each node at its saved centre (nodeOrigin 0.5, 0.5).
    for (const node of await nodes.all()) {
      const { id, transform, w, h } = await node.evaluate((el) => ({ id: el.getAttribute('data-id')!, transform: (el as HTMLElement).style.transform, w: (el as HTMLElement).offsetWidth, h: (el as HTMLElement).offsetHeight }));
      const [x, y] = saved[id]!;
      expect(transform).toBe(`translate(${x! - w / 2}px, ${y! - h / 2}px)`);
    }

    // The network as is hides the relations to create; the network to be shows them, dashed.
    const toCreate = snap.relations.filter((r) => r.status === 'to_create').length;
    expect(toCreate).toBeGreaterThan(0);
    const summary = page.getByTestId('map-summary');
    const asIs = snap.relations.length - toCreate;
    await expect(summary).toContainText(`${asIs} relations`);
    await expect(page.locator('.react-flow__edge[aria-label*="à créer"]')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Réseau visé' }).click();
    await expect(summary).toContainText(`${snap.relations.length} relations`);
    await expect(page.locator('.react-flow__edge[aria-label*="à créer"]')).toHaveCount(toCreate);
    await expect(page.locator('.react-flow__edge[aria-label*="à créer"] path.status-to_create').first()).toHaveAttribute('style', /stroke-dasharray/);

    mkdirSync(out, { recursive: true });
    await page.mouse.move(1360, 760);
    await page.screenshot({ path: join(out, 'walk-map-fr-light.png'), animations: 'disabled', caret: 'hide' });

    // Size by betweenness: the metrics come from the analysis worker; the legend says what size means.
    const sizes = () => page.locator('.react-flow__node-actor .map-node').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.size)));
    const bySize = await sizes();
    await page.getByLabel('Taille selon').selectOption('betweenness');
    await expect(page.getByRole('region', { name: 'Légende' })).toContainText('Taille : intermédiarité (rôle de passeur entre acteurs ; surface proportionnelle)');
    await expect.poll(sizes).not.toEqual(bySize);
    expect(Math.max(...(await sizes()))).toBe(86);
    await expect(page.getByRole('status').filter({ hasText: 'Calcul des indicateurs' })).toHaveCount(0);

    await apiCall(server, 'preferences.set', { locale: 'en', theme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(nodes).toHaveCount(15);
    await page.getByRole('radio', { name: 'Both' }).click();
    await page.waitForTimeout(400);
    await page.mouse.move(1360, 760);
    await page.screenshot({ path: join(out, 'walk-map-en-dark.png'), animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
    await server.stop();
  }
});

type Walk = {
  actors: { id: string; name: string }[];
  colleges: { id: string; key: string | null }[];
  relationKinds: { id: string; key: string | null }[];
  participations: { id: string; actorId: string; collegeId: string | null; mapX?: number | null; mapY?: number | null }[];
  relations: { sourceActorId: string; targetActorId: string; kindId: string | null; status: string }[];
};

// A small map built on a new operation with the mouse and the keyboard, then found again as left
// after a reload; the ecosystem shows an actor of two operations once.
base('a small map built with mouse and keyboard, kept across a reload; the ecosystem', async ({ browser }) => {
  base.setTimeout(Number(process.env.MAP_E2E_TIMEOUT ?? 180_000));
  const server = await startServer(tempWorkspace(), 0, { example: true });
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await apiCall(server, 'preferences.set', { locale: 'fr', theme: 'light' });
    const op = await apiCall<{ id: string }>(server, 'operations.create', { title: 'Filière bois-énergie' });
    const walk = () => apiCall<Walk>(server, 'walk.load', { operationId: op.id });
    const ids = await walk();
    const college = (key: string) => ids.colleges.find((c) => c.key === key)!.id;
    const kind = (key: string) => ids.relationKinds.find((k) => k.key === key)!.id;
    const cd2e = ids.actors.find((a) => a.name.startsWith('CD2E'))!;

    await page.goto(server.url);
    await page.goto(`${server.origin}/#/operations/${op.id}/map`);
    const nodes = page.locator('.react-flow__node-actor');

    // The first actor from the empty map; the second from the toolbar (the viewport's centre).
    await page.getByRole('button', { name: 'Ajouter un acteur' }).click();
    let form = page.getByRole('form', { name: 'Ajouter un acteur à la carte' });
    await form.getByRole('textbox', { name: 'Nom' }).fill('Scierie du Ternois');
    await form.getByLabel('Collège').selectOption(college('economic_actors'));
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await expect(nodes).toHaveCount(1);
    await page.getByRole('button', { name: 'Ajouter un acteur' }).click();
    form = page.getByRole('form', { name: 'Ajouter un acteur à la carte' });
    await form.getByRole('textbox', { name: 'Nom' }).fill('Lycée forestier');
    await form.getByLabel('Collège').selectOption(college('experts_research'));
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await expect(nodes).toHaveCount(2);
    // The third where the background is double-clicked: an actor of the workspace (also in the Loos operation).
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await page.mouse.dblclick(box.x + 120, box.y + 120);
    form = page.getByRole('form', { name: 'Ajouter un acteur à la carte' });
    await form.getByRole('radio', { name: 'Acteur existant' }).click();
    await form.getByLabel('Acteur de l’espace de travail').selectOption(cd2e.id);
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await expect(nodes).toHaveCount(3);
    let snap = await walk();
    expect(snap.participations.every((p) => typeof p.mapX === 'number' && typeof p.mapY === 'number')).toBe(true);
    const partOf = (name: string) => snap.participations.find((p) => snap.actors.find((a) => a.id === p.actorId)!.name.startsWith(name))!;
    const [sawmill, school, cd2ePart] = [partOf('Scierie'), partOf('Lycée'), partOf('CD2E')];

    // Change the layout and keep it (the map is framed anew).
    await page.keyboard.press('Escape');
    await page.getByLabel('Disposition').selectOption('sectors');
    await page.getByRole('button', { name: 'Garder cette disposition' }).click();
    await expect(page.getByRole('button', { name: 'Garder cette disposition' })).toBeHidden();
    await expect.poll(async () => (await walk()).participations.map((p) => p.mapX)).not.toEqual(snap.participations.map((p) => p.mapX));
    const saved = Object.fromEntries((await walk()).participations.map((p) => [p.id, [p.mapX, p.mapY]]));
    // Room for the drag: no side panel, no legend, the whole map in view.
    await page.getByRole('button', { name: 'Masquer la légende' }).click();
    await page.getByRole('complementary', { name: cd2e.name }).getByRole('button', { name: 'Fermer' }).click();
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(400); // the fit animation

    // Connect with the mouse: drag from the sawmill's grip onto the school, choose "financement".
    const grip = page.locator(`.react-flow__node[data-id="${sawmill.id}"] .map-handle-grip`);
    const target = (await page.locator(`.react-flow__node[data-id="${school.id}"]`).boundingBox())!;
    await grip.hover();
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    let connect = page.getByRole('form', { name: /^Nouvelle relation : Scierie du Ternois → Lycée forestier/ });
    await connect.getByLabel('Type de relation').selectOption(kind('funding'));
    await connect.getByRole('button', { name: 'Créer la relation' }).click();
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);

    // Connect with the keyboard: Tab onto CD2E (it is selected), C, pick the school, choose "coopération", Enter.
    await page.locator(`.react-flow__node[data-id="${cd2ePart.id}"]`).focus();
    await expect(page.getByRole('complementary', { name: cd2e.name })).toBeVisible();
    await page.keyboard.press('c');
    connect = page.getByRole('form', { name: /^Nouvelle relation : CD2E/ });
    await connect.getByLabel('Autre acteur').selectOption(school.id);
    await connect.getByLabel('Type de relation').selectOption(kind('cooperation'));
    await connect.getByLabel('Type de relation').press('Tab');
    await expect(connect.getByRole('button', { name: 'Créer la relation' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    snap = await walk();
    expect(snap.relations.map((r) => [r.sourceActorId, r.targetActorId, r.kindId]).sort()).toEqual(
      [
        [sawmill.actorId, school.actorId, kind('funding')],
        [cd2ePart.actorId, school.actorId, kind('cooperation')],
      ].sort(),
    );

    // Filter out a collège; focus on the school's neighbourhood.
    await page.getByRole('button', { name: 'Filtres' }).click();
    await page.getByRole('region', { name: 'Filtres' }).getByRole('checkbox', { name: 'Entreprises et acteurs économiques' }).uncheck();
    await expect(nodes).toHaveCount(2);
    await page.locator(`.react-flow__node[data-id="${school.id}"]`).click();
    await page.getByRole('complementary', { name: 'Lycée forestier' }).getByRole('radio', { name: '1 pas' }).click();
    await expect(page.getByText('Voisinage de « Lycée forestier » à 1 pas.')).toBeVisible();
    await page.waitForTimeout(600); // the view settings are saved after a short pause

    await page.reload();
    await expect(nodes).toHaveCount(2);
    await expect(page.getByText('Voisinage de « Lycée forestier » à 1 pas.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filtres' }).getByRole('checkbox', { name: 'Entreprises et acteurs économiques' })).not.toBeChecked();
    await expect(page.getByLabel('Disposition')).toHaveValue('manual');
    for (const node of await nodes.all()) {
      const { id, transform, w, h } = await node.evaluate((el) => ({ id: el.getAttribute('data-id')!, transform: (el as HTMLElement).style.transform, w: (el as HTMLElement).offsetWidth, h: (el as HTMLElement).offsetHeight }));
      const [x, y] = saved[id]!;
      expect(transform).toBe(`translate(${x! - w / 2}px, ${y! - h / 2}px)`);
    }
    // Leave the focus and the filters: the whole map again.
    await page.getByRole('button', { name: 'Revenir à toute la carte (Échap)' }).click();
    await page.getByRole('region', { name: 'Filtres' }).getByRole('button', { name: 'Tout afficher' }).click();
    await expect(nodes).toHaveCount(3);

    // A relation to create (step 4) shows in the network to be only, dashed.
    await apiCall(server, 'relations.create', { operationId: op.id, sourceActorId: sawmill.actorId, targetActorId: cd2ePart.actorId, status: 'to_create' });
    await expect(page.getByTestId('map-summary')).toContainText('3 acteurs · 2 relations');
    await page.getByRole('radio', { name: 'Réseau visé' }).click();
    await expect(page.getByTestId('map-summary')).toContainText('3 acteurs · 3 relations');
    await expect(page.locator('.react-flow__edge[aria-label*="à créer"] path.status-to_create')).toHaveAttribute('style', /stroke-dasharray/);

    // The ecosystem: CD2E takes part in two operations and is drawn once.
    await page.getByRole('button', { name: /^Écosystème\s*toutes les opérations/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Écosystème des opérations' })).toBeVisible();
    await expect(page.locator(`.react-flow__node[data-id="${cd2e.id}"]`)).toHaveCount(1);
    // The ecosystem frames its computed layout once its data and view settings are in (an animated
    // fit): a click during that move can land beside the node, so click until the panel opens.
    await expect(async () => {
      await page.locator(`.react-flow__node[data-id="${cd2e.id}"]`).click();
      await expect(page.getByRole('complementary', { name: cd2e.name })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole('complementary', { name: cd2e.name })).toContainText('Participe à 2 opérations');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Écosystème des opérations' })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});

// The map of the example (15 actors) in French light and English dark, and the ecosystem, for docs/screenshots.
base('screenshots of the map and the ecosystem', async ({ browser }) => {
  base.setTimeout(120_000);
  const server = await startServer(tempWorkspace(), 0, { example: true });
  mkdirSync(out, { recursive: true });
  try {
    const ops = await apiCall<{ id: string; title: string }[]>(server, 'operations.list', {});
    const loos = ops.find((o) => o.title.startsWith('Écosystème loossois'))!;
    // Two other operations share some of Loos' actors, so the ecosystem shows sizes by operations.
    const snap = await apiCall<Walk>(server, 'walk.load', { operationId: loos.id });
    for (const [title, count] of [['Filière Bois', 4], ['Euralens', 6]] as const) {
      const op = ops.find((o) => o.title === title)!;
      for (const p of snap.participations.slice(0, count)) await apiCall(server, 'participations.create', { operationId: op.id, actorId: p.actorId, collegeId: p.collegeId });
    }
    for (const [locale, theme] of [['fr', 'light'], ['en', 'dark']] as const) {
      await apiCall(server, 'preferences.set', { locale, theme });
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.goto(`${server.origin}/#/operations/${loos.id}/map`);
      await expect(page.locator('.react-flow__node-actor')).toHaveCount(15);
      if (locale === 'fr') {
        await page.getByLabel('Disposition').selectOption('sectors');
        await page.getByRole('button', { name: 'Garder cette disposition' }).click();
        await expect(page.getByRole('button', { name: 'Garder cette disposition' })).toBeHidden();
        await page.getByRole('status').filter({ hasText: 'Disposition enregistrée.' }).getByRole('button', { name: 'Fermer' }).click();
      } else {
        await page.getByRole('radio', { name: 'Both' }).click();
      }
      await page.waitForTimeout(500);
      await page.mouse.move(1360, 760);
      await page.screenshot({ path: join(out, `map-${locale}-${theme}.png`), animations: 'disabled', caret: 'hide' });
      if (locale === 'fr') {
        await page.getByRole('button', { name: /^Écosystème\s*toutes les opérations/ }).click();
        await expect(page.getByRole('heading', { level: 2, name: 'Écosystème des opérations' })).toBeVisible();
        await page.waitForTimeout(600);
        await page.mouse.move(1360, 760);
        await page.screenshot({ path: join(out, 'map-ecosystem-fr-light.png'), animations: 'disabled', caret: 'hide' });
      }
      await context.close();
    }
  } finally {
    await server.stop();
  }
});
