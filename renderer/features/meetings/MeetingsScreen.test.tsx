import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { closeScreenFixture, openScreenFixture, renderApp } from '../../../test/harness/render-app';
import { call, type tempBackend } from '../../../test/harness/temp-workspace';
import type { Locale } from '../../i18n/i18n';

let backend: ReturnType<typeof tempBackend>;
let op: Operation;

async function renderMeetings(locale: Locale = 'fr') {
  await call(backend, 'preferences.set', { locale });
  const services = await renderApp(backend, locale);
  await services.navigate(op.id, 'meetings');
  await screen.findByRole('heading', { level: 2, name: locale === 'fr' ? 'Réunions' : 'Meetings' });
  return services;
}

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
const addMeeting = (date: string, extra: Record<string, unknown> = {}) =>
  call<{ id: string }>(backend, 'meetings.create', { operationId: op.id, date, kind: 'workshop', ...extra });
async function addStakeholders(...names: string[]) {
  await call(backend, 'stakeholders.addRows', { operationId: op.id, rows: names.map((name) => ({ name })) });
  const s = await load();
  return Object.fromEntries(names.map((n) => [n, s.actors.find((a) => a.name === n)!.id]));
}
const detail = () => screen.getByRole('article');

beforeEach(async () => {
  ({ backend, op } = await openScreenFixture({ title: 'Écosystème loossois' }));
});
afterEach(() => closeScreenFixture(backend));

describe('meetings (real backend)', () => {
  it('teaches the next step, refuses a meeting without a date, then records one', async () => {
    const user = userEvent.setup();
    await renderMeetings();
    expect(screen.getByText('Réunissez les parties prenantes : ateliers, réunions publiques, comités… Notez qui était là et ce qui a été décidé.')).toBeTruthy();
    const date = screen.getByLabelText('Date');
    fireEvent.change(date, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Ajouter la réunion' }));
    expect((await screen.findByRole('alert')).textContent).toBe('La date est obligatoire : indiquez le jour de la réunion.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect((await load()).meetings).toEqual([]);

    fireEvent.change(date, { target: { value: '2014-02-11' } });
    await user.selectOptions(screen.getByLabelText('Type de réunion'), 'Réunion publique');
    await user.type(screen.getByLabelText('Lieu'), 'Base 11-19');
    await user.type(screen.getByLabelText('Notes'), 'Présentation du projet éolien');
    await user.click(screen.getByRole('button', { name: 'Ajouter la réunion' }));
    await waitFor(async () =>
      expect((await load()).meetings).toEqual([
        expect.objectContaining({ date: '2014-02-11', kind: 'public_meeting', place: 'Base 11-19', notes: 'Présentation du projet éolien', attendeeIds: [] }),
      ]),
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Réunion publique du 11 février 2014' })).toBeTruthy();
  });

  it('lists meetings newest first and edits the selected one', async () => {
    const user = userEvent.setup();
    await addMeeting('2013-10-15', { place: 'Base 11-19' });
    await addMeeting('2015-06-02', { kind: 'steering_committee' });
    await addMeeting('2014-01-20', { kind: 'bilateral' });
    await renderMeetings();
    const list = screen.getByRole('navigation', { name: 'Réunions de l’opération' });
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.querySelector('.meeting-item-date')?.textContent)).toEqual(['2 juin 2015', '20 janvier 2014', '15 octobre 2013']);
    expect(items[0]!.getAttribute('aria-current')).toBe('true');
    await user.click(items[2]!);
    expect(within(detail()).getByRole('heading', { level: 3 }).textContent).toBe('Atelier du 15 octobre 2013');
    const place = within(detail()).getByLabelText('Lieu');
    await user.clear(place);
    await user.type(place, 'Louvre-Lens{Enter}');
    await waitFor(async () => expect((await load()).meetings.find((m) => m.date === '2013-10-15')?.place).toBe('Louvre-Lens'));
  });

  it('records the attendees among the stakeholders, with a filter box', async () => {
    const user = userEvent.setup();
    const ids = await addStakeholders('CD2E', 'CERDD', 'Région Hauts-de-France', 'Lumiwatt');
    await addMeeting('2013-10-15');
    await renderMeetings();
    const attendees = within(detail()).getByRole('group', { name: /Présents/ });
    expect(within(attendees).getAllByRole('checkbox')).toHaveLength(4);
    await user.type(within(attendees).getByLabelText('Filtrer les parties prenantes'), 'region');
    expect(within(attendees).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(attendees).getByRole('checkbox', { name: /Région Hauts-de-France/ }));
    await user.clear(within(attendees).getByLabelText('Filtrer les parties prenantes'));
    await user.click(within(attendees).getByRole('checkbox', { name: 'CD2E' }));
    await user.click(within(attendees).getByRole('checkbox', { name: 'Lumiwatt' }));
    await waitFor(async () =>
      expect(new Set((await load()).meetings[0]!.attendeeIds)).toEqual(new Set([ids['Région Hauts-de-France'], ids.CD2E, ids.Lumiwatt])),
    );
    await user.click(within(attendees).getByRole('checkbox', { name: 'CD2E' }));
    await waitFor(async () => expect(new Set((await load()).meetings[0]!.attendeeIds)).toEqual(new Set([ids['Région Hauts-de-France'], ids.Lumiwatt])));
    expect(await within(attendees).findByText('(2 sur 4)')).toBeTruthy();
  });

  it('records a decision with its owner and due date, and marks an overdue one in words', async () => {
    const user = userEvent.setup();
    const meeting = await addMeeting('2013-10-15');
    await renderMeetings();
    const decisions = within(detail()).getByRole('region', { name: 'Décisions' });
    await user.type(within(decisions).getByLabelText('Décision – nouvelle ligne'), 'Associer le CERDD au projet éolien');
    await user.type(within(decisions).getByLabelText('Responsable – nouvelle ligne'), 'Ville de Loos-en-Gohelle');
    fireEvent.change(within(decisions).getByLabelText('Échéance – nouvelle ligne'), { target: { value: '2014-03-31' } });
    await user.type(within(decisions).getByLabelText('Décision – nouvelle ligne'), '{Enter}');
    await waitFor(async () =>
      expect((await load()).decisions).toEqual([
        expect.objectContaining({ meetingId: meeting.id, text: 'Associer le CERDD au projet éolien', owner: 'Ville de Loos-en-Gohelle', dueDate: '2014-03-31', done: false }),
      ]),
    );
    // Its due date is past and it is not done: said in words, in the table and above it.
    expect(await within(decisions).findByText('1 décision en retard : son échéance est passée et elle n’est pas faite.')).toBeTruthy();
    const state = within(decisions).getByLabelText('État – Associer le CERDD au projet éolien') as HTMLSelectElement;
    expect(state.selectedOptions[0]!.textContent).toBe('En retard (à faire)');
    expect(within(screen.getByRole('navigation', { name: 'Réunions de l’opération' })).getByText(/1 en retard/)).toBeTruthy();

    await user.selectOptions(state, 'Faite');
    await waitFor(async () => expect((await load()).decisions[0]!.done).toBe(true));
    await waitFor(() => expect(within(decisions).queryByText(/décision en retard/)).toBeNull());
  });

  it('refuses an empty decision next to the table and saves nothing', async () => {
    const user = userEvent.setup();
    await addMeeting('2013-10-15');
    await renderMeetings();
    const decisions = within(detail()).getByRole('region', { name: 'Décisions' });
    await user.type(within(decisions).getByLabelText('Responsable – nouvelle ligne'), 'CD2E{Enter}');
    expect((await within(decisions).findByRole('alert')).textContent).toBe('Décision : ce champ est obligatoire pour ajouter une ligne.');
    expect((await load()).decisions).toEqual([]);
  });

  it('deletes a meeting with an undo toast instead of a confirm', async () => {
    const user = userEvent.setup();
    await addMeeting('2013-10-15');
    await renderMeetings();
    await user.click(within(detail()).getByRole('button', { name: 'Supprimer la réunion' }));
    await waitFor(async () => expect((await load()).meetings).toEqual([]));
    const toast = await screen.findByText('Réunion du 15 octobre 2013 (Atelier) supprimée.');
    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await load()).meetings).toHaveLength(1));
    expect(await screen.findByRole('heading', { level: 3, name: 'Atelier du 15 octobre 2013' })).toBeTruthy();
  });

  it('renders hostile text as text, and speaks English', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await addMeeting('2013-10-15', { place: hostile });
    await renderMeetings('en');
    expect(screen.getByRole('heading', { level: 3, name: 'Workshop of 15 October 2013' })).toBeTruthy();
    expect(screen.getByText(`Workshop · ${hostile}`)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
