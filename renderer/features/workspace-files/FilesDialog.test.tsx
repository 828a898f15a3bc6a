import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call } from '../../../test/harness/temp-workspace';

let fixture: Awaited<ReturnType<typeof openScreenFixture>>;
afterEach(() => closeScreenFixture(fixture.backend));

const openDialog = async (user: ReturnType<typeof userEvent.setup>, tab: 'Fichiers' | 'Sauvegardes' = 'Fichiers') => {
  await user.click(screen.getByRole('button', { name: 'Fichiers' }));
  const dialog = await screen.findByRole('dialog', { name: 'Fichiers et sauvegardes' });
  if (tab !== 'Fichiers') await user.click(within(dialog).getByRole('tab', { name: tab }));
  return dialog;
};

describe('Files dialog', () => {
  it('shows the open file, creates a new one by name (refusing a path), and the window follows the switch', async () => {
    fixture = await openScreenFixture({ title: 'Filière bois' });
    const user = userEvent.setup();
    await renderApp(fixture.backend);
    expect(screen.getByTestId('workspace-name').textContent).toContain('test');
    const dialog = await openDialog(user);
    expect(within(dialog).getByText('test.tesr')).toBeTruthy();
    const name = within(dialog).getByLabelText('Nom du nouveau fichier');
    await user.type(name, '../ailleurs');
    await user.click(within(dialog).getByRole('button', { name: 'Créer et ouvrir' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Pas de / \\ : * ? " < > |');
    expect(fixture.backend.ws.name).toBe('test');
    await user.clear(name);
    await user.type(name, 'Bassin minier');
    await user.click(within(dialog).getByRole('button', { name: 'Créer et ouvrir' }));
    await waitFor(() => expect(screen.getByTestId('workspace-name').textContent).toContain('Bassin minier'));
    expect(fixture.backend.ws.name).toBe('Bassin minier');
    expect(screen.queryByRole('button', { name: /Filière bois/ })).toBeNull();
    expect(document.title).toBe('Bassin minier – TESR Studio');
    // The old file is listed in the data folder and among the recent files, and opens again.
    const rows = await within(dialog).findAllByRole('button', { name: 'Ouvrir test' });
    expect(rows).toHaveLength(2);
    await user.click(rows[0]!);
    expect(await screen.findByRole('button', { name: /Filière bois/ })).toBeTruthy();
  });

  it('refuses a foreign file with the bilingual message and keeps the open file', async () => {
    fixture = await openScreenFixture({ title: 'Gardée' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(fixture.backend.dir.file('acteurs.tesr'), 'Nom;Collège\n');
    await call(fixture.backend, 'preferences.set', { locale: 'en' });
    const user = userEvent.setup();
    await renderApp(fixture.backend, 'en');
    await user.click(screen.getByRole('button', { name: 'Files' }));
    const dialog = await screen.findByRole('dialog', { name: 'Files and backups' });
    await user.click(await within(dialog).findByRole('button', { name: 'Open acteurs' }));
    expect((await screen.findByTestId('error-banner')).textContent).toContain('acteurs.tesr is not a TESR Studio workspace. The file was not changed.');
    expect(fixture.backend.ws.name).toBe('test');
  });
});

describe('Backups tab', () => {
  it('backs up now, restores a backup, and the toast undoes the restore', async () => {
    fixture = await openScreenFixture({ title: 'Avant' });
    fixture.backend.session.autoBackup.stop();
    const user = userEvent.setup();
    await renderApp(fixture.backend);
    const dialog = await openDialog(user, 'Sauvegardes');
    expect(within(dialog).getByText(/Pas encore de sauvegarde/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Sauvegarder maintenant' }));
    expect(await within(dialog).findByText('Manuelle')).toBeTruthy();
    await act(() => call<Operation>(fixture.backend, 'operations.create', { title: 'Après' }));
    await user.click(within(dialog).getByRole('button', { name: /^Restaurer la sauvegarde du/ }));
    const toast = await screen.findByText(/restaurée ; le fichier d’avant est gardé en sauvegarde/);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Après/ })).toBeNull());
    expect(within(dialog).getByText('Avant une restauration')).toBeTruthy();
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Annuler' }));
    expect(await screen.findByRole('button', { name: /Après/ })).toBeTruthy();
    expect(await screen.findByText(/Restauration annulée/)).toBeTruthy();
  });
});
