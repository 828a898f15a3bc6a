import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SALIENCE_TYPES } from '../../../shared/analysis/stakeholders';
import { stakeholders } from '../../../shared/analysis/walk-inputs';
import { useServices } from '../../app/services-context';
import { CappedList, cappedNames } from './CappedList';
import type { PanelProps } from './panel-props';
import { Progressive } from './Progressive';

const SCORES = [1, 2, 3, 4, 5];
/** Rows of the salience table per page: every actor stays editable, a page at a time. */
export const SALIENCE_PAGE = 50;

/** Mendelow's power–interest grid, then salience with legitimacy and urgency editable per actor. */
export function GridPanel({ analysis, nameOf, snapshot }: Omit<PanelProps, 'fmt'>) {
  const { t } = useTranslation();
  const report = analysis.stakeholders;
  if (report.rows.length === 0) return <p className="empty-state">{t('analysis.grid.empty')}</p>;
  return (
    <Progressive
      parts={[
        () => (
          <>
            <h3>{t('analysis.grid.heading')}</h3>
            <p className="meta">{t('analysis.grid.help', { high: report.high })}</p>
            <div className="analysis-quadrants">
              {(['keep_satisfied', 'manage_closely', 'monitor', 'keep_informed'] as const).map((q) => (
                <section key={q} className={`analysis-quadrant analysis-quadrant-${q}`} aria-labelledby={`quadrant-${q}`}>
                  <h4 id={`quadrant-${q}`}>{t(`analysis.grid.quadrants.${q}`)}</h4>
                  <p className="meta">{t(`analysis.grid.quadrantHints.${q}`)}</p>
                  <CappedList items={report.quadrants[q].map((id) => nameOf(id).full)} />
                </section>
              ))}
            </div>
            {report.quadrants.unknown.length > 0 && (
              <p className="missing">{t('analysis.grid.unknown', { names: cappedNames(t, report.quadrants.unknown.map((id) => nameOf(id).full)) })}</p>
            )}
          </>
        ),
        () => <SalienceTable analysis={analysis} nameOf={nameOf} snapshot={snapshot} />,
      ]}
    />
  );
}

function SalienceTable({ analysis, nameOf, snapshot }: Omit<PanelProps, 'fmt'>) {
  const { t } = useTranslation();
  const { walk, attempt } = useServices();
  const [page, setPage] = useState(0);
  const report = analysis.stakeholders;
  const pages = Math.ceil(report.rows.length / SALIENCE_PAGE);
  const current = Math.min(page, pages - 1);
  const rows = report.rows.slice(current * SALIENCE_PAGE, (current + 1) * SALIENCE_PAGE);
  const byActor = new Map(stakeholders(snapshot).map((p) => [p.actorId, p]));
  const save = (participationId: string, field: 'legitimacy' | 'urgency', raw: string) =>
    void attempt(() => walk.getState().update('participations', participationId, { [field]: raw === '' ? null : Number(raw) }));
  const range = t('analysis.salience.range', { from: current * SALIENCE_PAGE + 1, to: current * SALIENCE_PAGE + rows.length, count: report.rows.length });
  return (
    <>
      <h3>{t('analysis.salience.heading')}</h3>
      <p className="meta">{t('analysis.salience.help', { high: report.high })}</p>
      {pages > 1 && (
        <nav className="analysis-pager" aria-label={t('analysis.salience.pages')}>
          {/* aria-disabled, not disabled: the button keyboard users just pressed keeps the focus. */}
          <button type="button" className="button-quiet" aria-disabled={current === 0} onClick={() => current > 0 && setPage(current - 1)}>
            {t('analysis.salience.previous')}
          </button>
          <span aria-live="polite">{range}</span>
          <button type="button" className="button-quiet" aria-disabled={current === pages - 1} onClick={() => current < pages - 1 && setPage(current + 1)}>
            {t('analysis.salience.next')}
          </button>
        </nav>
      )}
      <table className="analysis-list-table">
        <caption className="visually-hidden">
          {t('analysis.salience.heading')}
          {pages > 1 && ` (${range})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.actor')}</th>
            <th scope="col">{t('analysis.salience.power')}</th>
            <th scope="col">{t('analysis.salience.legitimacy')}</th>
            <th scope="col">{t('analysis.salience.urgency')}</th>
            <th scope="col">{t('analysis.salience.type')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const p = byActor.get(row.actorId);
            const name = nameOf(row.actorId).full;
            return (
              <tr key={row.actorId}>
                <th scope="row">{name}</th>
                <td>{row.influence ?? t('analysis.notRated')}</td>
                {(['legitimacy', 'urgency'] as const).map((field) => (
                  <td key={field}>
                    {p && (
                      <select
                        aria-label={t(`analysis.salience.${field}Of`, { actor: name })}
                        value={p[field] === null ? '' : String(p[field])}
                        onChange={(e) => save(p.id, field, e.target.value)}
                      >
                        <option value="">{t('analysis.notRated')}</option>
                        {SCORES.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                ))}
                <td>
                  {row.salience.type === 'unknown'
                    ? t('analysis.salience.unknown', { candidates: row.salience.candidates.map((c) => t(`analysis.salience.types.${c}`)).join(', ') })
                    : t(`analysis.salience.types.${row.salience.type}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="meta">{SALIENCE_TYPES.map((s) => `${t(`analysis.salience.types.${s}`)} : ${report.salience[s].length}`).join(' · ')}</p>
    </>
  );
}
