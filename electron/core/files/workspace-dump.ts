import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Actor, ListItem } from '../../../shared/domain/walk/entities';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { TESR_JSON_FORMAT, TESR_JSON_VERSION, type WorkspaceFileInput } from '../../../shared/files/json-format';
import { selectRecords, type Row } from '../entities/repository';
import { specs } from '../entities/specs';
import { getOperation } from '../operations/repository';
import { loadWalk } from '../walk/load';

export interface DumpOptions {
  /** One operation (with the actors it refers to) instead of the whole workspace. */
  operationId?: string | null;
  /** Keep contact details and notes marked private (left out by default). */
  includePrivate?: boolean;
}

export type ActorRecord = z.infer<typeof Actor.record>;
export type ListRecord = z.infer<typeof ListItem.record>;
export type OperationWalk = Omit<WalkSnapshot, 'actors' | 'colleges' | 'relationKinds'>;

/** What every export writes: the workspace's lists and actors, and each operation's walk. */
export interface WorkspaceContent {
  colleges: ListRecord[];
  relationKinds: ListRecord[];
  actors: ActorRecord[];
  operations: OperationWalk[];
  includePrivate: boolean;
}

/** Actors an operation refers to: stakeholders, relation ends, action leads and partners, attendees. */
function actorIdsOf(walk: OperationWalk): Set<string> {
  const ids = new Set<string>();
  walk.participations.forEach((p) => ids.add(p.actorId));
  walk.relations.forEach((r) => ids.add(r.sourceActorId).add(r.targetActorId));
  walk.actions.forEach((a) => {
    if (a.leadActorId) ids.add(a.leadActorId);
    a.partnerIds.forEach((id) => ids.add(id));
  });
  walk.meetings.forEach((m) => m.attendeeIds.forEach((id) => ids.add(id)));
  return ids;
}

export function collectWorkspace(db: Database, options: DumpOptions = {}): WorkspaceContent {
  const operationIds = options.operationId
    ? [getOperation(db, options.operationId).id]
    : (selectRecords(db, specs.operations, '1', []).map((o) => o.id) as string[]);
  const operations = operationIds.map((id) => {
    const { actors: _a, colleges: _c, relationKinds: _k, ...walk } = loadWalk(db, id);
    return walk;
  });
  const keep = options.operationId ? actorIdsOf(operations[0]!) : null;
  return {
    colleges: selectRecords(db, specs.colleges, '1', []) as ListRecord[],
    relationKinds: selectRecords(db, specs.relationKinds, '1', []) as ListRecord[],
    actors: (selectRecords(db, specs.actors, '1', []) as ActorRecord[]).filter((a) => !keep || keep.has(a.id)),
    operations,
    includePrivate: !!options.includePrivate,
  };
}

/** A private field's value when private fields are exported, else null (left out). */
export const visible = (content: WorkspaceContent, isPrivate: boolean, value: string): string | null =>
  isPrivate && !content.includePrivate ? null : value;

/** Private fields are left out of a JSON record, not blanked: the file says nothing about them. */
function withoutPrivate(record: Row, pairs: [flag: string, field: string][]): Row {
  const out = { ...record };
  for (const [flag, field] of pairs) if (out[flag]) delete out[field];
  return out;
}

/** The workspace as the JSON export's structure (json-format.ts, docs/file-formats.md). */
export const dumpWorkspace = (db: Database, options: DumpOptions = {}): WorkspaceFileInput => dumpContent(collectWorkspace(db, options));

/** Collected content as the JSON export's structure. */
export function dumpContent(content: WorkspaceContent): WorkspaceFileInput {
  const hide = !content.includePrivate;
  return {
    format: TESR_JSON_FORMAT,
    version: TESR_JSON_VERSION,
    exportedAt: new Date().toISOString(),
    includesPrivate: !hide,
    colleges: content.colleges,
    relationKinds: content.relationKinds,
    actors: hide ? content.actors.map((a) => withoutPrivate(a, [['contactPrivate', 'contact'], ['notesPrivate', 'notes']])) : content.actors,
    operations: content.operations.map(({ participations, ...bundle }) => ({
      ...bundle,
      participations: hide ? participations.map((p) => withoutPrivate(p, [['notesPrivate', 'notes']])) : participations,
    })),
  } as WorkspaceFileInput;
}

/**
 * JSON laid out one record (an object with an id) per line, the structure around them indented:
 * readable and diffable like a pretty-printed file, at about half its size and time for a large
 * workspace (every record's own keys and values would otherwise take a line each).
 */
export function recordsPerLine(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + recordsPerLine(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object' && !('id' in value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${recordsPerLine(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The JSON export's text, from collected content (the handler collects once for every format). */
export const contentJson = (content: WorkspaceContent) => `${recordsPerLine(dumpContent(content))}\n`;
export const exportJson = (db: Database, options: DumpOptions = {}) => contentJson(collectWorkspace(db, options));
