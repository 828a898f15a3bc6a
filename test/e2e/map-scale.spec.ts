import { test as base, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seedGeneratedWorkspace } from '../bench/generated-map';
import { startServer, tempWorkspace } from '../harness/web-server';
import { apiCall } from './api';
import { expect } from './expect';

// The map at 200 and 2,000 actors (generated as the bench does: placed by ForceAtlas2, relations of
// every kind and status), light in French and dark in English: what is drawn on the canvas, what
// React Flow shows as DOM nodes, and that an actor painted on the canvas can be picked by a click.
const out = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');
const ready = 'canvas.map-graph-canvas[data-ready="true"]';

/** The screen point of a map point, from React Flow's viewport transform. */
async function screenPoint(page: Page, x: number, y: number) {
  const box = (await page.locator('.map-canvas .react-flow').boundingBox())!;
  const transform = await page.locator('.map-canvas .react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  // "matrix(k, 0, 0, k, tx, ty)"
  const [k, , , , tx, ty] = /matrix\(([^)]+)\)/.exec(transform)![1]!.split(',').map(Number);
  return { x: box.x + tx! + x * k!, y: box.y + ty! + y * k! };
}

for (const size of [200, 2000]) {
  for (const [locale, theme] of [
    ['fr', 'light'],
    ['en', 'dark'],
  ] as const) {
    base(`map of ${size} actors, ${locale} ${theme}`, async ({ browser }) => {
      base.setTimeout(180_000);
      const workspace = tempWorkspace();
      const { operationId, snapshot } = await seedGeneratedWorkspace(workspace, join(dirname(workspace), 'data'), { actors: size, relations: size * 3, hypotheses: 2, placed: true }, `Carte de ${size} acteurs`);
      const server = await startServer(workspace);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      try {
        await apiCall(server, 'preferences.set', { locale, theme });
        await page.goto(server.url);
        await page.goto(`${server.origin}/#/operations/${operationId}/map`);
        await expect(page.locator(ready)).toBeAttached({ timeout: 60_000 });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Whole map in view: every actor is painted on the canvas, none is a DOM node.
        await expect(page.locator('.map-canvas .react-flow__node')).toHaveCount(0);
        mkdirSync(out, { recursive: true });
        await page.mouse.move(1360, 760);
        await page.waitForTimeout(300);
        expect((await page.screenshot({ path: join(out, `map-${size}-${locale}-${theme}.png`), animations: 'disabled' })).byteLength).toBeGreaterThan(20_000);

        // An actor painted on the canvas opens its panel when clicked.
        const biggest = [...snapshot.participations].sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0))[0]!;
        const name = snapshot.actors.find((a) => a.id === biggest.actorId)!.name;
        const at = await screenPoint(page, biggest.mapX!, biggest.mapY!);
        await page.mouse.click(at.x, at.y);
        await expect(page.getByRole('complementary', { name })).toBeVisible();

        // At 100 %, the actors near the view become DOM nodes (named, draggable), a few dozen at most.
        await page.getByRole('button', { name: locale === 'fr' ? 'Zoom à 100 %' : 'Zoom to 100 %' }).click();
        await expect(page.locator('.map-canvas .react-flow__node').first()).toBeVisible({ timeout: 10_000 });
        const dom = await page.locator('.map-canvas .react-flow__node').count();
        expect(dom).toBeGreaterThan(0);
        expect(dom).toBeLessThanOrEqual(60);
        await page.mouse.move(1360, 760);
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `map-${size}-100-${locale}-${theme}.png`), animations: 'disabled' });
      } finally {
        await context.close();
        await server.stop();
        rmSync(dirname(workspace), { recursive: true, force: true });
      }
    });
  }
}
