import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiCall } from './api';
import { expect, test } from './fixtures';

// Screenshots of the operations screen for the docs, in both languages and both themes, at the
// 1366×768 the UX brief requires (the viewport of playwright.config.ts).
test.describe.configure({ mode: 'parallel' });

// Written under test-results/ so a test run never changes tracked files; to refresh the ones in
// docs/: SCREENSHOT_DIR=docs/screenshots npx playwright test screenshots
const out = join(import.meta.dirname, '..', '..', process.env.SCREENSHOT_DIR ?? 'test-results/screenshots');

const seed = [
  { title: 'Filière Bois-Énergie', territory: 'Massif des Vosges', lead: 'Camille Martin' },
  { title: 'Méthanisation agricole', territory: 'Pays de Bitche', lead: 'Julien Weber' },
  { title: 'Réseau de chaleur urbain', territory: 'Metz Métropole', lead: 'Sophie Lambert' },
  { title: 'Mobilité partagée en zone rurale', territory: 'Communauté de communes du Saulnois', lead: 'Nadia Benali' },
];

const texts = {
  fr: { heading: 'Opérations de développement', details: "Fiche de l’opération", count: '4 opérations', undo: /^Annuler/, toDark: 'Passer au thème sombre' },
  en: { heading: 'Development operations', details: 'Operation details', count: '4 operations', undo: /^Undo/, toDark: 'Switch to dark theme' },
} as const;

for (const locale of ['fr', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`operations screen, ${locale} ${theme}`, async ({ operationsPage: ops, page, server }) => {
      for (const op of seed) await apiCall(server, 'operations.create', op);
      await ops.goto();
      const t = texts[locale];

      if (locale === 'en') await ops.chooseLanguage('en');
      if (theme === 'dark') await ops.topBar.getByRole('button', { name: t.toDark }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      await ops.selectOperation(seed[0]!.title);
      await expect(ops.sidebar.getByRole('heading', { level: 2 })).toHaveText(t.heading);
      await expect(ops.sidebar.getByText(t.count, { exact: true })).toBeVisible();
      await expect(ops.operationItems).toHaveCount(seed.length);
      await expect(ops.detail.getByText(t.details, { exact: true })).toBeVisible();
      await expect(ops.topBar.getByRole('button', { name: t.undo })).toBeVisible();
      await expect(ops.detail.getByRole('textbox').first()).toHaveValue(seed[0]!.title);

      // No hover highlight, no caret, no transition caught half-way.
      await page.mouse.move(1360, 760);
      await page.locator(':focus').evaluate('(el) => el.blur()').catch(() => undefined);
      mkdirSync(out, { recursive: true });
      const path = join(out, `operations-${locale}-${theme}.png`);
      const png = await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
      expect(png.byteLength).toBeGreaterThan(10_000);
      expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    });
  }
}
