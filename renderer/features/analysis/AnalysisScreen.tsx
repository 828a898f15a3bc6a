import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkAnalysis } from '../../../shared/analysis/analyze';
import type { Agreement } from '../../../shared/analysis/mactor';
import { SALIENCE_TYPES } from '../../../shared/analysis/stakeholders';
import { stakeholders } from '../../../shared/analysis/walk-inputs';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useFeature, useServices } from '../../app/services-context';
import { InfluencePlot } from './InfluencePlot';
import { analysisOptions, midOf } from './inputs';
import { MATRIX_SHOWN, MatrixTable } from './MatrixTable';
import { MidEditor } from './MidEditor';
import { runAnalysis } from './run-analysis';
import '../../styles/analysis.css';

const TABS = ['network', 'mactor', 'grid', 'missing'] as const;
type Tab = (typeof TABS)[number];
type Name = { short: string; full: string };

/** Short name for matrix headers: the acronym, else the name cut to 12 characters. */
const shortName = (a: { name: string; acronym: string } | undefined) =>
  !a ? '?' : a.acronym || ([...a.name].length > 12 ? `${[...a.name].slice(0, 11).join('')}…` : a.name);

/**
 * The analysis of the operation (issue 6; formulas in docs/analysis/): network metrics, MACTOR with
 * its MID editor, the power–interest grid and salience, and who is missing. Computed in a worker
 * from the snapshot; recomputed after every change.
 */
export function AnalysisScreen() {
  const { t, i18n } = useTranslation();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  const [tab, setTab] = useState<Tab>('mactor');
  const [analysis, setAnalysis] = useState<WalkAnalysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    runAnalysis(snapshot, analysisOptions(snapshot)).then(
      (a) => {
        if (live) {
          setAnalysis(a);
          setError(null);
        }
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [snapshot]);

  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }), [i18n.language]);
  const fmt = (v: number) => number.format(v);

  if (!snapshot) return null;
  const actorById = new Map(snapshot.actors.map((a) => [a.id, a]));
  const nameOf = (id: string): Name => ({ short: shortName(actorById.get(id)), full: actorById.get(id)?.name ?? '?' });

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (next) {
      e.preventDefault();
      setTab(next);
      tabRefs.current.get(next)?.focus();
    }
  };

  return (
    <div className="analysis-screen">
      <section className="screen-section" aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">{t('analysis.heading')}</h2>
        <p className="meta">{t('analysis.intro')}</p>
        <div role="tablist" aria-label={t('analysis.heading')} className="analysis-tabs">
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabRefs.current.set(id, el);
              }}
              type="button"
              role="tab"
              id={`analysis-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`analysis-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              className="analysis-tab"
              onClick={() => setTab(id)}
              onKeyDown={onTabKey}
            >
              {t(`analysis.tabs.${id}`)}
            </button>
          ))}
        </div>
        {error && (
          <p role="alert" className="missing">
            {t('analysis.failed', { message: error })}
          </p>
        )}
        <div role="tabpanel" id={`analysis-panel-${tab}`} aria-labelledby={`analysis-tab-${tab}`} className="analysis-panel">
          {!analysis ? (
            <p className="meta" role="status">
              {t('analysis.computing')}
            </p>
          ) : tab === 'network' ? (
            <NetworkPanel analysis={analysis} nameOf={nameOf} snapshot={snapshot} fmt={fmt} />
          ) : tab === 'mactor' ? (
            <MactorPanel analysis={analysis} nameOf={nameOf} snapshot={snapshot} fmt={fmt} />
          ) : tab === 'grid' ? (
            <GridPanel analysis={analysis} nameOf={nameOf} snapshot={snapshot} />
          ) : (
            <MissingPanel analysis={analysis} nameOf={nameOf} snapshot={snapshot} />
          )}
        </div>
      </section>
    </div>
  );
}

interface PanelProps {
  analysis: WalkAnalysis;
  nameOf: (id: string) => Name;
  snapshot: WalkSnapshot;
  fmt?: (v: number) => string;
}

function collegeName(t: (k: string, o?: Record<string, unknown>) => string, snapshot: WalkSnapshot, id: string | null): string {
  if (id === null) return t('analysis.noCollege');
  const c = snapshot.colleges.find((x) => x.id === id);
  if (!c) return '?';
  return c.key ? t(`stakeholders.colleges.${c.key}`, { defaultValue: c.label || c.key }) : c.label;
}

const TOP = 10;

function NetworkPanel({ analysis, nameOf, snapshot, fmt = String }: PanelProps) {
  const { t } = useTranslation();
  const net = analysis.network;
  const metrics = new Map(net.nodes.map((n) => [n.id, n]));
  if (net.order === 0) return <p className="empty-state">{t('analysis.network.empty')}</p>;
  const ranking = (ids: string[], value: (id: string) => string, heading: string, hint: string) => (
    <div className="analysis-card">
      <h3>{heading}</h3>
      <p className="meta">{hint}</p>
      <ol className="analysis-ranking">
        {ids.slice(0, TOP).map((id) => (
          <li key={id}>
            <span>{nameOf(id).full}</span> <span className="meta">{value(id)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <div className="analysis-grid-2">
      <p className="meta analysis-wide">
        {t('analysis.network.summary', { order: net.order, pairs: net.pairs, density: fmt(net.density) })}
      </p>
      {ranking(
        net.rankings.betweenness.filter((id) => (metrics.get(id)?.betweenness ?? 0) > 0),
        (id) => t('analysis.network.betweennessValue', { value: fmt(metrics.get(id)?.betweenness ?? 0) }),
        t('analysis.network.brokers'),
        t('analysis.network.brokersHint'),
      )}
      {ranking(
        net.rankings.degree,
        (id) => t('analysis.network.degreeValue', { degree: metrics.get(id)?.degree ?? 0, in: metrics.get(id)?.inDegree ?? 0, out: metrics.get(id)?.outDegree ?? 0 }),
        t('analysis.network.degree'),
        t('analysis.network.degreeHint'),
      )}
      <div className="analysis-card">
        <h3>{t('analysis.network.communities')}</h3>
        <p className="meta">{t('analysis.network.communitiesHint')}</p>
        <ol className="analysis-ranking">
          {net.communities
            .filter((c) => c.members.length > 1)
            .map((c, i) => (
              <li key={i}>
                {t('analysis.network.community', { count: c.members.length, names: c.members.map((m) => nameOf(m).full).join(', ') })}
              </li>
            ))}
        </ol>
      </div>
      <div className="analysis-card">
        <h3>{t('analysis.network.isolated')}</h3>
        {net.isolated.length === 0 ? (
          <p className="meta">{t('analysis.network.noIsolated')}</p>
        ) : (
          <ul>
            {net.isolated.map((id) => (
              <li key={id}>{nameOf(id).full}</li>
            ))}
          </ul>
        )}
        <h3>{t('analysis.network.bridges')}</h3>
        <p className="meta">{t('analysis.network.bridgesHint')}</p>
        {net.bridges.length === 0 ? (
          <p className="meta">{t('analysis.network.noBridges')}</p>
        ) : (
          <ul>
            {net.bridges.slice(0, TOP).map((b) => (
              <li key={b.id}>
                {t('analysis.network.bridge', {
                  source: nameOf(b.source).full,
                  target: nameOf(b.target).full,
                  from: collegeName(t, snapshot, metrics.get(b.source)?.group ?? null),
                  to: collegeName(t, snapshot, metrics.get(b.target)?.group ?? null),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function MactorPanel({ analysis, nameOf, snapshot, fmt = String }: PanelProps) {
  const { t } = useTranslation();
  const mid = midOf(snapshot);
  const m = analysis.mactor;
  const names = m.actors.map(nameOf);
  const editorActors = mid.actors.map((id) => ({ id, ...nameOf(id) }));
  const hypotheses = analysis.labels.hypotheses;
  const hypNames: Name[] = hypotheses.map((h, i) => ({ short: t('analysis.mactor.hypothesisShort', { n: i + 1 }), full: h.statement }));
  const w = m.weighted;
  const agreement = (order: 1 | 2 | 3, a: Agreement) => (
    <div key={order} className="analysis-pair">
      <MatrixTable caption={t('analysis.mactor.caa', { order })} names={names} values={a.caa} diagonal="—" format={fmt} fileName={`caa${order}.csv`} />
      <MatrixTable caption={t('analysis.mactor.daa', { order })} names={names} values={a.daa} diagonal="—" format={fmt} fileName={`daa${order}.csv`} />
    </div>
  );
  return (
    <div className="analysis-mactor">
      <h3>{t('analysis.mid.heading')}</h3>
      <p className="meta" id="analysis-mid-help">
        {t('analysis.mid.help')}
      </p>
      <p className="meta">{t('analysis.mid.scale')}</p>
      <MidEditor
        operationId={snapshot.operation.id}
        actors={editorActors.slice(0, MATRIX_SHOWN)}
        values={mid.values.slice(0, MATRIX_SHOWN).map((row) => row.slice(0, MATRIX_SHOWN))}
        version={snapshot.influences}
      />
      {editorActors.length > MATRIX_SHOWN && <p className="meta">{t('analysis.mid.truncated', { shown: MATRIX_SHOWN, count: editorActors.length })}</p>}
      {!w ? (
        <p className="empty-state">{t('analysis.mactor.needMid')}</p>
      ) : (
        <>
          <MatrixTable caption={t('analysis.mactor.midCaption')} names={names} values={w.mid} diagonal="—" format={fmt} fileName="mid.csv" />
          <MatrixTable
            caption={t('analysis.mactor.midiCaption')}
            names={names}
            values={w.midi}
            format={fmt}
            fileName="midi.csv"
            totals={{ rowHeader: t('analysis.mactor.influence'), colHeader: t('analysis.mactor.dependence'), row: w.influence, col: w.dependence }}
          />
          <h3>{t('analysis.mactor.planeHeading')}</h3>
          <InfluencePlot
            label={t('analysis.mactor.planeLabel', {
              list: m.actors.map((id, i) => t('analysis.mactor.planeItem', { name: names[i]!.full, influence: fmt(w.influence[i]!), dependence: fmt(w.dependence[i]!) })).join('; '),
            })}
            points={m.actors
              .map((id, i) => ({ key: id, ...names[i]!, influence: w.influence[i]!, dependence: w.dependence[i]! }))
              .filter((p) => p.influence + p.dependence > 0)}
            axes={{ x: t('analysis.mactor.dependence'), y: t('analysis.mactor.influence') }}
            table={{ caption: t('analysis.mactor.planeHeading'), name: t('analysis.actor'), influence: t('analysis.mactor.influence'), dependence: t('analysis.mactor.dependence') }}
            format={fmt}
          />
          {w.influence.some((v, i) => v + w.dependence[i]! === 0) && (
            <p className="meta">
              {t('analysis.mactor.notInMid', {
                names: m.actors.filter((_, i) => w.influence[i]! + w.dependence[i]! === 0).map((id) => nameOf(id).full).join(', '),
              })}
            </p>
          )}
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
              {m.actors.map((id, i) => (
                <tr key={id}>
                  <th scope="row">{names[i]!.full}</th>
                  <td>{fmt(w.influence[i]!)}</td>
                  <td>{fmt(w.dependence[i]!)}</td>
                  <td data-testid={`rstar-${id}`}>{fmt(w.rStar[i]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('analysis.mactor.mobilisationHeading')}</h3>
      {hypotheses.length === 0 ? (
        <p className="empty-state">{t('analysis.mactor.noHypothesis')}</p>
      ) : (
        <>
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
          <MatrixTable caption={t('analysis.mactor.mao2Caption')} names={names} colNames={hypNames} values={m.mao2} format={fmt} fileName="2mao.csv" />
          <h3>{t('analysis.mactor.agreementHeading')}</h3>
          <p className="meta">{t('analysis.mactor.agreementHelp')}</p>
          {agreement(1, m.order1)}
          {agreement(2, m.order2)}
          {w && agreement(3, w.order3)}
        </>
      )}
    </div>
  );
}

const SCORES = [1, 2, 3, 4, 5];

function GridPanel({ analysis, nameOf, snapshot }: PanelProps) {
  const { t } = useTranslation();
  const { walk, attempt } = useServices();
  const report = analysis.stakeholders;
  const byActor = new Map(stakeholders(snapshot).map((p) => [p.actorId, p]));
  if (report.rows.length === 0) return <p className="empty-state">{t('analysis.grid.empty')}</p>;
  const save = (participationId: string, field: 'legitimacy' | 'urgency', raw: string) =>
    void attempt(() => walk.getState().update('participations', participationId, { [field]: raw === '' ? null : Number(raw) }));
  return (
    <div>
      <h3>{t('analysis.grid.heading')}</h3>
      <p className="meta">{t('analysis.grid.help', { high: report.high })}</p>
      <div className="analysis-quadrants">
        {(['keep_satisfied', 'manage_closely', 'monitor', 'keep_informed'] as const).map((q) => (
          <section key={q} className={`analysis-quadrant analysis-quadrant-${q}`} aria-labelledby={`quadrant-${q}`}>
            <h4 id={`quadrant-${q}`}>{t(`analysis.grid.quadrants.${q}`)}</h4>
            <p className="meta">{t(`analysis.grid.quadrantHints.${q}`)}</p>
            <ul>
              {report.quadrants[q].map((id) => (
                <li key={id}>{nameOf(id).full}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {report.quadrants.unknown.length > 0 && (
        <p className="missing">{t('analysis.grid.unknown', { names: report.quadrants.unknown.map((id) => nameOf(id).full).join(', ') })}</p>
      )}
      <h3>{t('analysis.salience.heading')}</h3>
      <p className="meta">{t('analysis.salience.help', { high: report.high })}</p>
      <table className="analysis-list-table">
        <caption className="visually-hidden">{t('analysis.salience.heading')}</caption>
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
          {report.rows.map((row) => {
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
    </div>
  );
}

function MissingPanel({ analysis, nameOf, snapshot }: PanelProps) {
  const { t } = useTranslation();
  const m = analysis.missing;
  const statement = (id: string) => analysis.labels.hypotheses.find((h) => h.id === id)?.statement ?? '?';
  const title = (id: string) => analysis.labels.actions.find((a) => a.id === id)?.title ?? '?';
  const block = (key: string, items: string[]) => (
    <div className="analysis-card" key={key}>
      <h3>{t(`analysis.missing.${key}`)}</h3>
      {items.length === 0 ? (
        <p className="meta">{t('analysis.missing.none')}</p>
      ) : (
        <ul>
          {items.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <div className="analysis-grid-2">
      {block('emptyColleges', m.emptyColleges.map((c) => collegeName(t, snapshot, c.collegeId)))}
      {block('withoutCollege', m.withoutCollege.map((id) => nameOf(id).full))}
      {block('hypothesesWithoutSupport', m.hypothesesWithoutSupport.map(statement))}
      {block(
        'hypothesesMostlyOpposed',
        m.hypothesesMostlyOpposed.map((h) => t('analysis.missing.balance', { statement: statement(h.hypothesisId), supporters: h.supporters, opponents: h.opponents })),
      )}
      {block('actionsWithoutLead', m.actionsWithoutLead.map(title))}
      {block(
        'influentialWithoutRelation',
        m.influentialWithoutRelation.map((a) =>
          t(a.planned ? 'analysis.missing.influentialPlanned' : 'analysis.missing.influential', { actor: nameOf(a.actorId).full, influence: a.influence }),
        ),
      )}
    </div>
  );
}
