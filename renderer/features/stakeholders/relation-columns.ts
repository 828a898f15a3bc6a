import type { TFunction } from 'i18next';
import type { Column, Parsed } from '../../components/table/types';
import { readText } from './parsers';
import type { ActorRecord, RelationRecord } from './view';
import { actorLabel, directionOptions, listOptions, relationStatusOptions, strengthOptions, type ListRow, type Option } from './wording';

/** A select's value as saved: '' (the new row's untouched select) is the option it shows, the first. */
const readSelect =
  (options: readonly Option[], convert: (value: string) => unknown = (v) => v) =>
  (text: string): Parsed => ({ ok: true, value: convert(text === '' ? (options[0]?.value ?? '') : text) });

const orNull = (text: string): Parsed => ({ ok: true, value: text === '' ? null : text });

/**
 * Actors a relation can link: the operation's stakeholders, then any actor an existing relation
 * still names although it no longer takes part (so the cell shows who it is).
 */
export function relationActorOptions(t: TFunction, stakeholders: readonly ActorRecord[], relations: readonly RelationRecord[], actors: readonly ActorRecord[]): Option[] {
  const ids = new Set(stakeholders.map((a) => a.id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const outside = [...new Set(relations.flatMap((r) => [r.sourceActorId, r.targetActorId]))].filter((id) => !ids.has(id));
  return [
    { value: '', label: t('stakeholders.relations.choose') },
    ...stakeholders.map((a) => ({ value: a.id, label: actorLabel(a) })),
    ...outside.map((id) => ({ value: id, label: t('stakeholders.relations.notStakeholder', { name: byId.get(id)?.name ?? id }) })),
  ];
}

/** The relations table's columns; keys are the relation's fields. */
export function relationColumns(t: TFunction, actorOptions: readonly Option[], kinds: readonly ListRow[]): Column<RelationRecord>[] {
  const directions = directionOptions(t);
  const strengths = strengthOptions(t);
  const statuses = relationStatusOptions(t);
  return [
    { key: 'sourceActorId', label: t('stakeholders.relations.source'), kind: 'select', primary: true, width: '12rem', options: actorOptions, read: (r) => r.sourceActorId, parse: orNull },
    { key: 'targetActorId', label: t('stakeholders.relations.target'), kind: 'select', width: '12rem', options: actorOptions, read: (r) => r.targetActorId, parse: orNull },
    { key: 'kindId', label: t('stakeholders.relations.kind'), kind: 'select', width: '8.5rem', options: listOptions(t, 'relationKinds', kinds), read: (r) => r.kindId ?? '', parse: orNull },
    { key: 'direction', label: t('stakeholders.relations.direction'), kind: 'select', width: '8.5rem', options: directions, read: (r) => r.direction, parse: readSelect(directions) },
    { key: 'strength', label: t('stakeholders.relations.strength'), kind: 'select', width: '8rem', options: strengths, read: (r) => String(r.strength), parse: readSelect(strengths, Number) },
    { key: 'status', label: t('stakeholders.relations.status'), kind: 'select', width: '7.5rem', options: statuses, read: (r) => r.status, parse: readSelect(statuses) },
    { key: 'note', label: t('stakeholders.relations.note'), kind: 'text', read: (r) => r.note, parse: readText(t, 2000) },
  ];
}
