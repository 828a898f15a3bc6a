import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import WebSocket from 'ws';
import { apiCall, openApi, request } from './api';
import { expect, test } from './fixtures';
import { fr, OperationsPage } from './pages/operations-page';

// Every test has its own server and workspace: they can share the two workers.
test.describe.configure({ mode: 'parallel' });

interface ListedOperation {
  id: string;
  title: string;
  territory: string;
  lead: string;
}

test.describe('operations', () => {
  test('create: listed, saved, still there after a reload and after a server restart', async ({ operationsPage: ops, server, restartServer }) => {
    await ops.goto();
    await expect(ops.main.getByRole('heading', { name: fr.emptyTitle })).toBeVisible();
    await expect(ops.saveState).toHaveText('Enregistré');

    await ops.createOperation('Filière Bois', 'Vosges', 'Camille Martin');
    await expect(ops.operationItems).toHaveCount(1);
    await expect(ops.operationItem('Filière Bois')).toContainText('Vosges');
    await expect(ops.sidebar.getByText('1 opération', { exact: true })).toBeVisible();
    await expect(ops.toast('Opération « Filière Bois » créée.')).toBeVisible();
    const onDisk = await apiCall<ListedOperation[]>(server, 'operations.list', {});
    expect(onDisk).toMatchObject([{ title: 'Filière Bois', territory: 'Vosges', lead: 'Camille Martin' }]);

    await ops.reload();
    await expect(ops.operationItem('Filière Bois')).toBeVisible();
    await ops.selectOperation('Filière Bois');
    await expect(ops.field(fr.territory)).toHaveValue('Vosges');
    await expect(ops.field(fr.lead)).toHaveValue('Camille Martin');

    const second = await restartServer();
    expect(second.port).not.toBe(server.port);
    expect(second.workspace).toBe(server.workspace);
    await ops.goto(second.url);
    await expect(ops.operationItems).toHaveCount(1);
    await ops.selectOperation('Filière Bois');
    await expect(ops.field(fr.lead)).toHaveValue('Camille Martin');
  });

  test('rename with Enter, edit another field on blur; both survive a reload', async ({ operationsPage: ops }) => {
    await ops.goto();
    await ops.createOperation('Filière Bois', 'Vosges');
    await ops.renameSelected('Filière Bois-Énergie');
    await expect(ops.operationItem('Filière Bois')).toHaveCount(0);

    const territory = ops.field(fr.territory);
    await territory.fill('Massif des Vosges');
    await territory.blur();
    await expect(ops.operationItem('Filière Bois-Énergie')).toContainText('Massif des Vosges');
    await ops.expectSaved();

    await ops.reload();
    await expect(ops.operationItems).toHaveCount(1);
    await ops.selectOperation('Filière Bois-Énergie');
    await expect(ops.field(fr.title)).toHaveValue('Filière Bois-Énergie');
    await expect(ops.field(fr.territory)).toHaveValue('Massif des Vosges');
  });

  test('undo and redo from the top bar', async ({ operationsPage: ops }) => {
    await ops.goto();
    await expect(ops.undoButton).toBeDisabled();
    await expect(ops.redoButton).toBeDisabled();
    await ops.createOperation('Méthanisation');
    await expect(ops.undoButton).toHaveAccessibleName("Annuler : création d’une opération");

    await ops.undo();
    await expect(ops.operationItem('Méthanisation')).toHaveCount(0);
    await expect(ops.redoButton).toHaveAccessibleName("Rétablir : création d’une opération");
    await expect(ops.undoButton).toBeDisabled();

    await ops.redo();
    await expect(ops.operationItem('Méthanisation')).toBeVisible();
    await expect(ops.redoButton).toBeDisabled();
    await ops.reload();
    await expect(ops.operationItem('Méthanisation')).toBeVisible();
  });

  test('undo and redo each confirm with a toast', async ({ operationsPage: ops }) => {
    await ops.goto();
    await ops.createOperation('Méthanisation');
    await ops.undo();
    await expect(ops.operationItem('Méthanisation')).toHaveCount(0);
    await expect(ops.toast("Annulé : création d’une opération")).toBeVisible();
    await ops.redo();
    await expect(ops.operationItem('Méthanisation')).toBeVisible();
    await expect(ops.toast("Rétabli : création d’une opération")).toBeVisible();
  });

  test('Ctrl+Z / Ctrl+Shift+Z undo and redo outside text fields, not inside them', async ({ operationsPage: ops }) => {
    await ops.goto();
    await ops.createOperation('Mobilité rurale');

    // Inside a text field, Ctrl+Z belongs to the text: the operation stays.
    await ops.field(fr.territory).focus();
    await ops.page.keyboard.press('Control+z');
    await expect(ops.operationItem('Mobilité rurale')).toBeVisible();
    await expect(ops.undoButton).toBeEnabled();

    // Focus on no text field (a plain heading click leaves it on the body).
    await ops.sidebar.getByRole('heading', { name: fr.heading }).click();
    await ops.page.keyboard.press('Control+z');
    await expect(ops.operationItem('Mobilité rurale')).toHaveCount(0);
    await expect(ops.redoButton).toBeEnabled();

    await ops.page.keyboard.press('Control+Shift+z');
    await expect(ops.operationItem('Mobilité rurale')).toBeVisible();
    await expect(ops.redoButton).toBeDisabled();
  });

  test('undo survives a server restart', async ({ operationsPage: ops, restartServer }) => {
    await ops.goto();
    await ops.createOperation('Réseau de chaleur');
    const second = await restartServer();
    await ops.goto(second.url);
    await expect(ops.operationItem('Réseau de chaleur')).toBeVisible();
    await expect(ops.undoButton).toHaveAccessibleName("Annuler : création d’une opération");
    await ops.undo();
    await expect(ops.operationItem('Réseau de chaleur')).toHaveCount(0);
    await ops.reload();
    await expect(ops.operationItems).toHaveCount(0);
    expect(await apiCall(second, 'operations.list', {})).toEqual([]);
  });

  test("delete after confirmation, then the toast’s Annuler restores it", async ({ operationsPage: ops, server }) => {
    await ops.goto();
    await ops.createOperation('Économie circulaire', 'Lorraine');
    await ops.createOperation('Hydrogène vert');
    await ops.selectOperation('Économie circulaire');

    // Cancelling the confirmation deletes nothing.
    await ops.detail.getByRole('button', { name: fr.deleteOperation }).click();
    await expect(ops.confirmDialog).toContainText('Supprimer définitivement « Économie circulaire » ?');
    await ops.confirmDialog.getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect(ops.confirmDialog).toBeHidden();
    await expect(ops.operationItems).toHaveCount(2);

    await ops.deleteSelected();
    await expect(ops.operationItem('Économie circulaire')).toHaveCount(0);
    await expect(ops.operationItems).toHaveCount(1);
    await ops.expectSaved();
    expect((await apiCall<ListedOperation[]>(server, 'operations.list', {})).map((o) => o.title)).toEqual(['Hydrogène vert']);

    const toast = ops.toast('Opération « Économie circulaire » supprimée.');
    await toast.getByRole('button', { name: fr.undo, exact: true }).click();
    await expect(ops.operationItem('Économie circulaire')).toBeVisible();
    await expect(ops.operationItem('Économie circulaire')).toContainText('Lorraine');
    await expect(ops.operationItems).toHaveCount(2);
    await ops.reload();
    await expect(ops.operationItems).toHaveCount(2);
  });

  test('an empty title is refused beside the field when creating; nothing is created', async ({ operationsPage: ops, server }) => {
    await ops.goto();
    await ops.openCreateForm();
    await ops.field(fr.territory, ops.createForm).fill('Alsace');
    await ops.createForm.getByRole('button', { name: fr.create, exact: true }).click();

    const title = ops.field(fr.title, ops.createForm);
    const alert = ops.createForm.getByRole('alert');
    await expect(alert).toHaveText(fr.required);
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(fr.required);
    await expect(ops.errorBanner).toHaveCount(0);

    // Only spaces is empty too.
    await title.fill('   ');
    await ops.createForm.getByRole('button', { name: fr.create, exact: true }).click();
    await expect(alert).toHaveText(fr.required);
    await expect(ops.createForm).toBeVisible();
    await expect(ops.operationItems).toHaveCount(0);
    expect(await apiCall(server, 'operations.list', {})).toEqual([]);
  });

  test('clearing the title of an operation shows the error and keeps the saved title', async ({ operationsPage: ops, server }) => {
    await ops.goto();
    await ops.createOperation('Tiers-lieux');
    const title = ops.field(fr.title);
    await title.fill('');
    await title.blur();
    await expect(ops.detail.getByRole('alert')).toHaveText(fr.required);
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(ops.operationItem('Tiers-lieux')).toBeVisible();
    await expect(ops.detailHeading).toHaveText('Tiers-lieux');

    await ops.reload();
    await ops.selectOperation('Tiers-lieux');
    await expect(ops.field(fr.title)).toHaveValue('Tiers-lieux');
    expect(await apiCall<ListedOperation[]>(server, 'operations.list', {})).toMatchObject([{ title: 'Tiers-lieux' }]);
  });

  test('hostile text is shown literally, never run as HTML', async ({ operationsPage: ops, page, server }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = `<img src=x onerror=alert(1)>"'&`;
    await ops.goto();
    await ops.createOperation(hostile, '<b>gras</b>');
    await expect(ops.operationItem(hostile)).toBeVisible();
    await expect(ops.detailHeading).toHaveText(hostile);
    await expect(ops.field(fr.title)).toHaveValue(hostile);
    await expect(ops.operationItem(hostile)).toContainText('<b>gras</b>');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('b')).toHaveCount(0);
    expect(await apiCall(server, 'operations.list', {})).toMatchObject([{ title: hostile }]);

    await ops.reload();
    await expect(ops.operationItem(hostile)).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    await ops.page.waitForTimeout(300); // give a stray onerror handler every chance to fire
    expect(dialogs).toEqual([]);
  });

  test('language: English chosen in the top bar, remembered after a reload', async ({ operationsPage: ops }) => {
    await ops.goto();
    await expect(ops.page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(ops.topBar.getByLabel(fr.language)).toHaveValue('fr');
    await ops.chooseLanguage('en');
    await expect(ops.sidebar.getByRole('heading', { name: 'Development operations' })).toBeVisible();
    await expect(ops.main.getByRole('heading', { name: 'No operations yet' })).toBeVisible();
    await expect(ops.topBar.getByLabel('Language')).toHaveValue('en');
    await expect(ops.page.locator('html')).toHaveAttribute('lang', 'en');

    await ops.reload();
    await expect(ops.sidebar.getByRole('heading', { name: 'Development operations' })).toBeVisible();
    await expect(ops.topBar.getByRole('button', { name: /^Undo/ })).toBeVisible();
    await expect(ops.page.getByText('Opérations de développement')).toHaveCount(0);

    await ops.chooseLanguage('fr');
    await expect(ops.sidebar.getByRole('heading', { name: fr.heading })).toBeVisible();
  });

  test('theme: the toggle sets data-theme="dark", remembered after a reload', async ({ operationsPage: ops }) => {
    await ops.goto();
    await expect(ops.page.locator('html')).toHaveAttribute('data-theme', 'light');
    await ops.topBar.getByRole('button', { name: fr.switchToDark }).click();
    await expect(ops.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(ops.topBar.getByRole('button', { name: fr.switchToLight })).toBeVisible();
    const background = await ops.page.evaluate('getComputedStyle(document.body).backgroundColor');

    await ops.reload();
    await expect(ops.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(ops.topBar.getByRole('button', { name: fr.switchToLight })).toBeVisible();
    expect(await ops.page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe(background);

    await ops.topBar.getByRole('button', { name: fr.switchToLight }).click();
    await expect(ops.page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await ops.page.evaluate('getComputedStyle(document.body).backgroundColor')).not.toBe(background);
  });

  test('live update: an operation created in one tab appears in another without reload', async ({ browser, server }) => {
    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    try {
      const a = new OperationsPage(await first.newPage(), server.url);
      const b = new OperationsPage(await second.newPage(), server.url);
      await Promise.all([a.goto(), b.goto()]);
      await expect(b.operationItems).toHaveCount(0);

      await a.createOperation('Rénovation énergétique', 'Moselle');
      await expect(b.operationItem('Rénovation énergétique')).toBeVisible();
      await expect(b.operationItem('Rénovation énergétique')).toContainText('Moselle');

      // And back: a rename in the second tab reaches the first one, card included.
      await b.selectOperation('Rénovation énergétique');
      await b.renameSelected('Rénovation des écoles');
      await expect(a.operationItem('Rénovation des écoles')).toBeVisible();
      await expect(a.detailHeading).toHaveText('Rénovation des écoles');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

test.describe('security of browser mode', () => {
  test('HTTP: no token or a wrong one is 401, a foreign Host header is 403, the token becomes a cookie', async ({ server }) => {
    expect((await fetch(`${server.origin}/`, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(`${server.origin}/?token=wrong-${server.token}`, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(`${server.origin}/`, { redirect: 'manual', headers: { cookie: `tesr-token-${server.port}=nope` } })).status).toBe(401);

    const foreignHost = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, path: `/?token=${server.token}`, headers: { Host: `evil.example:${server.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(foreignHost).toBe(403);

    const good = await fetch(server.url, { redirect: 'manual' });
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/');
    expect(good.headers.get('set-cookie')).toMatch(new RegExp(`^tesr-token-${server.port}=${server.token};.*HttpOnly`));
    const page = await fetch(`${server.origin}/`, { headers: { cookie: `tesr-token-${server.port}=${server.token}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  test('WebSocket: refused without the token, answers requests with it, invalid input names the field', async ({ server }) => {
    const wsUrl = `${server.origin.replace('http', 'ws')}/api`;
    const refused = await new Promise<number | string>((resolve) => {
      const ws = new WebSocket(wsUrl);
      ws.once('open', () => {
        ws.close();
        resolve('open');
      });
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', (e) => resolve(`error: ${e.message}`));
    });
    expect(refused).toBe(401);

    const wrong = await openApi({ origin: server.origin, token: 'x'.repeat(server.token.length) }).then(
      () => 'open',
      (e: Error) => e.message,
    );
    expect(wrong).toBe('refused with 401');

    const ws = await openApi(server);
    try {
      const list = await request(ws, 1, 'operations.list', {});
      expect(list).toEqual({ id: 1, reply: { ok: true, value: [] } });

      const created = await request(ws, 2, 'operations.create', { title: 'Par le socket' });
      expect(created).toMatchObject({ id: 2, reply: { ok: true, value: { title: 'Par le socket' } } });
      const listed = await request(ws, 3, 'operations.list', {});
      expect(listed.reply).toMatchObject({ ok: true, value: [{ title: 'Par le socket' }] });

      const invalid = await request(ws, 4, 'operations.create', { title: 5 });
      expect(invalid).toMatchObject({ id: 4, reply: { ok: false, error: { code: 'invalid-input', path: 'title' } } });

      const unknown = await request(ws, 5, 'system.exec', { cmd: 'ls' });
      expect(unknown.reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    } finally {
      ws.close();
    }
  });
});

test.describe('accessibility (axe-core)', () => {
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[] }[];
  }

  /** Injects axe (CSP forbids a script tag: evaluated through the devtools protocol instead) and runs it. */
  async function seriousViolations(ops: OperationsPage) {
    const hasAxe = await ops.page.evaluate('typeof axe !== "undefined"');
    if (!hasAxe) await ops.page.evaluate(axeSource);
    const violations = (await ops.page.evaluate(
      "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
    )) as AxeViolation[];
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  test('no serious or critical violation with the delete confirmation open', async ({ operationsPage: ops }) => {
    await ops.goto();
    await ops.createOperation('Filière Bois');
    await ops.detail.getByRole('button', { name: fr.deleteOperation }).click();
    await expect(ops.confirmDialog).toBeVisible();
    await expect(ops.confirmDialog).toHaveAccessibleName(/.+/);
    expect(await seriousViolations(ops)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical violation on the empty state and the card (${theme})`, async ({ operationsPage: ops }) => {
      await ops.goto();
      if (theme === 'dark') {
        await ops.topBar.getByRole('button', { name: fr.switchToDark }).click();
        await expect(ops.page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      await expect(ops.main.getByRole('heading', { name: fr.emptyTitle })).toBeVisible();
      expect(await seriousViolations(ops)).toEqual([]);

      await ops.createOperation('Filière Bois', 'Vosges', 'Camille Martin');
      await ops.createOperation('Méthanisation', 'Meuse');
      await ops.selectOperation('Filière Bois');
      await expect(ops.detail).toBeVisible();
      expect(await seriousViolations(ops)).toEqual([]);

      await ops.openCreateForm();
      await ops.createForm.getByRole('button', { name: fr.create, exact: true }).click();
      await expect(ops.createForm.getByRole('alert')).toHaveText(fr.required);
      expect(await seriousViolations(ops)).toEqual([]);
    });
  }
});
