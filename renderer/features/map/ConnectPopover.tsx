import type { Connection } from '@xyflow/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import type { MapNames } from './use-map-names';

/** The relation kind asked for after two actors were connected on the map; the relation is created on submit. */
export function ConnectPopover({
  snapshot,
  connection,
  nameOf,
  kindName,
  onClose,
}: {
  snapshot: WalkSnapshot;
  connection: Connection;
  nameOf: Map<string, string>;
  kindName: MapNames['kindName'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { walk, attempt } = useServices();
  const [kindId, setKindId] = useState<string>(snapshot.relationKinds.find((k) => k.id === DEFAULT_RELATION_KINDS.cooperation)?.id ?? snapshot.relationKinds[0]?.id ?? '');
  const actorOf = (participationId: string) => snapshot.participations.find((p) => p.id === participationId)?.actorId;
  const create = (e: FormEvent) => {
    e.preventDefault();
    const sourceActorId = actorOf(connection.source);
    const targetActorId = actorOf(connection.target);
    if (!sourceActorId || !targetActorId) return onClose();
    void attempt(async () => {
      await walk.getState().create('relations', { operationId: snapshot.operation.id, sourceActorId, targetActorId, kindId: kindId || null });
      onClose();
    });
  };
  return (
    <form className="map-connect panel" onSubmit={create} onKeyDown={(e) => e.key === 'Escape' && onClose()} aria-label={t('map.connect.title', { source: nameOf.get(connection.source), target: nameOf.get(connection.target) })}>
      <strong>{t('map.connect.title', { source: nameOf.get(connection.source), target: nameOf.get(connection.target) })}</strong>
      <label className="map-field">
        <span>{t('map.connect.kind')}</span>
        <select value={kindId} onChange={(e) => setKindId(e.target.value)} autoFocus>
          {snapshot.relationKinds.map((k) => (
            <option key={k.id} value={k.id}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-primary">
        {t('map.connect.create')}
      </button>
      <button type="button" className="button-quiet" onClick={onClose}>
        {t('map.connect.cancel')}
      </button>
    </form>
  );
}
