import { useTranslation } from 'react-i18next';
import { focusDepths } from '../../../shared/map/neighbourhood';
import type { MapViewSettings } from '../../../shared/map/view-settings';

type Focus = MapViewSettings['focus'];

/** In the side panel: focus the map on the selected actor's neighbourhood, one or two steps away. */
export function FocusControl({ nodeId, focus, setFocus }: { nodeId: string; focus: Focus; setFocus: (f: Focus) => void }) {
  const { t } = useTranslation();
  const on = focus?.id === nodeId ? focus : null;
  return (
    <fieldset className="map-focus-control">
      <legend>{t('mapTools.focus.title')}</legend>
      <div className="map-segmented" role="radiogroup" aria-label={t('mapTools.focus.title')}>
        <button type="button" role="radio" aria-checked={on === null} className={on === null ? 'is-on' : ''} onClick={() => setFocus(null)}>
          {t('mapTools.focus.none')}
        </button>
        {focusDepths.map((depth) => (
          <button
            key={depth}
            type="button"
            role="radio"
            aria-checked={on?.depth === depth}
            className={on?.depth === depth ? 'is-on' : ''}
            onClick={() => setFocus({ id: nodeId, depth, hide: focus?.hide ?? false })}
          >
            {t('mapTools.focus.steps', { count: depth })}
          </button>
        ))}
      </div>
      <label className="map-check">
        <input type="checkbox" checked={focus?.hide ?? false} disabled={on === null} onChange={(e) => on && setFocus({ ...on, hide: e.target.checked })} />
        {t('mapTools.focus.hide')}
      </label>
    </fieldset>
  );
}

/** Above the map while a focus is on: whose neighbourhood, and the way out (also Esc on the map). */
export function FocusBanner({ name, focus, onExit }: { name: string; focus: NonNullable<Focus>; onExit: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="map-focus-banner" role="status">
      <span>{t('mapTools.focus.banner', { name, count: focus.depth })}</span>
      <button type="button" className="button-quiet" onClick={onExit}>
        {t('mapTools.focus.exit')}
      </button>
    </p>
  );
}
