import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature } from '../../app/services-context';
import type { AnalysisView } from './analysis-engine';
import { GridPanel } from './GridPanel';
import { MactorPanel } from './MactorPanel';
import { MissingPanel } from './MissingPanel';
import { NetworkPanel } from './NetworkPanel';
import type { Name } from './panel-props';
import { useGrowing } from './Progressive';
import { runAnalysis } from './run-analysis';
import '../../styles/analysis.css';

const TABS = ['network', 'mactor', 'grid', 'missing'] as const;
type Tab = (typeof TABS)[number];

/** Short name for matrix headers: the acronym, else the name cut to 12 characters. */
const shortName = (a: { name: string; acronym: string } | undefined) =>
  !a ? '?' : a.acronym || ([...a.name].length > 12 ? `${[...a.name].slice(0, 11).join('')}…` : a.name);

/**
 * The analysis of the operation (issue 6; formulas in docs/analysis/): network metrics, MACTOR with
 * its MID editor, the power–interest grid and salience, and who is missing. Computed in a worker
 * from the snapshot, again after every change; big panels render part by part (Progressive).
 */
export function AnalysisScreen() {
  const { t, i18n } = useTranslation();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  const [tab, setTab] = useState<Tab>('mactor');
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const growing = useGrowing();

  useEffect(() => {
    if (!snapshot) return;
    // A newer snapshot (each reload, each edit) gives up the analysis of this one, even mid-way.
    const abort = new AbortController();
    runAnalysis(snapshot, {}, abort.signal).then(
      (a) => {
        if (abort.signal.aborted) return;
        setAnalysis(a);
        setError(null);
      },
      (e: unknown) => !abort.signal.aborted && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => abort.abort();
  }, [snapshot]);

  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }), [i18n.language]);
  const nameOf = useMemo(() => {
    const actorById = new Map(snapshot?.actors.map((a) => [a.id, a]));
    return (id: string): Name => ({ short: shortName(actorById.get(id)), full: actorById.get(id)?.name ?? '?' });
  }, [snapshot]);

  if (!snapshot) return null;
  const fmt = (v: number) => number.format(v);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
    if (next) {
      e.preventDefault();
      setTab(next);
      tabRefs.current.get(next)?.focus();
    }
  };

  const props = analysis && { analysis, nameOf, snapshot, fmt };
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
        <div role="tabpanel" id={`analysis-panel-${tab}`} aria-labelledby={`analysis-tab-${tab}`} aria-busy={!props || growing} className="analysis-panel">
          {!props ? (
            <p className="meta" role="status">
              {t('analysis.computing')}
            </p>
          ) : tab === 'network' ? (
            <NetworkPanel key={tab} {...props} />
          ) : tab === 'mactor' ? (
            <MactorPanel key={tab} {...props} />
          ) : tab === 'grid' ? (
            <GridPanel key={tab} {...props} />
          ) : (
            <MissingPanel key={tab} {...props} />
          )}
        </div>
      </section>
    </div>
  );
}
