import { useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../../shared/map/ecosystem-data';

/** The ecosystem's filter per operation: tick the operations whose actors and relations are shown. */
export function EcosystemOperations({ operations, shown, setShown }: { operations: Ecosystem['operations']; shown: string[] | null; setShown: (ids: string[] | null) => void }) {
  const { t } = useTranslation();
  const all = operations.map((o) => o.id);
  const ticked = shown ?? all;
  const toggle = (id: string) => {
    const next = ticked.includes(id) ? ticked.filter((x) => x !== id) : all.filter((x) => x === id || ticked.includes(x));
    setShown(next.length === all.length ? null : next);
  };
  return (
    <fieldset>
      <legend>{t('ecosystem.operations')}</legend>
      {operations.map((o) => (
        <label key={o.id} className="map-check">
          <input type="checkbox" checked={ticked.includes(o.id)} onChange={() => toggle(o.id)} />
          {o.title}
        </label>
      ))}
      <button type="button" className="button-quiet" onClick={() => setShown(shown === null ? [] : null)}>
        {shown === null ? t('ecosystem.noneOperations') : t('ecosystem.allOperations')}
      </button>
    </fieldset>
  );
}
