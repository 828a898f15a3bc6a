import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { meetingKinds } from './meeting-model';
import { isIsoDay, todayIso, useWriteMessage } from './walk-helpers';

interface Props {
  operationId: string;
  onAdded(id: string): void;
  onCancel?: () => void;
}

/** Records a meeting: its date (required), kind, place and notes. Nothing is saved while the date is missing. */
export function NewMeetingForm({ operationId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const { walk } = useServices();
  const write = useWriteMessage();
  const id = useId();
  const [date, setDate] = useState(todayIso());
  const [kind, setKind] = useState<(typeof meetingKinds)[number]>('workshop');
  const [place, setPlace] = useState('');
  const [notes, setNotes] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (date.trim() === '') return refuse(t('meetings.errors.dateRequired'));
    if (!isIsoDay(date)) return refuse(t('meetings.errors.dateInvalid'));
    setDateError(null);
    let created: { id: string } | undefined;
    const refusal = await write(async () => {
      created = await walk.getState().create('meetings', { operationId, date, kind, place, notes });
    });
    if (refusal || !created) return setFormError(refusal ?? null);
    setFormError(null);
    setPlace('');
    setNotes('');
    onAdded(created.id);
  }

  function refuse(message: string) {
    setDateError(message);
    document.getElementById(`${id}-date`)?.focus();
  }

  return (
    <form className="new-meeting" onSubmit={(e) => void submit(e)} noValidate aria-label={t('meetings.new.heading')}>
      <div className="new-meeting-grid">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('meetings.fields.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
          {dateError && (
            <p id={`${id}-date-error`} className="field-error" role="alert">
              {dateError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('meetings.fields.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('meetings.fields.place')}</label>
          <input id={`${id}-place`} value={place} maxLength={500} onChange={(e) => setPlace(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('meetings.fields.notes')}</label>
        <textarea id={`${id}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('meetings.new.add')}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('meetings.new.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
