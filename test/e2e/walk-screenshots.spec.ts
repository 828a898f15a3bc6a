import { test as base } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, tempWorkspace } from '../harness/web-server';
import { apiCall } from './api';
import { expect } from './expect';

// Every screen of the walk on the example workspace (the Loos-en-Gohelle operation, filled from
// the seed), in both languages and both themes, at 1366×768. Written under test-results/ unless
// SCREENSHOT_DIR=docs/screenshots.
const out = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');
const sections = ['card', 'issue', 'hypotheses', 'stakeholders', 'recoordination', 'meetings', 'conditions'] as const;
const stepNames = (locale: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'locales', locale, 'progress.json'), 'utf8')) as { progress: { steps: Record<string, string> } }).progress.steps;
const steps = { fr: stepNames('fr'), en: stepNames('en') };

for (const locale of ['fr', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    base(`walk screens of the example, ${locale} ${theme}`, async ({ browser }) => {
      base.setTimeout(120_000);
      const server = await startServer(tempWorkspace(), 0, { example: true });
      // The browser's own language shapes native controls (date fields), as on the user's machine.
      const context = await browser.newContext({ locale: locale === 'fr' ? 'fr-FR' : 'en-GB', viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      try {
        await apiCall(server, 'preferences.set', { locale, theme });
        const ops = await apiCall<{ id: string; title: string }[]>(server, 'operations.list', {});
        const loos = ops.find((o) => o.title.startsWith('Écosystème loossois'))!;
        expect(ops).toHaveLength(10);
        await page.goto(server.url);
        mkdirSync(out, { recursive: true });
        for (const section of sections) {
          await page.goto(`${server.origin}/#/operations/${loos.id}/${section}`);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const current = page.getByRole('navigation').locator('[aria-current="step"]');
          await expect(current).toContainText(steps[locale][section] ?? section);
          await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
          await page.mouse.move(1360, 760);
          const png = await page.screenshot({ path: join(out, `walk-${section}-${locale}-${theme}.png`), animations: 'disabled', caret: 'hide' });
          expect(png.byteLength).toBeGreaterThan(10_000);
        }
      } finally {
        await context.close();
        await server.stop();
      }
    });
  }
}
