import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { EditableTable } from '../../components/table/EditableTable';
import { localized } from './api-error';
import { relationActorOptions, relationColumns } from './relation-columns';
import { useUndoToast } from './use-undo-toast';
import type { ActorRecord, RelationRecord } from './view';
import type { ListRow } from './wording';

interface Props {
  operationId: string;
  stakeholders: readonly ActorRecord[];
  relations: readonly RelationRecord[];
  actors: readonly ActorRecord[];
  kinds: readonly ListRow[];
}

/**
 * Relations between the operation's stakeholders, as they are and as they should become (to
 * create, strengthen, weaken). Both ends are required and must differ. A relation's ends cannot be
 * patched: changing one re-creates the relation with its other fields.
 */
export function RelationsTable({ operationId, stakeholders, relations, actors, kinds }: Props) {
  const { t, i18n } = useTranslation();
  const { walk, attempt } = useServices();
  const undoToast = useUndoToast();
  const locale = i18n.language;
  const actorOptions = useMemo(() => relationActorOptions(t, stakeholders, relations, actors), [t, stakeholders, relations, actors]);
  const columns = useMemo(() => relationColumns(t, actorOptions, kinds), [t, actorOptions, kinds]);
  const names = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors]);
  const rowName = useCallback(
    (r: RelationRecord) => t('stakeholders.relations.rowName', { source: names.get(r.sourceActorId) ?? '?', target: names.get(r.targetActorId) ?? '?' }),
    [t, names],
  );

  const checkEnds = useCallback(
    (ends: { sourceActorId: unknown; targetActorId: unknown }) => {
      if (!ends.targetActorId) throw new Error(t('stakeholders.relations.targetRequired'));
      if (ends.sourceActorId === ends.targetActorId) throw new Error(t('stakeholders.relations.sameActor'));
    },
    [t],
  );

  const onAdd = useCallback(
    async (values: Record<string, unknown>) => {
      checkEnds({ sourceActorId: values.sourceActorId, targetActorId: values.targetActorId });
      await localized(locale, () => walk.getState().create('relations', { operationId, ...values } as never));
    },
    [checkEnds, locale, walk, operationId],
  );

  const onChange = useCallback(
    async (row: RelationRecord, key: string, value: unknown) => {
      if (key !== 'sourceActorId' && key !== 'targetActorId') {
        await localized(locale, () => walk.getState().update('relations', row.id, { [key]: value }));
        return;
      }
      const ends = { sourceActorId: row.sourceActorId, targetActorId: row.targetActorId, [key]: value };
      checkEnds(ends);
      const { id: _id, ...fields } = row;
      await localized(locale, async () => {
        await walk.getState().create('relations', { ...fields, ...ends } as never);
        await walk.getState().remove('relations', row.id);
      });
    },
    [checkEnds, locale, walk],
  );

  const onDelete = useCallback(
    async (row: RelationRecord) => {
      const done = await attempt(async () => (await walk.getState().remove('relations', row.id), true));
      if (done) undoToast(t('stakeholders.relations.deleted', { name: rowName(row) }));
    },
    [attempt, walk, undoToast, t, rowName],
  );

  return (
    <section className="screen-section" aria-labelledby="relations-heading">
      <h2 id="relations-heading">{t('stakeholders.relations.heading')}</h2>
      {stakeholders.length < 2 ? (
        <p className="meta">{t('stakeholders.relations.needTwo')}</p>
      ) : (
        <EditableTable
          caption={t('stakeholders.relations.caption')}
          columns={columns}
          rows={relations}
          onChange={onChange}
          onAdd={onAdd}
          onDelete={onDelete}
          rowName={rowName}
          empty={t('stakeholders.relations.empty')}
        />
      )}
    </section>
  );
}
