import { useTranslation } from 'react-i18next';
import { storedMid } from '../../../shared/analysis/walk-inputs';
import { MATRIX_SHOWN, type MatrixKey } from './analysis-engine';
import { cappedNames } from './CappedList';
import { InfluencePlot } from './InfluencePlot';
import { MatrixTable } from './MatrixTable';
import { MidEditor } from './MidEditor';
import type { Name, PanelProps } from './panel-props';
import { Progressive } from './Progressive';

/**
 * MACTOR: the MID editor, then what follows from it (MIDI, the influence–dependence plane, Ri*),
 * the mobilisation on each hypothesis, 2MAO and the convergences and divergences of orders 1–3.
 * Matrices come as their top-left block; their downloads ask the worker for the whole.
 */
export function MactorPanel({ analysis, nameOf, snapshot, fmt }: PanelProps) {
  const { t } = useTranslation();
  const mid = storedMid(snapshot, MATRIX_SHOWN);
  const m = analysis.mactor;
  const w = m.weighted;
  const names = m.actors.map(nameOf);
  const editorActors = mid.actors.slice(0, MATRIX_SHOWN).map((id) => ({ id, ...nameOf(id) }));
  const hypotheses = analysis.labels.hypotheses;
  const hypNames: Name[] = hypotheses.map((h, i) => ({ short: t('analysis.mactor.hypothesisShort', { n: i + 1 }), full: h.statement }));
  const matrix = (key: MatrixKey, caption: string, extra: { diagonal?: string; colNames?: Name[]; totals?: Parameters<typeof MatrixTable>[0]['totals'] } = {}) => {
    const preview = analysis.matrices[key];
    return (
      preview && (
        <MatrixTable
          caption={caption}
          matrix={preview}
          names={names}
          format={fmt}
          source={{ analysis: analysis.id, key }}
          fileName={key === 'mao2' ? '2mao.csv' : `${key}.csv`}
          {...extra}
        />
      )
    );
  };
  const agreement = (order: 1 | 2 | 3) => (
    <div className="analysis-pair">
      {matrix(`caa${order}`, t('analysis.mactor.caa', { order }), { diagonal: '—' })}
      {matrix(`daa${order}`, t('analysis.mactor.daa', { order }), { diagonal: '—' })}
    </div>
  );
  // Actors outside the MID (no influence given or received) are listed, not stacked at the origin;
  // the most influential or dependent come first, and the plane and the Ri* table keep MATRIX_SHOWN.
  const inMid = w ? m.actors.map((id, i) => ({ id, i, weight: w.influence[i]! + w.dependence[i]! })).filter((a) => a.weight > 0) : [];
  const plotted = [...inMid]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MATRIX_SHOWN)
    .sort((a, b) => a.i - b.i);
  const strongest = w ? m.actors.map((id, i) => ({ id, i })).sort((a, b) => w.rStar[b.i]! - w.rStar[a.i]! || a.i - b.i).slice(0, MATRIX_SHOWN) : [];

  const weightedParts = !w
    ? [() => <p className="empty-state">{t('analysis.mactor.needMid')}</p>]
    : [
        () => matrix('mid', t('analysis.mactor.midCaption'), { diagonal: '—' }),
        () =>
          matrix('midi', t('analysis.mactor.midiCaption'), {
            totals: { rowHeader: t('analysis.mactor.influence'), colHeader: t('analysis.mactor.dependence'), row: w.influence, col: w.dependence },
          }),
        () => (
          <>
            <h3>{t('analysis.mactor.planeHeading')}</h3>
            <InfluencePlot
              label={t('analysis.mactor.planeLabel', {
                list: plotted.map(({ i }) => t('analysis.mactor.planeItem', { name: names[i]!.full, influence: fmt(w.influence[i]!), dependence: fmt(w.dependence[i]!) })).join('; '),
              })}
              points={plotted.map(({ id, i }) => ({ key: id, ...names[i]!, influence: w.influence[i]!, dependence: w.dependence[i]! }))}
              axes={{ x: t('analysis.mactor.dependence'), y: t('analysis.mactor.influence') }}
              table={{ caption: t('analysis.mactor.planeHeading'), name: t('analysis.actor'), influence: t('analysis.mactor.influence'), dependence: t('analysis.mactor.dependence') }}
              legend={t('analysis.mactor.planeLegend')}
              format={fmt}
            />
            {inMid.length > plotted.length && <p className="meta">{t('analysis.mactor.planeTruncated', { shown: plotted.length, count: inMid.length })}</p>}
            {inMid.length < m.actors.length && (
              <p className="meta">
                {t('analysis.mactor.notInMid', {
                  names: cappedNames(
                    t,
                    m.actors.filter((_, i) => w.influence[i]! + w.dependence[i]! === 0).map((id) => nameOf(id).full),
                  ),
                })}
              </p>
            )}
          </>
        ),
        () => (
          <>
            <table className="analysis-list-table">
              <caption>{t('analysis.mactor.rStarCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.actor')}</th>
                  <th scope="col">{t('analysis.mactor.influence')}</th>
                  <th scope="col">{t('analysis.mactor.dependence')}</th>
                  <th scope="col">{t('analysis.mactor.rStar')}</th>
                </tr>
              </thead>
              <tbody>
                {strongest.map(({ id, i }) => (
                  <tr key={id}>
                    <th scope="row">{names[i]!.full}</th>
                    <td>{fmt(w.influence[i]!)}</td>
                    <td>{fmt(w.dependence[i]!)}</td>
                    <td data-testid={`rstar-${id}`}>{fmt(w.rStar[i]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {strongest.length < m.actors.length && <p className="meta">{t('analysis.mactor.rStarTruncated', { shown: strongest.length, count: m.actors.length })}</p>}
          </>
        ),
      ];

  const positionParts =
    hypotheses.length === 0
      ? [
          () => (
            <>
              <h3>{t('analysis.mactor.mobilisationHeading')}</h3>
              <p className="empty-state">{t('analysis.mactor.noHypothesis')}</p>
            </>
          ),
        ]
      : [
          () => (
            <>
              <h3>{t('analysis.mactor.mobilisationHeading')}</h3>
              <p className="meta">{t('analysis.mactor.positionsHelp', { missing: m.missingPositions })}</p>
              <table className="analysis-list-table">
                <caption>{t('analysis.mactor.mobilisationCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analysis.mactor.hypothesis')}</th>
                    <th scope="col">{t('analysis.mactor.support', { order: 2 })}</th>
                    <th scope="col">{t('analysis.mactor.opposition', { order: 2 })}</th>
                    {w && <th scope="col">{t('analysis.mactor.support', { order: 3 })}</th>}
                    {w && <th scope="col">{t('analysis.mactor.opposition', { order: 3 })}</th>}
                  </tr>
                </thead>
                <tbody>
                  {hypotheses.map((h, k) => (
                    <tr key={h.id}>
                      <th scope="row">
                        {hypNames[k]!.short} · {h.statement}
                      </th>
                      <td>{fmt(m.mobilisation2[k]!.support)}</td>
                      <td>{fmt(m.mobilisation2[k]!.opposition)}</td>
                      {w && <td>{fmt(w.mobilisation3[k]!.support)}</td>}
                      {w && <td>{fmt(w.mobilisation3[k]!.opposition)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ),
          () => matrix('mao2', t('analysis.mactor.mao2Caption'), { colNames: hypNames }),
          () => (
            <>
              <h3>{t('analysis.mactor.agreementHeading')}</h3>
              <p className="meta">{t('analysis.mactor.agreementHelp')}</p>
              {agreement(1)}
            </>
          ),
          () => agreement(2),
          ...(w ? [() => agreement(3)] : []),
        ];

  return (
    <Progressive
      className="analysis-mactor"
      parts={[
        () => (
          <>
            <h3>{t('analysis.mid.heading')}</h3>
            <p className="meta" id="analysis-mid-help">
              {t('analysis.mid.help')}
            </p>
            <p className="meta">{t('analysis.mid.scale')}</p>
            <MidEditor operationId={snapshot.operation.id} actors={editorActors} values={mid.values} version={snapshot.influences} />
            {mid.actors.length > MATRIX_SHOWN && <p className="meta">{t('analysis.mid.truncated', { shown: MATRIX_SHOWN, count: mid.actors.length })}</p>}
          </>
        ),
        ...weightedParts,
        ...positionParts,
      ]}
    />
  );
}
