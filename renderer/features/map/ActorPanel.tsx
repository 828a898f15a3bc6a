import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/map/graph';
import type { MapNames } from './use-map-names';

/**
 * The selected actor's side panel: what the map knows of it (editable when `fields` is given: the
 * operation map; read-only in the ecosystem view), and what can be done from here (`children`).
 */
export function ActorPanel({
  node,
  collegeName,
  onClose,
  fields,
  children,
}: {
  node: MapNode;
  collegeName: MapNames['collegeName'];
  onClose: () => void;
  fields?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <aside className="map-panel panel" aria-label={node.label}>
      <div className="map-panel-head">
        <h3>{node.label}</h3>
        <button type="button" className="button-icon" aria-label={t('map.panel.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {node.illustrative && (
        <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
          {t('walk.illustrative')}
        </span>
      )}
      {fields ?? (
        <dl className="map-panel-facts">
          <dt>{t('map.panel.college')}</dt>
          <dd>{collegeName(node)}</dd>
          <dt>{t('map.panel.influence')}</dt>
          <dd>{node.influence === null ? t('map.panel.unknown') : t('map.panel.score', { value: node.influence })}</dd>
          <dt>{t('map.panel.interest')}</dt>
          <dd>{node.interest === null ? t('map.panel.unknown') : t('map.panel.score', { value: node.interest })}</dd>
          <dt>{t('map.panel.stance')}</dt>
          <dd>{node.stanceMark === null ? t('map.panel.unknown') : `${node.stance! > 0 ? '+' : ''}${node.stance} (${t(`map.stance.${node.stanceMark}`)})`}</dd>
          <dt>{t('map.panel.engagement')}</dt>
          <dd>{t(`map.engagement.${node.engagement}`)}</dd>
        </dl>
      )}
      {children}
    </aside>
  );
}
