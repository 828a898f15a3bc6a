import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';
import { MeetingDetail } from './MeetingDetail';
import { isOverdue, type Meeting } from './meeting-model';
import { NewMeetingForm } from './NewMeetingForm';
import { formatDay, newestFirst, todayIso } from './walk-helpers';
import '../../styles/meetings.css';

/**
 * The operation's meetings (workshops, public meetings, committees…), newest first: who attended
 * and what was decided. The list on the left, the selected meeting on the right.
 */
export function MeetingsScreen() {
  const { t, i18n } = useTranslation();
  const { walk, status, undo } = useServices();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  if (!snapshot) return null;

  const today = todayIso();
  const meetings = [...snapshot.meetings].sort(newestFirst((m) => m.date));
  const selected = meetings.find((m) => m.id === selectedId) ?? meetings[0] ?? null;
  const decisionsOf = (m: Meeting) => snapshot.decisions.filter((d) => d.meetingId === m.id);
  const kindName = (m: Meeting) => t(`meetings.kinds.${m.kind}`);
  const showForm = adding || meetings.length === 0;

  async function remove(m: Meeting) {
    try {
      await walk.getState().remove('meetings', m.id);
    } catch {
      return; // reported in the banner by the client
    }
    status.getState().showToast({
      message: t('meetings.deleted', { kind: kindName(m), date: formatDay(m.date, i18n.language) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  function onListKey(e: KeyboardEvent<HTMLButtonElement>, m: Meeting, index: number) {
    const move = (to: number) => {
      const target = meetings[to];
      if (!target) return;
      e.preventDefault();
      setSelectedId(target.id);
      document.getElementById(`meeting-item-${target.id}`)?.focus();
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(meetings.length - 1);
    else if (e.key === 'Delete') {
      e.preventDefault();
      void remove(m);
    }
  }

  return (
    <div className="meetings-screen">
      <section className="screen-section" aria-labelledby="meetings-heading">
        <header className="meetings-header">
          <div>
            <h2 id="meetings-heading">{t('meetings.heading')}</h2>
            <p className="meta">{meetings.length === 0 ? t('meetings.empty') : t('meetings.intro')}</p>
          </div>
          {meetings.length > 0 && (
            <button type="button" className="button-quiet" aria-expanded={showForm} onClick={() => setAdding(!adding)}>
              {adding ? t('meetings.new.close') : `+ ${t('meetings.new.open')}`}
            </button>
          )}
        </header>
        {showForm && (
          <NewMeetingForm
            operationId={snapshot.operation.id}
            onAdded={(id) => {
              setSelectedId(id);
              setAdding(false);
            }}
            onCancel={meetings.length > 0 ? () => setAdding(false) : undefined}
          />
        )}
      </section>

      {meetings.length > 0 && (
        <>
          <nav className="meeting-strip" aria-label={t('meetings.listLabel')}>
            <p className="meta meeting-list-hint">{t('meetings.listHint')}</p>
            <ol className="meeting-list">
              {meetings.map((m, index) => {
                const decisions = decisionsOf(m);
                const overdue = decisions.filter((d) => isOverdue(d, today)).length;
                return (
                  <li key={m.id}>
                    <button
                      type="button"
                      id={`meeting-item-${m.id}`}
                      className="meeting-item"
                      aria-current={selected?.id === m.id ? 'true' : undefined}
                      onClick={() => setSelectedId(m.id)}
                      onKeyDown={(e) => onListKey(e, m, index)}
                    >
                      <span className="meeting-item-date">{formatDay(m.date, i18n.language)}</span>
                      <span className="meeting-item-kind">
                        {kindName(m)}
                        {m.place && ` · ${m.place}`}
                      </span>
                      <span className="meeting-item-meta">
                        {t('meetings.attendeesCount', { count: m.attendeeIds.length })} ·{' '}
                        {t('meetings.decisionsCount', { count: decisions.length })}
                        {overdue > 0 && <span className="overdue-tag"> {t('meetings.overdueCount', { count: overdue })}</span>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          {selected && (
            <MeetingDetail
              key={selected.id}
              meeting={selected}
              snapshot={snapshot}
              decisions={decisionsOf(selected)}
              today={today}
              onDelete={() => void remove(selected)}
            />
          )}
        </>
      )}
    </div>
  );
}
