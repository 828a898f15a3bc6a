import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { formatDay, isIsoDay, todayIso, useWriteMessage } from '../meetings/walk-helpers';
import { MAX_SCORE, type Assessment, type ConditionKey } from './model';

interface Props {
  condition: ConditionKey;
  index: number;
  /** Newest first. */
  history: Assessment[];
  operationId: string;
  scoreWords(score: number): string;
}

const SCORES = Array.from({ length: MAX_SCORE + 1 }, (_, i) => i);

/** One condition of success: its latest score, a form to record a new assessment, and the earlier ones. */
export function ConditionCard({ condition, index, history, operationId, scoreWords }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { walk, status, undo } = useServices();
  const write = useWriteMessage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState('');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ score?: string; date?: string; form?: string }>({});
  const name = t(`conditions.names.${condition}`);
  const latest = history[0] ?? null;
  const earlier = history.slice(1);
  const headingId = `${id}-heading`;

  function openForm() {
    setScore('');
    setDate(todayIso());
    setNote('');
    setErrors({});
    setOpen(true);
    requestAnimationFrame(() => document.getElementById(`${id}-score`)?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (score === '') found.score = t('conditions.errors.scoreRequired', { max: MAX_SCORE });
    if (date.trim() === '') found.date = t('conditions.errors.dateRequired');
    else if (!isIsoDay(date)) found.date = t('conditions.errors.dateInvalid');
    setErrors(found);
    if (found.score || found.date) {
      document.getElementById(found.score ? `${id}-score` : `${id}-date`)?.focus();
      return;
    }
    const refusal = await write(() => walk.getState().create('conditionAssessments', { operationId, condition, score: Number(score), note, date }));
    if (refusal) return setErrors({ form: refusal });
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(`${id}-open`)?.focus());
  }

  async function remove(a: Assessment) {
    try {
      await walk.getState().remove('conditionAssessments', a.id);
    } catch {
      return;
    }
    status.getState().showToast({
      message: t('conditions.deleted', { name, date: formatDay(a.date, locale) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  const deleteButton = (a: Assessment) => {
    const label = t('conditions.deleteAssessment', { date: formatDay(a.date, locale), score: scoreWords(a.score) });
    return (
      <button type="button" className="button-icon" aria-label={label} title={label} onClick={() => void remove(a)}>
        ×
      </button>
    );
  };

  const describe = (field: 'score' | 'date') => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <article className="condition-card" aria-labelledby={headingId} data-score={latest?.score ?? 'none'}>
      <header>
        <h3 id={headingId}>
          <span className="condition-index">{index}.</span> {name}
        </h3>
      </header>
      {latest ? (
        <div className="condition-latest">
          <div className="condition-latest-head">
            <p className="condition-score">
              <span className="score-dots" aria-hidden="true">
                {SCORES.slice(1).map((s) => (
                  <span key={s} className={s <= latest.score ? 'dot dot-on' : 'dot'} />
                ))}
              </span>
              <span>{scoreWords(latest.score)}</span>
            </p>
            {deleteButton(latest)}
          </div>
          <p className="meta">{t('conditions.assessedOn', { date: formatDay(latest.date, locale) })}</p>
          {latest.note && <p className="condition-note">{latest.note}</p>}
        </div>
      ) : (
        <p className="condition-latest condition-none">{t('conditions.notAssessedYet')}</p>
      )}

      {open ? (
        <form className="condition-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('conditions.form.label', { name })}>
          <div className="condition-form-row">
            <div className="field">
              <label htmlFor={`${id}-score`}>{t('conditions.form.score')}</label>
              <select
                id={`${id}-score`}
                value={score}
                aria-invalid={errors.score ? true : undefined}
                aria-describedby={describe('score')}
                onChange={(e) => setScore(e.target.value)}
              >
                <option value="">{t('conditions.form.choose')}</option>
                {SCORES.map((s) => (
                  <option key={s} value={String(s)}>
                    {scoreWords(s)}
                  </option>
                ))}
              </select>
              {errors.score && (
                <p id={`${id}-score-error`} className="field-error" role="alert">
                  {errors.score}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('conditions.form.date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={date}
                aria-invalid={errors.date ? true : undefined}
                aria-describedby={describe('date')}
                onChange={(e) => setDate(e.target.value)}
              />
              {errors.date && (
                <p id={`${id}-date-error`} className="field-error" role="alert">
                  {errors.date}
                </p>
              )}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('conditions.form.note')}</label>
            <textarea id={`${id}-note`} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          {errors.form && (
            <p className="field-error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary">
              {t('conditions.form.save')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
              {t('conditions.form.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" id={`${id}-open`} className="button-quiet condition-assess" onClick={openForm}>
          {latest ? t('conditions.form.reassess') : t('conditions.form.assess')}
          <span className="visually-hidden"> – {name}</span>
        </button>
      )}

      {earlier.length > 0 && (
        <section className="condition-history" aria-labelledby={`${id}-history`}>
          <h4 id={`${id}-history`}>{t('conditions.earlier', { count: earlier.length })}</h4>
          <ol>
            {earlier.map((a) => (
              <li key={a.id}>
                <div>
                  <span className="history-date">{formatDay(a.date, locale)}</span> — <span>{scoreWords(a.score)}</span>
                  {a.note && <p className="history-note">{a.note}</p>}
                </div>
                {deleteButton(a)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
