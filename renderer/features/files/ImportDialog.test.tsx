import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { renderApp } from '../../../test/harness/render-app';
import { sizedStakeholderCsv } from '../../../test/harness/generated-csv';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;
const fixture = readFileSync(join(import.meta.dirname, '../../../test/fixtures/files/acteurs-1252.csv'));
const FILE_FR = 'Fichier (CSV, XLSX, GEXF, GraphML ou JSON)';
const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });

async function openImport(locale: 'fr' | 'en' = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'stakeholders');
  await userEvent.setup().click(await screen.findByRole('button', { name: locale === 'fr' ? 'Importer un fichier…' : 'Import a file…' }));
  return screen.getByRole('dialog');
}

beforeEach(async () => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  backend = tempBackend();
  op = await call<Operation>(backend, 'operations.create', { title: 'Écosystème loossois' });
});
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 80));
  backend.close();
});

describe('the import dialog (real backend)', () => {
  it('previews the Windows-1252 fixture, takes a mapping change and a duplicate choice, imports, and undoes', async () => {
    const user = userEvent.setup();
    await call(backend, 'actors.create', { name: 'LUMIWATT sas' });
    const dialog = await openImport();
    await user.upload(within(dialog).getByLabelText(FILE_FR), new File([fixture], 'acteurs-1252.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('Encodage windows-1252, séparateur point-virgule, en-tête à la ligne 3, 6 lignes de données.')).toBeTruthy();
    const role = within(dialog).getByLabelText('Colonne « Rôle »') as HTMLSelectElement;
    expect(role.value).toBe('role');
    expect(within(dialog).getByText('Centre de développement des éco-entreprises')).toBeTruthy();
    // Two columns for the name: refused next to the mapping, import disabled.
    await user.selectOptions(within(dialog).getByLabelText('Colonne « Sigle »'), 'name');
    expect(within(dialog).getByRole('alert').textContent).toBe('« Nom » est choisi pour plusieurs colonnes : gardez-en une seule.');
    expect((within(dialog).getByRole('button', { name: 'Importer' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(within(dialog).getByLabelText('Colonne « Sigle »'), 'acronym');
    await user.selectOptions(role, '');
    await user.selectOptions(await within(dialog).findByLabelText('ligne 14 : « Lumiwatt SAS » = acteur existant « LUMIWATT sas »'), 'skip');
    await waitFor(() => expect((within(dialog).getByRole('button', { name: 'Importer' }) as HTMLButtonElement).disabled).toBe(false));
    await user.click(within(dialog).getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('Import de « acteurs-1252.csv » : 5 acteurs créés, 5 participations.')).toBeTruthy();
    const snap = await load();
    expect(snap.participations).toHaveLength(5);
    expect(snap.participations.every((p) => p.role === '')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).participations).toHaveLength(0));
    expect((await load()).actors.map((a) => a.name)).toEqual(['LUMIWATT sas']);
  });

  it('lists row errors with their lines, in English too, and imports nothing', async () => {
    const user = userEvent.setup();
    const dialog = await openImport('en');
    const csv = 'Name,Influence\nCD2E,9\nCERDD,4\n';
    await user.upload(within(dialog).getByLabelText('File (CSV, XLSX, GEXF, GraphML or JSON)'), new File([csv], 'errors.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('1 error: fix the file or the mapping; nothing is imported while any remains.')).toBeTruthy();
    expect(within(dialog).getByText('line 2, “Influence”: “9” is outside 1 to 5')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    // Ignoring the Influence column clears the error.
    await user.selectOptions(within(dialog).getByLabelText('Column “Influence”'), '');
    expect(await within(dialog).findByText('Ready: 2 actors created, 2 participations.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await load()).actors).toHaveLength(0);
  });

  it('refuses a file above the upload limit before sending it', async () => {
    const user = userEvent.setup();
    const dialog = await openImport();
    const big = new File(['Nom\n'], 'enorme.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 1100 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText(FILE_FR), big);
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^« enorme\.csv » pèse 1100 Mo : au-delà de 1024 Mo/);
  });

  it('shows how far a large file has got, and its Cancel button leaves the workspace as it was', async () => {
    const user = userEvent.setup();
    const dialog = await openImport();
    const history = await call(backend, 'history.state');
    const big = new File([new Uint8Array(sizedStakeholderCsv(12 * 1024 * 1024))], 'grand.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText(FILE_FR), big);
    const bar = await within(dialog).findByRole('progressbar');
    const status = within(dialog).getByRole('status');
    // Sent in pieces, then read on a worker thread (12 MB): the percentage of bytes read shows.
    await waitFor(() => expect(status.textContent).toMatch(/^Lecture du fichier… \d+\s%$/), { timeout: 10_000 });
    expect(Number(bar.getAttribute('value'))).toBeGreaterThanOrEqual(0);
    await user.click(within(dialog).getByRole('button', { name: 'Interrompre' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Import de grand.csv annulé. Rien n’a été importé.');
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Importer' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await load()).actors).toHaveLength(0);
    expect(await call(backend, 'history.state')).toEqual(history);
  }, 30_000);

  it('previews a GEXF network as counts, without a mapping, and imports it', async () => {
    const user = userEvent.setup();
    const dialog = await openImport('en');
    const gexf = readFileSync(join(import.meta.dirname, '../../../test/fixtures/files/reseau.gexf'));
    await user.upload(within(dialog).getByLabelText('File (CSV, XLSX, GEXF, GraphML or JSON)'), new File([gexf], 'reseau.gexf'));
    expect(await within(dialog).findByText(/^GEXF network: \d+ items read\.$/)).toBeTruthy();
    expect(within(dialog).queryByRole('table')).toBeNull();
    const ready = await within(dialog).findByText(/^Ready: .*relations/);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Import of “reseau\.gexf”: /)).toBeTruthy();
    expect((await load()).relations.length).toBeGreaterThan(0);
    expect(ready.textContent).toMatch(/actors created/);
  });
});
