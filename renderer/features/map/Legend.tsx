import { useTranslation } from 'react-i18next';
import { RelationStatus } from '../../../shared/domain/walk/enums';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { SizeMetric } from '../../../shared/map/decorations';
import { collegeColour, collegeShape, communityColour, kindColour, shapePath } from './map-style';
import type { MapNames } from './use-map-names';

/** What the map's shapes, colours, sizes and lines mean (collèges, communities, kinds, statuses). */
export function Legend({
  snapshot,
  collegeName,
  kindName,
  sizeBy,
  communities,
}: {
  snapshot: WalkSnapshot;
  collegeName: MapNames['collegeName'];
  kindName: MapNames['kindName'];
  sizeBy: SizeMetric;
  /** Sizes of the Louvain communities when colouring by community; null when colouring by collège. */
  communities: number[] | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="map-legend panel" role="region" aria-label={t('map.legend.title')}>
      <h3>{t('map.legend.title')}</h3>
      <h4>{communities ? t('map.legend.collegeShapes') : t('map.legend.colleges')}</h4>
      <ul>
        {[...snapshot.colleges.map((c, i) => ({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })), { collegeKey: null, collegeLabel: '', collegeIndex: -1 }].map((c) => (
          <li key={c.collegeIndex}>
            <svg width="16" height="16" aria-hidden="true">
              <path
                d={shapePath(collegeShape(c.collegeIndex), 16)}
                fill={communities ? undefined : collegeColour(c.collegeIndex)}
                className={communities ? 'map-legend-neutral' : 'map-legend-shape'}
              />
            </svg>
            {collegeName(c)}
          </li>
        ))}
      </ul>
      {communities && (
        <>
          <h4>{t('map.legend.communities')}</h4>
          <ul>
            {communities.map((count, i) => (
              <li key={i}>
                <svg width="16" height="16" aria-hidden="true">
                  <rect x="1" y="1" width="14" height="14" rx="3" fill={communityColour(i)} className="map-legend-swatch" />
                </svg>
                {t('map.legend.community', { label: t('map.community.short', { number: i + 1 }), number: i + 1, count })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p data-testid="map-legend-size">{t(`map.legend.sizeBy.${sizeBy}`)}</p>
      <p>{t('map.legend.stance')}</p>
      <h4>{t('map.legend.kinds')}</h4>
      <ul>
        {snapshot.relationKinds.map((k, i) => (
          <li key={k.id}>
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" style={{ stroke: kindColour(i) }} strokeWidth="3" />
            </svg>
            {kindName(k)}
          </li>
        ))}
      </ul>
      <h4>{t('map.legend.statuses')}</h4>
      <ul>
        {RelationStatus.options.map((s) => (
          <li key={s}>
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" className="map-legend-line" strokeWidth="2.5" strokeDasharray={s === 'to_create' ? '5 3' : undefined} />
            </svg>
            {s === 'to_strengthen' && <span className="map-edge-mark is-strengthen legend">↑</span>}
            {s === 'to_weaken' && <span className="map-edge-mark is-weaken legend">↓</span>}
            {t(`map.statuses.${s}`)}
          </li>
        ))}
      </ul>
      <p>{t('map.legend.arrow')}</p>
    </div>
  );
}
