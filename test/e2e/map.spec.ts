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
