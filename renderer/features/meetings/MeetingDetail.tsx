import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText } from '../../../shared/domain/collate';
import { quote } from '../../../shared/domain/walk/progress';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { EditableTable } from '../../components/table/EditableTable';
import type { Column } from '../../components/table/types';
import { CheckboxList, type CheckboxItem } from './CheckboxList';
import { isOverdue, meetingKinds, type Decision, type Meeting } from './meeting-model';
import { formatDay, isIsoDay, useWriteMessage, useWriteOrThrow } from './walk-helpers';

interface Props {
  meeting: Meeting;
  snapshot: WalkSnapshot;
  decisions: Decision[];
  today: string;
  onDelete(): void;
}

/** One meeting: its fields (each saves itself), who attended, and what was decided. */
export function MeetingDetail({ meeting, snapshot, decisions, today, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const { walk, status, undo, navigate } = useServices();
  const write = useWriteMessage();
  const writeOrThrow = useWriteOrThrow();
  const update = (patch: Record<string, unknown>) => write(() => walk.getState().update('meetings', meeting.id, patch));
  const headingId = `meeting-${meeting.id}-heading`;

  const attendeeItems = useMemo<CheckboxItem[]>(() => {
    const actors = new Map(snapshot.actors.map((a) => [a.id, a]));
    const items: CheckboxItem[] = snapshot.participations.flatMap((p) => {
      const actor = actors.get(p.actorId);
      return actor ? [{ id: actor.id, label: actor.name, hint: p.role || undefined }] : [];
    });
    // Someone who attended but no longer takes part in the operation stays listed (and can be unticked).
    for (const id of meeting.attendeeIds) {
      const actor = actors.get(id);
      if (actor && !items.some((i) => i.id === id)) items.push({ id, label: actor.name, hint: t('meetings.attendees.notParticipating') });
    }
    return items.sort((a, b) => compareText(a.label, b.label));
  }, [snapshot.actors, snapshot.participations, meeting.attendeeIds, t]);

  const overdue = decisions.filter((d) => isOverdue(d, today));

  const columns: Column<Decision>[] = [
    {
      key: 'text',
      label: t('meetings.decisions.text'),
      kind: 'text',
      primary: true,
      read: (d) => d.text,
      parse: (text) => (text.trim() ? { ok: true, value: text } : { ok: false, error: t('meetings.errors.decisionRequired') }),
    },
    { key: 'owner', label: t('meetings.decisions.owner'), kind: 'text', width: '12rem', read: (d) => d.owner },
    {
      key: 'dueDate',
      label: t('meetings.decisions.dueDate'),
      kind: 'date',
      width: '9.5rem',
      read: (d) => d.dueDate ?? '',
      parse: (text) =>
        text.trim() === '' ? { ok: true, value: null } : isIsoDay(text.trim()) ? { ok: true, value: text.trim() } : { ok: false, error: t('meetings.errors.dateInvalid') },
    },
    {
      key: 'done',
      label: t('meetings.decisions.state'),
      kind: 'select',
      width: '12.5rem',
      options: [
        { value: 'todo', label: t('meetings.decisions.todo') },
        { value: 'done', label: t('meetings.decisions.done') },
        { value: 'late', label: t('meetings.decisions.late') },
      ],
      read: (d) => (d.done ? 'done' : isOverdue(d, today) ? 'late' : 'todo'),
      parse: (text) => ({ ok: true, value: text === 'done' }),
    },
  ];

  async function removeDecision(d: Decision) {
    try {
      await walk.getState().remove('decisions', d.id);
    } catch {
      return;
    }
    status.getState().showToast({
      message: t('meetings.decisions.deleted', { text: quote(d.text, 50) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  return (
    <article className="meeting-detail screen-section" aria-labelledby={headingId}>
      <header className="meeting-detail-header">
        <h3 id={headingId}>
          {t('meetings.detailTitle', { kind: t(`meetings.kinds.${meeting.kind}`), date: formatDay(meeting.date, i18n.language) })}
        </h3>
        {meeting.illustrative && (
          <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
            {t('walk.illustrative')}
          </span>
        )}
      </header>

      <div className="meeting-fields">
        <AutosaveField
          label={t('meetings.fields.date')}
          kind="date"
          value={meeting.date}
          onSave={async (text) => {
            if (text.trim() === '') return t('meetings.errors.dateRequired');
            if (!isIsoDay(text)) return t('meetings.errors.dateInvalid');
            return update({ date: text });
          }}
        />
        <AutosaveField
          label={t('meetings.fields.kind')}
          kind="select"
          value={meeting.kind}
          options={meetingKinds.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          onSave={(kind) => update({ kind })}
        />
        <AutosaveField label={t('meetings.fields.place')} value={meeting.place} maxLength={500} onSave={(place) => update({ place })} />
      </div>
      <AutosaveField label={t('meetings.fields.notes')} kind="textarea" rows={3} value={meeting.notes} onSave={(notes) => update({ notes })} />

      <CheckboxList
        legend={
          <>
            {t('meetings.attendees.legend')}{' '}
            <span className="legend-count">{t('meetings.attendees.count', { count: meeting.attendeeIds.length, total: attendeeItems.length })}</span>
          </>
        }
        items={attendeeItems}
        selected={meeting.attendeeIds}
        columns={3}
        filter={{ label: t('meetings.attendees.filter'), placeholder: t('meetings.attendees.filterPlaceholder'), noMatch: t('meetings.attendees.noMatch') }}
        onChange={(attendeeIds) => walk.getState().update('meetings', meeting.id, { attendeeIds })}
        empty={
          <>
            {t('meetings.attendees.none')}{' '}
            <button type="button" className="button-link" onClick={() => void navigate(snapshot.operation.id, 'stakeholders')}>
              {t('meetings.attendees.goToStakeholders')}
            </button>
          </>
        }
      />

      <section className="meeting-decisions" aria-labelledby={`${headingId}-decisions`}>
        <h4 id={`${headingId}-decisions`}>{t('meetings.decisions.heading')}</h4>
        {overdue.length > 0 && (
          <p className="overdue-note">
            <span aria-hidden="true">⚠ </span>
            {t('meetings.decisions.overdueNote', { count: overdue.length })}
          </p>
        )}
        <EditableTable
          caption={t('meetings.decisions.caption', { date: formatDay(meeting.date, i18n.language) })}
          columns={columns}
          rows={decisions}
          rowName={(d) => quote(d.text, 40)}
          empty={t('meetings.decisions.empty')}
          onChange={(d, key, value) => writeOrThrow(() => walk.getState().update('decisions', d.id, { [key]: value }))}
          onAdd={(values) =>
            writeOrThrow(() =>
              walk.getState().create('decisions', {
                operationId: meeting.operationId,
                meetingId: meeting.id,
                text: String(values.text),
                owner: typeof values.owner === 'string' ? values.owner : '',
                dueDate: typeof values.dueDate === 'string' ? values.dueDate : null,
                done: values.done === true,
              }),
            )
          }
          onDelete={(d) => removeDecision(d)}
        />
      </section>

      <footer className="form-actions">
        <button type="button" className="button-danger-quiet" onClick={onDelete}>
          {t('meetings.delete')}
        </button>
      </footer>
    </article>
  );
}
