import { useTranslation } from 'react-i18next';
import { Engagement } from '../../../shared/domain/walk/enums';
import { stanceMark, type MapNode } from '../../../shared/map/graph';
import { AutosaveField } from '../../components/AutosaveField';
import { useServices } from '../../app/services-context';

interface College {
  id: string;
  key: string | null;
  label: string;
}

const SCORES = [1, 2, 3, 4, 5];
const STANCES = [2, 1, 0, -1, -2];
const number = (text: string) => (text === '' ? null : Number(text));

/**
 * The selected actor's part in the operation, edited in the map's side panel: collège, influence,
 * interest, stance and engagement, each saved on change as one undoable edit (the walk's own
 * participation update, so the stakeholders table and the map stay the same data).
 */
export function ActorFields({ node, colleges }: { node: MapNode; colleges: readonly College[] }) {
  const { t } = useTranslation();
  const { walk } = useServices();
  const save = async (patch: Record<string, unknown>) => {
    await walk.getState().update('participations', node.id, patch);
  };
  const unknown = { value: '', label: t('map.panel.unknown') };
  const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');
  return (
    <div className="map-panel-fields">
      <AutosaveField
        kind="select"
        label={t('map.panel.college')}
        value={node.collegeId ?? ''}
        options={[
          { value: '', label: t('map.legend.noCollege') },
          ...colleges.map((c) => ({ value: c.id, label: c.key ? t(`map.colleges.${c.key}`, { defaultValue: c.label || c.key }) : c.label })),
        ]}
        onSave={(v) => save({ collegeId: v || null })}
      />
      <AutosaveField
        kind="select"
        label={t('map.panel.influence')}
        value={node.influence === null ? '' : String(node.influence)}
        options={[unknown, ...SCORES.map((v) => ({ value: String(v), label: t('map.panel.score', { value: v }) }))]}
        onSave={(v) => save({ influence: number(v) })}
      />
      <AutosaveField
        kind="select"
        label={t('map.panel.interest')}
        value={node.interest === null ? '' : String(node.interest)}
        options={[unknown, ...SCORES.map((v) => ({ value: String(v), label: t('map.panel.score', { value: v }) }))]}
        onSave={(v) => save({ interest: number(v) })}
      />
      <AutosaveField
        kind="select"
        label={t('map.panel.stance')}
        value={node.stance === null ? '' : String(node.stance)}
        options={[unknown, ...STANCES.map((v) => ({ value: String(v), label: t('map.panel.stanceOption', { value: signed(v), word: t(`map.stance.${stanceMark(v)}`) }) }))]}
        onSave={(v) => save({ stance: number(v) })}
      />
      <AutosaveField
        kind="select"
        label={t('map.panel.engagement')}
        value={node.engagement}
        options={Engagement.options.map((e) => ({ value: e, label: t(`map.engagement.${e}`) }))}
        onSave={(v) => save({ engagement: v })}
      />
    </div>
  );
}
