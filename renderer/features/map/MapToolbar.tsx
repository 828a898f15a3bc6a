import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { colourModes, sizeMetrics, type ColourMode, type SizeMetric } from '../../../shared/map/decorations';
import { mapViews } from '../../../shared/map/graph';
import { layoutIds, type LayoutId } from '../../../shared/map/layouts';
import type { MapViewState } from './use-map-view-state';

interface Props {
  state: MapViewState;
  layout: LayoutId;
  /** The layouts offered (the ecosystem has no saved, manual one). */
  layouts?: readonly LayoutId[];
  chooseLayout: (id: LayoutId) => void;
  /** A layout is being tried (not saved yet). */
  previewing: boolean;
  onKeepLayout: () => void;
  /** ForceAtlas2's progress 0..1 while it runs. */
  progress: number | null;
  query: string;
  setQuery: (q: string) => void;
  matchCount: number;
  onSearch: (e: FormEvent) => void;
  metricsPending: boolean;
  metricsFailed: boolean;
  /** How each size metric is named here (the ecosystem sizes by number of operations, not influence). */
  sizeLabel?: (m: SizeMetric) => string;
  /** What only this map offers (add an actor, export...), after the view controls. */
  children?: ReactNode;
}

/** The map's toolbar: network view, layout, search, decorations, filters and legend toggles. */
export function MapToolbar({ state, layout, layouts = layoutIds, chooseLayout, previewing, onKeepLayout, progress, query, setQuery, matchCount, onSearch, metricsPending, metricsFailed, sizeLabel, children }: Props) {
  const { t } = useTranslation();
  const { settings, patch } = state;
  const { view, sizeBy, colourBy, showFilters, legend } = settings;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.canvasLabel')}>
      <div className="map-segmented" role="radiogroup" aria-label={t('map.views.label')}>
        {mapViews.map((v) => (
          <button key={v} type="button" role="radio" aria-checked={view === v} className={view === v ? 'is-on' : ''} onClick={() => patch({ view: v })}>
            {t(`map.views.${v}`)}
          </button>
        ))}
      </div>
      <label className="map-field">
        <span>{t('map.layouts.label')}</span>
        <select value={layout} onChange={(e) => chooseLayout(e.target.value as LayoutId)}>
          {layouts.map((l) => (
            <option key={l} value={l}>
              {t(`map.layouts.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {previewing && (
        <>
          <button type="button" className="button-primary" onClick={onKeepLayout}>
            {t('map.keepLayout')}
          </button>
          <button type="button" className="button-quiet" onClick={() => chooseLayout('manual')}>
            {t('map.backToManual')}
          </button>
        </>
      )}
      {progress !== null && (
        <span className="map-progress" role="status">
          <progress max={1} value={progress} aria-label={t('map.computing', { percent: Math.round(progress * 100) })} />
          {t('map.computing', { percent: Math.round(progress * 100) })}
          <button type="button" className="button-quiet" onClick={() => chooseLayout('manual')}>
            {t('map.cancel')}
          </button>
        </span>
      )}
      <form className="map-search" role="search" onSubmit={onSearch}>
        <label className="map-field">
          <span className="visually-hidden">{t('map.search.label')}</span>
          <input type="search" value={query} placeholder={t('map.search.placeholder')} aria-label={t('map.search.label')} onChange={(e) => setQuery(e.target.value)} list="map-search-list" />
        </label>
        <button type="submit" className="button-quiet" disabled={matchCount === 0}>
          {t('map.search.go')}
        </button>
        {query.trim() !== '' && matchCount === 0 && <span className="meta">{t('map.search.none')}</span>}
      </form>
      <label className="map-field">
        <span>{t('map.sizeBy.label')}</span>
        <select value={sizeBy} onChange={(e) => patch({ sizeBy: e.target.value as SizeMetric })}>
          {sizeMetrics.map((m) => (
            <option key={m} value={m}>
              {sizeLabel ? sizeLabel(m) : t(`map.sizeBy.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-field">
        <span>{t('map.colourBy.label')}</span>
        <select value={colourBy} onChange={(e) => patch({ colourBy: e.target.value as ColourMode })}>
          {colourModes.map((m) => (
            <option key={m} value={m}>
              {t(`map.colourBy.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {metricsPending && (
        <span className="meta map-metrics-status" role="status">
          {t('map.metrics.computing')}
        </span>
      )}
      {metricsFailed && (
        <span className="meta map-metrics-status" role="status">
          {t('map.metrics.failed')}
        </span>
      )}
      <button type="button" className="button-quiet" aria-expanded={showFilters} onClick={() => patch((s) => ({ showFilters: !s.showFilters }))}>
        {t('map.filters.show')}
      </button>
      <button type="button" className="button-quiet" aria-pressed={legend} onClick={() => patch((s) => ({ legend: !s.legend }))}>
        {legend ? t('map.legend.hide') : t('map.legend.show')}
      </button>
      {children}
    </div>
  );
}
