import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { midi } from '../../shared/analysis/mactor';
import type { WalkSnapshot } from '../../shared/domain/walk/snapshot';
import { startServer, tempWorkspace } from '../harness/web-server';
import { apiCall } from './api';
import { expect } from './expect';

// Issue 6, end to end: on the example's Loos operation, enter a 5×5 MID on five actors with the
// matrix editor's keyboard, then see the MIDI and the influence–dependence plot. Screenshots of
// the screen in French light and English dark go under test-results/ (or SCREENSHOT_DIR).
const out = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');
const MID = [
  [0, 3, 2, 0, 1],
  [1, 0, 4, 2, 0],
  [0, 2, 0, 3, 1],
  [2, 0, 1, 0, 4],
  [3, 1, 0, 2, 0],
];
const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 2 });

test('analysis: a 5×5 MID entered by keyboard gives the MIDI and the influence–dependence plot', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await startServer(tempWorkspace(), 0, { example: true });
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await apiCall(server, 'preferences.set', { locale: 'fr', theme: 'light' });
    const ops = await apiCall<{ id: string; title: string }[]>(server, 'operations.list', {});
    const loos = ops.find((o) => o.title.startsWith('Écosystème loossois'))!;
    const snap = await apiCall<WalkSnapshot>(server, 'walk.load', { operationId: loos.id });
    const name = new Map(snap.actors.map((a) => [a.id, a.name]));
    const order = [...snap.participations].sort((a, b) => a.position - b.position).map((p) => p.actorId);
    const five = order.slice(0, 5).map((id) => name.get(id)!);

    await page.goto(server.url);
    await page.goto(`${server.origin}/#/operations/${loos.id}/analysis`);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Analyse' })).toBeVisible();
    await expect(page.getByText(/Saisissez au moins une influence directe/)).toBeVisible();

    // Row by row: click the row's first editable cell, then a digit and → for each next cell.
    for (let i = 0; i < 5; i++) {
      const first = i === 0 ? 1 : 0;
      await page.getByRole('textbox', { name: `Influence de ${five[i]} sur ${five[first]}`, exact: true }).click();
      for (let j = first; j < 5; j++) {
        if (j === i) continue;
        await page.keyboard.press(String(MID[i]![j]));
        const next = j + 1 === i ? j + 2 : j + 1;
        if (next < 5) await page.keyboard.press('ArrowRight');
      }
    }
    await expect.poll(async () => (await apiCall<WalkSnapshot>(server, 'walk.load', { operationId: loos.id })).influences.length).toBe(MID.flat().filter((v) => v > 0).length);

    const expected = midi(MID);
    const table = page.getByRole('table', { name: 'MIDI : influences directes et indirectes (ordre 2)' });
    await expect(table).toBeVisible();
    for (let i = 0; i < 5; i++) {
      const cells = table.getByRole('row').nth(i + 1).getByRole('cell');
      for (let j = 0; j < 5; j++) await expect(cells.nth(j)).toHaveText(fr.format(expected[i]![j]!));
    }
    const plot = page.getByRole('img', { name: /Plan influence–dépendance des acteurs/ });
    await expect(plot).toBeVisible();
    // Actors outside the MID (no influence given or received) are listed, not stacked at the origin.
    await expect(plot.locator('circle')).toHaveCount(5);

    mkdirSync(out, { recursive: true });
    await page.getByRole('heading', { name: 'Matrice des influences directes (MID)' }).scrollIntoViewIfNeeded();
    await page.mouse.move(1360, 760);
    await page.screenshot({ path: join(out, 'walk-analysis-fr-light.png'), animations: 'disabled', caret: 'hide' });

    // The ten other actors, all alike (each influences the next and one of the first five): their
    // points crowd together, yet no two names overlap; where they would, numbers and a legend.
    for (let k = 5; k < 15; k++) {
      await apiCall(server, 'influences.set', { operationId: loos.id, sourceActorId: order[k], targetActorId: order[k === 14 ? 5 : k + 1], value: 2 });
      await apiCall(server, 'influences.set', { operationId: loos.id, sourceActorId: order[k], targetActorId: order[k % 5], value: 1 + (k % 3) });
    }
    await expect(plot.locator('circle')).toHaveCount(15);
    const boxes = await plot.locator('.analysis-plot-label').evaluateAll((texts) => texts.map((t) => (t as SVGGraphicsElement).getBBox()));
    expect(boxes.length).toBeGreaterThan(3);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
    }
    await plot.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'walk-analysis-plot-fr-light.png'), animations: 'disabled', caret: 'hide' });

    await apiCall(server, 'preferences.set', { locale: 'en', theme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Analysis' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Influence–dependence plane of the actors/ })).toBeVisible();
    await page.mouse.move(1360, 760);
    await page.screenshot({ path: join(out, 'walk-analysis-en-dark.png'), animations: 'disabled', caret: 'hide' });
    await page.getByRole('img', { name: /Influence–dependence plane of the actors/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'walk-analysis-plot-en-dark.png'), animations: 'disabled', caret: 'hide' });
    await page.getByRole('tab', { name: 'Power–interest and salience' }).click();
    await expect(page.getByRole('heading', { name: 'Power–interest grid' })).toBeVisible();
    await page.screenshot({ path: join(out, 'walk-analysis-grid-en-dark.png'), animations: 'disabled', caret: 'hide' });
    await page.getByRole('tab', { name: 'Network' }).click();
    await expect(page.getByRole('heading', { name: 'Brokers (betweenness)' })).toBeVisible();
    await page.screenshot({ path: join(out, 'walk-analysis-network-en-dark.png'), animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
    await server.stop();
  }
});
