import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { MapNode } from '../../../shared/map/graph';
import { useServices } from '../../app/services-context';

/** MID levels (docs/analysis/mactor.md): 0 none, 1 operating processes, 2 projects, 3 missions, 4 existence. */
const MID_LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * MACTOR's direct influences of the selected actor, given and received, and a small editor for one
 * MID cell (the other actor: the one picked with Shift+click, or chosen in the list).
 */
export function InfluencePanel({ snapshot, nodes, selected, secondId }: { snapshot: WalkSnapshot; nodes: MapNode[]; selected: MapNode; secondId: string | null }) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const others = nodes.filter((n) => n.actorId !== selected.actorId).sort((a, b) => a.label.localeCompare(b.label));
  const nameOfActor = new Map(nodes.map((n) => [n.actorId, n.label]));
  const given = snapshot.influences.filter((i) => i.sourceActorId === selected.actorId && i.value > 0 && nameOfActor.has(i.targetActorId));
  const received = snapshot.influences.filter((i) => i.targetActorId === selected.actorId && i.value > 0 && nameOfActor.has(i.sourceActorId));
  const [direction, setDirection] = useState<'given' | 'received'>('given');
  const [otherActor, setOtherActor] = useState<string>(nodes.find((n) => n.id === secondId)?.actorId ?? others[0]?.actorId ?? '');
  const [choice, setChoice] = useState<number | null>(null);
  if (others.length === 0) return null;
  const [source, target] = direction === 'given' ? [selected.actorId, otherActor] : [otherActor, selected.actorId];
  const stored = snapshot.influences.find((i) => i.sourceActorId === source && i.targetActorId === target)?.value ?? 0;
  const value = choice ?? stored;
  const level = (v: number) => t(`map.influence.levels.${v}`);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!otherActor) return;
    void attempt(async () => {
      await client.call('influences.set', { operationId: snapshot.operation.id, sourceActorId: source, targetActorId: target, value });
      setChoice(null);
    });
  };
  return (
    <section className="map-influences" aria-labelledby="map-influences-heading">
      <h4 id="map-influences-heading">{t('map.influence.title')}</h4>
      <h4>{t('map.influence.given')}</h4>
      {given.length === 0 ? (
        <p className="meta">{t('map.influence.none')}</p>
      ) : (
        <ul aria-label={t('map.influence.given')}>
          {given.map((i) => (
            <li key={i.targetActorId}>{t('map.influence.item', { actor: nameOfActor.get(i.targetActorId), value: i.value, level: level(i.value) })}</li>
          ))}
        </ul>
      )}
      <h4>{t('map.influence.received')}</h4>
      {received.length === 0 ? (
        <p className="meta">{t('map.influence.none')}</p>
      ) : (
        <ul aria-label={t('map.influence.received')}>
          {received.map((i) => (
            <li key={i.sourceActorId}>{t('map.influence.item', { actor: nameOfActor.get(i.sourceActorId), value: i.value, level: level(i.value) })}</li>
          ))}
        </ul>
      )}
      <form onSubmit={save} aria-label={t('map.influence.title')}>
        <label className="map-field">
          <span>{t('map.influence.direction')}</span>
          <select
            value={direction}
            onChange={(e) => {
              setDirection(e.target.value as 'given' | 'received');
              setChoice(null);
            }}
          >
            <option value="given">{t('map.influence.directionGiven', { name: selected.label })}</option>
            <option value="received">{t('map.influence.directionReceived', { name: selected.label })}</option>
          </select>
        </label>
        <label className="map-field">
          <span>{t('map.influence.other')}</span>
          <select
            value={otherActor}
            onChange={(e) => {
              setOtherActor(e.target.value);
              setChoice(null);
            }}
          >
            {others.map((n) => (
              <option key={n.actorId} value={n.actorId}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <label className="map-field">
          <span>{t('map.influence.value')}</span>
          <select value={value} onChange={(e) => setChoice(Number(e.target.value))}>
            {MID_LEVELS.map((v) => (
              <option key={v} value={v}>
                {t('map.influence.option', { value: v, level: level(v) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button-primary" disabled={value === stored}>
          {t('map.influence.save')}
        </button>
      </form>
    </section>
  );
}
