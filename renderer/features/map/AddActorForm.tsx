import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import type { Point } from '../../../shared/map/layouts';
import { useServices } from '../../app/services-context';
import type { MapNames } from './use-map-names';

/**
 * Adds an actor to the operation from the map, at `at` (the viewport's centre, or where the map
 * was double-clicked): a new one (name, collège) or one of the workspace's actors not yet in it.
 */
export function AddActorForm({ snapshot, at, collegeName, onDone }: { snapshot: WalkSnapshot; at: Point; collegeName: MapNames['collegeName']; onDone: (participationId: string | null) => void }) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const present = new Set(snapshot.participations.map((p) => p.actorId));
  const others = snapshot.actors.filter((a) => !present.has(a.id));
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [name, setName] = useState('');
  const [actorId, setActorId] = useState(others[0]?.id ?? '');
  const [collegeId, setCollegeId] = useState(snapshot.colleges[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const actor = mode === 'new' ? { name: name.trim(), acronym: '' } : { id: actorId };
    if (mode === 'new' ? !name.trim() : !actorId) return;
    void attempt(async () => {
      const p = await client.call('map.addActor', { operationId: snapshot.operation.id, actor, collegeId: collegeId || null, x: Math.round(at.x), y: Math.round(at.y) });
      onDone(p.id);
    });
  };
  return (
    <form className="map-connect panel map-add-actor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone(null)} aria-label={t('mapTools.add.title')}>
      <strong>{t('mapTools.add.title')}</strong>
      <div className="map-segmented" role="radiogroup" aria-label={t('mapTools.add.title')}>
        {(['new', 'existing'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'is-on' : ''} onClick={() => setMode(m)} disabled={m === 'existing' && others.length === 0}>
            {t(`mapTools.add.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'new' ? (
        <label className="map-field">
          <span>{t('mapTools.add.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus required maxLength={200} />
        </label>
      ) : (
        <label className="map-field">
          <span>{t('mapTools.add.actor')}</span>
          <select value={actorId} onChange={(e) => setActorId(e.target.value)} autoFocus>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="map-field">
        <span>{t('map.panel.college')}</span>
        <select value={collegeId} onChange={(e) => setCollegeId(e.target.value)}>
          {snapshot.colleges.map((c, i) => (
            <option key={c.id} value={c.id}>
              {collegeName({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })}
            </option>
          ))}
          <option value="">{t('map.legend.noCollege')}</option>
        </select>
      </label>
      <button type="submit" className="button-primary">
        {t('mapTools.add.submit')}
      </button>
      <button type="button" className="button-quiet" onClick={() => onDone(null)}>
        {t('map.connect.cancel')}
      </button>
    </form>
  );
}
