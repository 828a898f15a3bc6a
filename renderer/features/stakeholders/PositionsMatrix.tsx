import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Hypothesis, Position } from '../../../shared/domain/walk/entities';
import { useServices } from '../../app/services-context';
import type { StakeholderView } from './view';
import { byPosition, signed } from './wording';

type HypothesisRecord = z.infer<typeof Hypothesis.record>;
type PositionRecord = z.infer<typeof Position.record>;

interface Props {
  operationId: string;
  stakeholders: readonly StakeholderView[];
  hypotheses: readonly HypothesisRecord[];
  positions: readonly PositionRecord[];
  onOpenDetails(participationId: string): void;
}

const VALUES = [-3, -2, -1, 0, 1, 2, 3];

/**
 * Where each stakeholder stands on each strategic hypothesis, −3 … +3 (or unknown): one select per
 * cell, saved at once through `positions.set` (unknown clears the position).
 */
export function PositionsMatrix({ operationId, stakeholders, hypotheses, positions, onOpenDetails }: Props) {
  const { t } = useTranslation();
  const { client, attempt, navigate } = useServices();
  const ordered = useMemo(() => byPosition(hypotheses), [hypotheses]);
  const values = useMemo(() => new Map(positions.map((p) => [`${p.participationId}:${p.hypothesisId}`, String(p.value)])), [positions]);
  const set = useCallback(
    (participationId: string, hypothesisId: string, text: string) =>
      attempt(() => client.call('positions.set', { participationId, hypothesisId, value: text === '' ? null : Number(text) })),
    [attempt, client],
  );

  return (
    <section className="screen-section" aria-labelledby="positions-heading">
      <h2 id="positions-heading">{t('stakeholders.positions.heading')}</h2>
      {ordered.length === 0 ? (
        <div className="section-empty">
          <p>{t('stakeholders.positions.emptyHypotheses')}</p>
          <button type="button" className="button-quiet" onClick={() => void navigate(operationId, 'hypotheses')}>
            {t('stakeholders.positions.goToHypotheses')}
          </button>
        </div>
      ) : (
        <>
          <p className="meta">{t('stakeholders.positions.legend')}</p>
          <div className="positions-wrap">
            <table className="positions-matrix">
              <caption className="visually-hidden">{t('stakeholders.positions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stakeholders.positions.actor')}</th>
                  {ordered.map((h, i) => (
                    <th scope="col" key={h.id} title={h.statement}>
                      <span className="hypothesis-index">{t('stakeholders.positions.hypothesis', { index: i + 1 })}</span>
                      <span className="hypothesis-statement">{h.statement}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {stakeholders.map((s) => (
                  <PositionRow
                    key={s.id}
                    participationId={s.id}
                    name={s.actor.name}
                    cells={ordered.map((h) => values.get(`${s.id}:${h.id}`) ?? '').join('|')}
                    hypotheses={ordered}
                    onSet={set}
                    onOpen={onOpenDetails}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

interface RowProps {
  participationId: string;
  name: string;
  /** The row's values joined by '|', so an unchanged row skips re-rendering. */
  cells: string;
  hypotheses: readonly HypothesisRecord[];
  onSet(participationId: string, hypothesisId: string, text: string): Promise<unknown>;
  onOpen(participationId: string): void;
}

const PositionRow = memo(function PositionRow({ participationId, name, cells, hypotheses, onSet, onOpen }: RowProps) {
  const { t } = useTranslation();
  const values = cells.split('|');
  return (
    <tr>
      <th scope="row">
        <button type="button" className="button-link" title={t('stakeholders.positions.openDetails', { name })} onClick={() => onOpen(participationId)}>
          {name}
        </button>
      </th>
      {hypotheses.map((h, i) => (
        <td key={h.id}>
          <PositionCell
            value={values[i] ?? ''}
            label={t('stakeholders.positions.cell', { actor: name, index: i + 1, hypothesis: h.statement })}
            onChange={(text) => onSet(participationId, h.id, text)}
          />
        </td>
      ))}
    </tr>
  );
});

function PositionCell({ value, label, onChange }: { value: string; label: string; onChange(text: string): Promise<unknown> }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(value);
  const [draft, setDraft] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  return (
    <select
      className="cell-input position-select"
      aria-label={label}
      data-value={draft}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        void onChange(e.target.value);
      }}
    >
      <option value="">{t('stakeholders.none')}</option>
      {VALUES.map((v) => (
        <option key={v} value={String(v)}>
          {signed(v)}
        </option>
      ))}
    </select>
  );
}
