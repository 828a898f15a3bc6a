import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call, type tempBackend } from '../../../test/harness/temp-workspace';
import type { Locale } from '../../i18n/i18n';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderCard(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'card');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Mission et piliers' : 'Mission and pillars' });
  return services;
}

const saved = async () => (await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id })).operation;

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Stratégie énergétique du territoire', territory: 'Loos-en-Gohelle' }));
});
afterEach(() => closeScreenFixture(backend));

describe('the operation card’s mission, pillars and commons (real backend)', () => {
  it('saves the mission letter and the commons when left, without touching the rest', async () => {
    const user = userEvent.setup();
    await renderCard();
    await user.type(screen.getByLabelText('Lettre de mission'), 'Faire de la commune un démonstrateur.{Enter}Rendre compte au comité de pilotage.');
    await user.type(screen.getByLabelText('Biens communs en jeu'), 'L’énergie, le climat');
    await user.tab();
    await waitFor(async () =>
      expect(await saved()).toMatchObject({
        title: 'Stratégie énergétique du territoire',
        territory: 'Loos-en-Gohelle',
        missionLetter: 'Faire de la commune un démonstrateur.\nRendre compte au comité de pilotage.',
        commons: 'L’énergie, le climat',
      }),
    );
  });

  it('offers the eight pillars in one labelled group, and saves each tick', async () => {
    const user = userEvent.setup();
    await renderCard();
    const pillars = screen.getByRole('group', { name: 'Piliers' });
    expect(within(pillars).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      'Énergies renouvelables',
      'Bâtiments producteurs',
      'Stockage de l’énergie',
      'Réseaux intelligents',
      'Mobilité',
      'Efficacité énergétique',
      'Économie de la fonctionnalité',
      'Économie circulaire',
    ]);
    expect(within(pillars).getByRole('group', { name: 'Troisième révolution industrielle' })).toBeTruthy();
    expect(within(within(pillars).getByRole('group', { name: 'Piliers ajoutés par la Région' })).getAllByRole('checkbox')).toHaveLength(3);

    await user.click(within(pillars).getByRole('checkbox', { name: 'Économie circulaire' }));
    await user.click(within(pillars).getByRole('checkbox', { name: 'Énergies renouvelables' }));
    await waitFor(async () => expect((await saved()).pillars).toEqual(['renewable_energy', 'circular_economy']));
    // The keyboard works as well: Space on a focused box.
    within(pillars).getByRole('checkbox', { name: 'Énergies renouvelables' }).focus();
    await user.keyboard(' ');
    await waitFor(async () => expect((await saved()).pillars).toEqual(['circular_economy']));
    expect((within(pillars).getByRole('checkbox', { name: 'Économie circulaire' }) as HTMLInputElement).checked).toBe(true);
    expect((within(pillars).getByRole('checkbox', { name: 'Énergies renouvelables' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows an undo from another window in the boxes', async () => {
    await call(backend, 'operations.update', { id: op.id, patch: { pillars: ['mobility'] } });
    await renderCard();
    expect((screen.getByRole('checkbox', { name: 'Mobilité' }) as HTMLInputElement).checked).toBe(true);
    await backend.dispatch('history.undo', {}, 'other-window');
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Mobilité' }) as HTMLInputElement).checked).toBe(false));
  });

  it('words the pillars in English', async () => {
    await renderCard('en');
    const pillars = screen.getByRole('group', { name: 'Pillars' });
    expect(within(pillars).getByRole('checkbox', { name: 'Functional economy' })).toBeTruthy();
    expect(screen.getByLabelText('Mission letter')).toBeTruthy();
  });
});
