import { useTranslation } from 'react-i18next';
import { CappedList, cappedNames } from './CappedList';
import { collegeName, type PanelProps } from './panel-props';
import { Progressive } from './Progressive';

const TOP = 10;

/** Brokers, the most connected, communities, isolated actors and bridges between collèges. */
export function NetworkPanel({ analysis, nameOf, snapshot }: PanelProps) {
  const { t, i18n } = useTranslation();
  // Density and betweenness are fractions, small on big maps (0.003): significant digits, not decimals.
  const fraction = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 2 });
  const fmt = (v: number) => fraction.format(v);
  const net = analysis.network;
  if (net.order === 0) return <p className="empty-state">{t('analysis.network.empty')}</p>;
  const metrics = new Map(net.nodes.map((n) => [n.id, n]));
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
    <Progressive
      className="analysis-grid-2"
      parts={[
        () => (
          <>
            <p className="meta analysis-wide">{t('analysis.network.summary', { order: net.order, pairs: net.pairs, density: fmt(net.density) })}</p>
            {ranking(
              net.rankings.betweenness.filter((id) => (metrics.get(id)?.betweenness ?? 0) > 0),
              (id) => t('analysis.network.betweennessValue', { value: fmt(metrics.get(id)?.betweenness ?? 0) }),
              t('analysis.network.brokers'),
              t('analysis.network.brokersHint'),
            )}
            {ranking(
              net.rankings.degree,
              (id) => t('analysis.network.degreeValue', { count: metrics.get(id)?.degree ?? 0, in: metrics.get(id)?.inDegree ?? 0, out: metrics.get(id)?.outDegree ?? 0 }),
              t('analysis.network.degree'),
              t('analysis.network.degreeHint'),
            )}
          </>
        ),
        () => (
          <div className="analysis-card">
            <h3>{t('analysis.network.communities')}</h3>
            <p className="meta">{t('analysis.network.communitiesHint')}</p>
            <CappedList
              ordered
              items={net.communities
                .filter((c) => c.members.length > 1)
                .map((c) => t('analysis.network.community', { count: c.members.length, names: cappedNames(t, c.members.map((m) => nameOf(m).full)) }))}
            />
          </div>
        ),
        () => (
          <div className="analysis-card">
            <h3>{t('analysis.network.isolated')}</h3>
            <CappedList items={net.isolated.map((id) => nameOf(id).full)} empty={t('analysis.network.noIsolated')} />
            <h3>{t('analysis.network.bridges')}</h3>
            <p className="meta">{t('analysis.network.bridgesHint')}</p>
            <CappedList
              items={net.bridges.slice(0, TOP).map((b) =>
                t('analysis.network.bridge', {
                  source: nameOf(b.source).full,
                  target: nameOf(b.target).full,
                  from: collegeName(t, snapshot, metrics.get(b.source)?.group ?? null),
                  to: collegeName(t, snapshot, metrics.get(b.target)?.group ?? null),
                }),
              )}
              empty={t('analysis.network.noBridges')}
            />
          </div>
        ),
      ]}
    />
  );
}
