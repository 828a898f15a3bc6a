import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Engagement, RelationStatus } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { hypothesisSides, noFilters, type HypothesisSide, type MapFilters } from '../../../shared/map/filters';
import type { MapNames } from './use-map-names';

/** The map's filters: collèges, relation kinds and statuses, engagement, position on a hypothesis. */
export function FiltersPanel({
  lists,
  filters,
  setFilters,
  collegeName,
  kindName,
  children,
}: {
  /** The ecosystem has no hypotheses: the filter on them is left out. */
  lists: Pick<WalkSnapshot, 'colleges' | 'relationKinds' | 'hypotheses'>;
  filters: MapFilters;
  setFilters: (f: MapFilters) => void;
  collegeName: MapNames['collegeName'];
  kindName: MapNames['kindName'];
  /** Filters only this map has (the ecosystem's operations), first. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  /** Toggles one value of a list filter; an empty list or a full one means "no filter". */
  function toggle<K extends 'colleges' | 'kinds' | 'statuses' | 'engagements'>(key: K, all: string[], value: string) {
    const current = (filters[key] as string[] | null) ?? all;
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ ...filters, [key]: next.length === all.length ? null : next });
  }
  const box = <K extends 'colleges' | 'kinds' | 'statuses' | 'engagements'>(key: K, all: string[], value: string, label: string) => (
    <label key={value} className="map-check">
      <input type="checkbox" checked={filters[key] === null || (filters[key] as string[]).includes(value)} onChange={() => toggle(key, all, value)} />
      {label}
    </label>
  );
  const collegeIds = [...lists.colleges.map((c) => c.id), ''];
  const kindIds = [...lists.relationKinds.map((k) => k.id), ''];
  const sides = filters.hypothesis?.sides ?? [...hypothesisSides];
  return (
    <div className="map-filters panel" role="region" aria-label={t('map.filters.title')}>
      {children}
      <fieldset>
        <legend>{t('map.filters.colleges')}</legend>
        {lists.colleges.map((c, i) => box('colleges', collegeIds, c.id, collegeName({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })))}
        {box('colleges', collegeIds, '', t('map.legend.noCollege'))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.kinds')}</legend>
        {lists.relationKinds.map((k) => box('kinds', kindIds, k.id, kindName(k)))}
        {box('kinds', kindIds, '', t('map.filters.noKind'))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.statuses')}</legend>
        {RelationStatus.options.map((s) => box('statuses', [...RelationStatus.options], s, t(`map.statuses.${s}`)))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.engagement')}</legend>
        {Engagement.options.map((s) => box('engagements', [...Engagement.options], s, t(`map.engagement.${s}`)))}
      </fieldset>
      {lists.hypotheses.length > 0 && (
      <fieldset>
        <legend>{t('map.filters.hypothesis')}</legend>
        <select
          aria-label={t('map.filters.hypothesis')}
          value={filters.hypothesis?.id ?? ''}
          onChange={(e) => setFilters({ ...filters, hypothesis: e.target.value ? { id: e.target.value, sides } : null })}
        >
          <option value="">{t('map.filters.anyHypothesis')}</option>
          {lists.hypotheses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.statement}
            </option>
          ))}
        </select>
        {filters.hypothesis &&
          hypothesisSides.map((s: HypothesisSide) => (
            <label key={s} className="map-check">
              <input
                type="checkbox"
                checked={sides.includes(s)}
                onChange={() =>
                  setFilters({ ...filters, hypothesis: { id: filters.hypothesis!.id, sides: sides.includes(s) ? sides.filter((x) => x !== s) : [...sides, s] } })
                }
              />
              {t(`map.filters.sides.${s}`)}
            </label>
          ))}
      </fieldset>
      )}
      <button type="button" className="button-quiet" onClick={() => setFilters(noFilters)}>
        {t('map.filters.reset')}
      </button>
    </div>
  );
}
