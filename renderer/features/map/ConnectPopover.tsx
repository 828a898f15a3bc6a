import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import type { MapNames } from './use-map-names';

/** Two actors to link (participation ids); without a target yet (connecting with the keyboard), it is picked here. */
export interface PendingLink {
  source: string;
  target: string | null;
}

/**
 * The relation kind (and, from the keyboard, the other actor) asked for after connecting two
 * actors on the map; the relation is created on submit, Esc or "Annuler" leave nothing.
 */
export function ConnectPopover({
  snapshot,
  link,
  nameOf,
  kindName,
  onClose,
}: {
  snapshot: WalkSnapshot;
  link: PendingLink;
  nameOf: Map<string, string>;
  kindName: MapNames['kindName'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { walk, attempt } = useServices();
  const [kindId, setKindId] = useState<string>(snapshot.relationKinds.find((k) => k.id === DEFAULT_RELATION_KINDS.cooperation)?.id ?? snapshot.relationKinds[0]?.id ?? '');
  const candidates = [...nameOf].filter(([id]) => id !== link.source).sort((a, b) => a[1].localeCompare(b[1]));
  const [target, setTarget] = useState<string>(link.target ?? candidates[0]?.[0] ?? '');
  const actorOf = (participationId: string) => snapshot.participations.find((p) => p.id === participationId)?.actorId;
  const title = t('map.connect.title', { source: nameOf.get(link.source), target: nameOf.get(target) ?? '…' });
  const create = (e: FormEvent) => {
    e.preventDefault();
    const sourceActorId = actorOf(link.source);
    const targetActorId = actorOf(target);
    if (!sourceActorId || !targetActorId) return onClose();
    void attempt(async () => {
      await walk.getState().create('relations', { operationId: snapshot.operation.id, sourceActorId, targetActorId, kindId: kindId || null });
      onClose();
    });
  };
  return (
    <form className="map-connect panel" onSubmit={create} onKeyDown={(e) => e.key === 'Escape' && onClose()} aria-label={title}>
      <strong>{title}</strong>
      {link.target === null && (
        <label className="map-field">
          <span>{t('mapTools.connect.target')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} autoFocus>
            {candidates.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="map-field">
        <span>{t('map.connect.kind')}</span>
        <select value={kindId} onChange={(e) => setKindId(e.target.value)} autoFocus={link.target !== null}>
          {snapshot.relationKinds.map((k) => (
            <option key={k.id} value={k.id}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-primary" disabled={!target}>
        {t('map.connect.create')}
      </button>
      <button type="button" className="button-quiet" onClick={onClose}>
        {t('map.connect.cancel')}
      </button>
    </form>
  );
}
