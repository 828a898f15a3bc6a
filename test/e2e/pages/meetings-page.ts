import type { Locator } from '@playwright/test';
import { expect } from '../expect';
import type { OperationsPage } from './operations-page';

/** French texts of the meetings screen (renderer/locales/fr/meetings.json). */
export const meetingsFr = {
  heading: 'Réunions',
  newForm: 'Nouvelle réunion',
  add: 'Ajouter la réunion',
  fields: { date: 'Date', kind: 'Type de réunion', place: 'Lieu', notes: 'Notes' },
  kinds: {
    workshop: 'Atelier',
    public_meeting: 'Réunion publique',
    steering_committee: 'Comité de pilotage',
    scientific_committee: 'Comité scientifique',
    bilateral: 'Bilatérale',
  },
  list: 'Réunions de l’opération',
  detailTitle: (kind: string, date: string) => `${kind} du ${date}`,
  attendees: 'Présents',
  attendeesCount: (n: number, total: number) => `(${n} sur ${total})`,
  decisionsCaption: (date: string) => `Décisions de la réunion du ${date}`,
  decisionColumns: { text: 'Décision', owner: 'Responsable', dueDate: 'Échéance', state: 'État' },
  newRow: 'nouvelle ligne',
} as const;

/** The meetings screen: the new-meeting form, the list of meetings, and the selected meeting's detail. */
export class MeetingsPage {
  readonly form: Locator;
  readonly list: Locator;

  constructor(readonly ops: OperationsPage) {
    this.form = ops.main.getByRole('form', { name: meetingsFr.newForm });
    this.list = ops.main.getByRole('navigation', { name: meetingsFr.list });
  }

  /** Records a meeting with the form (date as `YYYY-MM-DD`, kind by its French name). */
  async addMeeting(m: { date: string; kind: string; place: string; notes?: string }) {
    await this.form.getByLabel(meetingsFr.fields.date, { exact: true }).fill(m.date);
    await this.form.getByLabel(meetingsFr.fields.kind, { exact: true }).selectOption({ label: m.kind });
    await this.form.getByLabel(meetingsFr.fields.place, { exact: true }).fill(m.place);
    if (m.notes) await this.form.getByLabel(meetingsFr.fields.notes, { exact: true }).fill(m.notes);
    await this.form.getByRole('button', { name: meetingsFr.add }).click();
    await expect(this.form).toBeHidden();
    await this.ops.expectSaved();
  }

  /** A meeting's detail, named "Comité de pilotage du 12 mars 2025". */
  detail(title: string): Locator {
    return this.ops.main.getByRole('article', { name: title, exact: true });
  }

  attendees(detail: Locator): Locator {
    return detail.getByRole('group', { name: new RegExp(`^${meetingsFr.attendees}`) });
  }

  /** An attendee's checkbox: its name starts with the actor's name (then the role, if any). */
  attendee(detail: Locator, actor: string): Locator {
    return this.attendees(detail).getByRole('checkbox', { name: new RegExp(`^${actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  async tickAttendee(detail: Locator, actor: string) {
    await this.attendee(detail, actor).check();
    await expect(this.attendee(detail, actor)).toBeChecked();
    await this.ops.expectSaved();
  }

  decisions(detail: Locator, date: string): Locator {
    return detail.getByRole('table', { name: meetingsFr.decisionsCaption(date) });
  }

  decisionRows(detail: Locator, date: string): Locator {
    return this.decisions(detail, date).locator('tbody tr:not(.entry-row)');
  }

  /** Adds a decision from the decisions table's entry line, with Enter. */
  async addDecision(detail: Locator, date: string, d: { text: string; owner: string; dueDate: string }) {
    const table = this.decisions(detail, date);
    const entry = (column: keyof typeof meetingsFr.decisionColumns) =>
      table.getByLabel(`${meetingsFr.decisionColumns[column]} – ${meetingsFr.newRow}`, { exact: true });
    const before = await this.decisionRows(detail, date).count();
    await entry('text').fill(d.text);
    await entry('owner').fill(d.owner);
    await entry('dueDate').fill(d.dueDate);
    await entry('text').press('Enter');
    await expect(this.decisionRows(detail, date)).toHaveCount(before + 1);
    await this.ops.expectSaved();
  }

  decisionCell(detail: Locator, date: string, column: keyof typeof meetingsFr.decisionColumns, text: string): Locator {
    return this.decisions(detail, date).getByLabel(`${meetingsFr.decisionColumns[column]} – ${text}`, { exact: true });
  }
}
