import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/domain/operation';
import { renderApp } from '../../test/harness/render-app';
import { call, tempBackend } from '../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;

const renderFrench = () => renderApp(backend, 'fr');

const saved = () => call<Operation[]>(backend, 'operations.list', { includeArchived: true });

beforeEach(() => {
  localStorage.clear();
  backend = tempBackend();
});
afterEach(() => {
  cleanup();
  backend.close();
});

describe('operations screen (real backend, real SQLite)', () => {
  it('explains the next step when the workspace is empty', async () => {
    await renderFrench();
    expect(await screen.findByRole('heading', { name: /Aucune opération pour l.instant/ })).toBeTruthy();
    expect(screen.getByText(/part d.un enjeu saillant/)).toBeTruthy();
  });

  it('creates an operation, shows it selected and saved', async () => {
    const user = userEvent.setup();
    await renderFrench();
    await user.click(screen.getAllByRole('button', { name: /Nouvelle opération/ })[0]!);
    await user.type(screen.getByLabelText('Intitulé'), 'Filière Bois');
    await user.type(screen.getByLabelText('Territoire'), 'Nord-Pas de Calais');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /Filière Bois/ })).toBeTruthy());
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: /Filière Bois/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('save-state').textContent).toMatch(/Enregistré à \d\d:\d\d/);
    expect(await saved()).toEqual([expect.objectContaining({ title: 'Filière Bois', territory: 'Nord-Pas de Calais' })]);
  });

  it('refuses an empty title next to the field and saves nothing', async () => {
    const user = userEvent.setup();
    await renderFrench();
    await user.click(screen.getAllByRole('button', { name: /Nouvelle opération/ })[0]!);
    await user.type(screen.getByLabelText('Intitulé'), '   ');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^L.intitulé est obligatoire\.$/);
    expect(screen.getByLabelText('Intitulé').getAttribute('aria-invalid')).toBe('true');
    expect(await saved()).toEqual([]);
  });

  it('saves a renamed field when it is left, without touching the others', async () => {
    const user = userEvent.setup();
    const op = await call<Operation>(backend, 'operations.create', { title: 'Euralens', territory: 'Lens', lead: 'M. Dupont' });
    await renderFrench();
    await user.click(await screen.findByRole('button', { name: /Euralens/ }));
    const title = screen.getByLabelText('Intitulé');
    await user.clear(title);
    await user.type(title, 'Euralens 2030');
    await user.tab();
    await waitFor(async () => expect((await saved())[0]).toMatchObject({ id: op.id, title: 'Euralens 2030', territory: 'Lens', lead: 'M. Dupont' }));
  });

  it('deletes after confirmation and brings it back from the toast', async () => {
    const user = userEvent.setup();
    await call(backend, 'operations.create', { title: 'Filière Bois' });
    await renderFrench();
    await user.click(await screen.findByRole('button', { name: /Filière Bois/ }));
    await user.click(screen.getByRole('button', { name: /^Supprimer l.opération$/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Supprimer' }));
    await waitFor(async () => expect(await saved()).toEqual([]));
    const toast = await screen.findByText('Opération « Filière Bois » supprimée.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await saved()).map((o) => o.title)).toEqual(['Filière Bois']));
    expect(await screen.findByRole('button', { name: /Filière Bois/ })).toBeTruthy();
  });

  it('undoes with Ctrl+Z outside text fields, redoes with Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    await renderFrench();
    await call(backend, 'operations.create', { title: 'Lutte contre le diabète' });
    expect(await screen.findByRole('button', { name: /Lutte contre le diabète/ })).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await saved()).toEqual([]));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Lutte contre le diabète/ })).toBeNull());
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect(await saved()).toHaveLength(1));
  });

  it('renders hostile text as text', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><b>gras</b>';
    await call(backend, 'operations.create', { title });
    await renderFrench();
    expect(await screen.findByText(title)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('switches to English and remembers it in the backend', async () => {
    const user = userEvent.setup();
    await renderFrench();
    await user.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(await screen.findByRole('heading', { name: 'Development operations' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(await call(backend, 'preferences.get')).toMatchObject({ locale: 'en' });
  });

  it('shows changes made by another window without reloading', async () => {
    await renderFrench();
    await backend.dispatch('operations.create', { title: 'Euralens' }, 'projector');
    expect(await screen.findByRole('button', { name: /Euralens/ })).toBeTruthy();
  });

  it('shows another window’s change in the form, but keeps a field the user is typing in', async () => {
    const user = userEvent.setup();
    const op = await call<Operation>(backend, 'operations.create', { title: 'Euralens', territory: 'Lens' });
    await renderFrench();
    await user.click(await screen.findByRole('button', { name: /Euralens/ }));
    await user.type(screen.getByLabelText('Territoire'), ' et Liévin');
    await backend.dispatch('operations.update', { id: op.id, patch: { title: 'Euralens 2030' } }, 'other-window');
    await waitFor(() => expect((screen.getByLabelText('Intitulé') as HTMLInputElement).value).toBe('Euralens 2030'));
    expect((screen.getByLabelText('Territoire') as HTMLInputElement).value).toBe('Lens et Liévin');
  });
});
