import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HypothesisStatus } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { ApiCallError } from '../../api/client';
import { useFeature, useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { formatDate } from '../../i18n/format';
import { useManualOrder } from '../issue/manual-order';
import { refusalMessage } from '../issue/refusal';
import { excerpt } from '../issue/text';
import '../../styles/issue.css';
import '../../styles/hypotheses.css';

type HypothesisRecord = WalkSnapshot['hypotheses'][number];
type StatusChange = WalkSnapshot['hypothesisStatusChanges'][number];
type Patch = Partial<Pick<HypothesisRecord, 'statement' | 'rationale' | 'policies' | 'status'>>;

const LONG = 20_000;
const STATEMENT = 4000;

/**
 * Step 2, the strategic hypotheses: how the issue could be resolved, in the team's own order. Each
 * keeps its status history; the positions recorded in step 3 show how many actors back or oppose it.
 */
export function HypothesesScreen() {
  const { t, i18n } = useTranslation();
  const { walk, client, status, undo, attempt } = useServices();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  const operationId = snapshot?.operation.id ?? '';
  const { ordered, move } = useManualOrder(snapshot?.hypotheses ?? [], (ids) => client.call('hypotheses.reorder', { operationId, ids }));
  const [announcement, setAnnouncement] = useState('');
  const newInput = useRef<HTMLInputElement>(null);

  const changes = useMemo(() => {
    const by = new Map<string, StatusChange[]>();
    for (const c of snapshot?.hypothesisStatusChanges ?? []) by.set(c.hypothesisId, [...(by.get(c.hypothesisId) ?? []), c]);
    for (const list of by.values()) list.sort((a, b) => a.at.localeCompare(b.at));
    return by;
  }, [snapshot?.hypothesisStatusChanges]);

  const stances = useMemo(() => {
    const by = new Map<string, { support: number; oppose: number }>();
    for (const p of snapshot?.positions ?? []) {
      const s = by.get(p.hypothesisId) ?? { support: 0, oppose: 0 };
      if (p.value > 0) s.support++;
      if (p.value < 0) s.oppose++;
      by.set(p.hypothesisId, s);
    }
    return by;
  }, [snapshot?.positions]);

  if (!snapshot) return null;

  async function moveHypothesis(h: HypothesisRecord, delta: -1 | 1) {
    const to = await attempt(() => move(h.id, delta));
    if (typeof to === 'number') {
      setAnnouncement(t('hypotheses.moved', { name: excerpt(h.statement), position: to + 1, count: ordered.length }));
    }
  }

  async function remove(h: HypothesisRecord, index: number) {
    const neighbour = ordered[index + 1] ?? ordered[index - 1];
    try {
      await walk.getState().remove('hypotheses', h.id);
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      return status.getState().reportError(err.error);
    }
    // The deleted card took the focus with it: hand it to its neighbour, or to the entry line.
    const next = neighbour && document.getElementById(`hypothesis-${neighbour.id}`);
    (next || newInput.current)?.focus();
    status.getState().showToast({
      message: t('hypotheses.deleted', { statement: excerpt(h.statement) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  async function save(h: HypothesisRecord, patch: Patch): Promise<string | void> {
    if (patch.statement !== undefined && patch.statement.trim() === '') return t('hypotheses.statementRequired');
    try {
      await walk.getState().update('hypotheses', h.id, patch);
    } catch (err) {
      return refusalMessage(err, i18n.language);
    }
  }

  return (
    <section className="screen-section hypotheses-screen" aria-labelledby="hypotheses-heading">
      <header className="step-header">
        <h2 id="hypotheses-heading">{t('hypotheses.heading')}</h2>
        <p className="meta">{t('hypotheses.intro')}</p>
      </header>
      {ordered.length === 0 ? (
        <p className="hypotheses-empty">{t('hypotheses.empty')}</p>
      ) : (
        <>
          {ordered.length > 1 && <p className="meta hypotheses-move-hint">{t('hypotheses.moveHint')}</p>}
          <ol className="hypothesis-list" aria-label={t('hypotheses.listLabel')}>
            {ordered.map((h, i) => (
              <HypothesisItem
                key={h.id}
                hypothesis={h}
                index={i}
                count={ordered.length}
                changes={changes.get(h.id) ?? []}
                stance={stances.get(h.id) ?? { support: 0, oppose: 0 }}
                onSave={(patch) => save(h, patch)}
                onMove={(delta) => void moveHypothesis(h, delta)}
                onDelete={() => void remove(h, i)}
              />
            ))}
          </ol>
        </>
      )}
      <NewHypothesis operationId={snapshot.operation.id} inputRef={newInput} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

interface ItemProps {
  hypothesis: HypothesisRecord;
  index: number;
  count: number;
  changes: StatusChange[];
  stance: { support: number; oppose: number };
  onSave(patch: Patch): Promise<string | void>;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

function HypothesisItem({ hypothesis: h, index, count, changes, stance, onSave, onMove, onDelete }: ItemProps) {
  const { t, i18n } = useTranslation();
  const number = index + 1;
  const headingId = `hypothesis-${h.id}-heading`;
  const current = changes.at(-1);
  const date = (iso: string) => formatDate(iso, i18n.language);

  // Alt+↑/Alt+↓ from anywhere in the card move it (a select keeps Alt+↓ to open its list).
  function onKeyDown(e: KeyboardEvent<HTMLLIElement>) {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if (e.target instanceof HTMLSelectElement) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if (index + delta >= 0 && index + delta < count) onMove(delta);
  }

  return (
    <li id={`hypothesis-${h.id}`} className="hypothesis" tabIndex={-1} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <header className="hypothesis-header">
        <h3 id={headingId}>{t('hypotheses.number', { number })}</h3>
        {h.illustrative && (
          <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
            {t('walk.illustrative')}
          </span>
        )}
        {current && current.status === h.status && (
          <span className={`status-since status-${h.status}`}>{t(`hypotheses.since.${h.status}`, { date: date(current.at) })}</span>
        )}
        <span className="hypothesis-tools">
          <button
            type="button"
            className="button-quiet button-small"
            aria-label={t('hypotheses.moveUp', { number })}
            title={t('hypotheses.moveUp', { number })}
            aria-disabled={index === 0}
            onClick={() => index > 0 && onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            aria-label={t('hypotheses.moveDown', { number })}
            title={t('hypotheses.moveDown', { number })}
            aria-disabled={index === count - 1}
            onClick={() => index < count - 1 && onMove(1)}
          >
            ↓
          </button>
          <button type="button" className="button-danger-quiet button-small" onClick={onDelete} aria-label={t('hypotheses.delete', { number })}>
            {t('hypotheses.deleteShort')}
          </button>
        </span>
      </header>
      <AutosaveField kind="textarea" rows={2} label={t('hypotheses.statement')} maxLength={STATEMENT} value={h.statement} onSave={(statement) => onSave({ statement })} />
      <div className="hypothesis-columns">
        <AutosaveField
          kind="textarea"
          rows={3}
          label={t('hypotheses.rationale')}
          hint={t('hypotheses.rationaleHint')}
          maxLength={LONG}
          value={h.rationale}
          onSave={(rationale) => onSave({ rationale })}
        />
        <AutosaveField
          kind="textarea"
          rows={3}
          label={t('hypotheses.policies')}
          hint={t('hypotheses.policiesHint')}
          maxLength={LONG}
          value={h.policies}
          onSave={(policies) => onSave({ policies })}
        />
      </div>
      <div className="hypothesis-footer">
        <div className="hypothesis-status">
          <AutosaveField
            kind="select"
            label={t('hypotheses.status')}
            value={h.status}
            options={HypothesisStatus.options.map((s) => ({ value: s, label: t(`hypotheses.statuses.${s}`) }))}
            onSave={(value) => onSave({ status: HypothesisStatus.parse(value) })}
          />
        </div>
        {changes.length > 1 && (
          <div className="status-history">
            <h4>{t('hypotheses.history')}</h4>
            <ol>
              {changes.map((c) => (
                <li key={c.id}>{t('hypotheses.historyEntry', { status: t(`hypotheses.statuses.${c.status}`), date: date(c.at) })}</li>
              ))}
            </ol>
          </div>
        )}
        <p className="hypothesis-stance">
          <span className="visually-hidden">{t('hypotheses.positionsLabel')} </span>
          {stance.support + stance.oppose === 0
            ? t('hypotheses.noPosition')
            : `${t('hypotheses.support', { count: stance.support })} · ${t('hypotheses.oppose', { count: stance.oppose })}`}
        </p>
      </div>
    </li>
  );
}

function NewHypothesis({ operationId, inputRef }: { operationId: string; inputRef: React.RefObject<HTMLInputElement | null> }) {
  const { t, i18n } = useTranslation();
  const { walk } = useServices();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add() {
    const statement = draft.trim();
    if (statement === '') return setError(t('hypotheses.statementRequired'));
    try {
      await walk.getState().create('hypotheses', { operationId, statement });
      setDraft('');
      setError(null);
    } catch (err) {
      setError(refusalMessage(err, i18n.language));
    }
  }

  return (
    <div className="field new-hypothesis">
      <label htmlFor="new-hypothesis">{t('hypotheses.newLabel')}</label>
      <div className="new-hypothesis-row">
        <input
          id="new-hypothesis"
          ref={inputRef}
          value={draft}
          maxLength={STATEMENT}
          placeholder={t('hypotheses.newPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-hypothesis-error' : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" className="button-primary" onClick={() => void add()}>
          {t('hypotheses.add')}
        </button>
      </div>
      {error && (
        <p id="new-hypothesis-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
