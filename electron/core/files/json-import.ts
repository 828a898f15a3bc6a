import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { nameKey } from '../../../shared/domain/walk/names';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import {
  Action, Actor, ConditionAssessment, Decision, Fact, FundingLine, Hypothesis, Indicator, Measurement, Meeting, Participation, Position, Relation,
} from '../../../shared/domain/walk/entities';
import { bundleLists, TESR_JSON_FORMAT, TESR_JSON_VERSION, WorkspaceFileSchema, type OperationBundle, type WorkspaceFile } from '../../../shared/files/json-format';
import { stmt } from '../db/statements';
import { insertRecord, selectRecords, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';
import { insertOperation, updateOperation } from '../operations/repository';
import type { Workspace } from '../workspace/workspace';
import { looksBinary } from './encoding';
import { assertNoErrors, countOf, type ImportReport } from './import-report';
import { checkReferences, references, type Target } from './json-references';
import { lineFinder } from './xml-reader';

/** What each list of a bundle is stored as, and which of a record's keys are its fields. */
const stored: Record<(typeof bundleLists)[number], { spec: (typeof specs)[keyof typeof specs]; fields: string[] }> = {
  facts: { spec: specs.facts, fields: Object.keys(Fact.fields.shape) },
  hypotheses: { spec: specs.hypotheses, fields: Object.keys(Hypothesis.fields.shape) },
  hypothesisStatusChanges: { spec: specs.hypothesisStatusChanges, fields: ['hypothesisId', 'status', 'at'] },
  participations: { spec: specs.participations, fields: Object.keys(Participation.fields.shape) },
  positions: { spec: specs.positions, fields: Object.keys(Position.fields.shape) },
  actions: { spec: specs.actions, fields: Object.keys(Action.fields.shape) },
  fundingLines: { spec: specs.fundingLines, fields: Object.keys(FundingLine.fields.shape) },
  relations: { spec: specs.relations, fields: Object.keys(Relation.fields.shape) },
  meetings: { spec: specs.meetings, fields: Object.keys(Meeting.fields.shape) },
  decisions: { spec: specs.decisions, fields: Object.keys(Decision.fields.shape) },
  indicators: { spec: specs.indicators, fields: Object.keys(Indicator.fields.shape) },
  measurements: { spec: specs.measurements, fields: Object.keys(Measurement.fields.shape) },
  conditionAssessments: { spec: specs.conditionAssessments, fields: Object.keys(ConditionAssessment.fields.shape) },
};
const ACTOR_FIELDS = Object.keys(Actor.fields.shape);
const DEFAULT_KEYS = { colleges: Object.keys(DEFAULT_COLLEGES), relationKinds: Object.keys(DEFAULT_RELATION_KINDS) };

/** Parses and checks a JSON export: its format and version, its schema, its references. */
export function parseWorkspaceFile(text: string, file: string, report: ImportReport): WorkspaceFile {
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) throw new AppError('import-empty', { file });
  if (looksBinary(body)) throw new AppError('import-binary', { file, format: 'JSON' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    throw new AppError('import-malformed', { file, format: 'JSON', ...(at ? { line: lineFinder(body)(Number(at[1])) } : {}), detail: message });
  }
  const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (head.format !== TESR_JSON_FORMAT) {
    throw new AppError('import-unsupported', { file, detail: 'not a TESR Studio JSON export', detailFr: 'ce n’est pas un export JSON de TESR Studio' });
  }
  if (typeof head.version !== 'number' || head.version > TESR_JSON_VERSION || head.version < 1) {
    throw new AppError('import-unsupported', {
      file,
      detail: `export format version ${String(head.version)}; this version of the app reads version ${TESR_JSON_VERSION}`,
      detailFr: `version ${String(head.version)} du format d’export ; cette version de l’application lit la version ${TESR_JSON_VERSION}`,
    });
  }
  const parsed = WorkspaceFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 200)) {
      report.errors.push({ code: 'invalid', line: null, path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), params: { detail: issue.message } });
    }
    assertNoErrors(report);
  }
  report.errors.push(...checkReferences(parsed.data!));
  assertNoErrors(report);
  return parsed.data!;
}

const pick = (record: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));

/** Restores what the repository sets itself on insert (manual order, creation dates). */
function restore(db: Database, table: string, id: string, values: Record<string, string | number | undefined>): void {
  for (const [column, value] of Object.entries(values)) {
    if (value !== undefined) stmt(db, `UPDATE "${table}" SET "${column}" = ? WHERE id = ?`).run(value, id);
  }
}

/** Collèges and relation kinds of the file onto the workspace's: defaults by key, others by label. */
function mapList(db: Database, list: 'colleges' | 'relationKinds', items: WorkspaceFile['colleges'], ids: Map<string, string>, created: Record<string, number>) {
  const existing = selectRecords(db, specs[list], '1', []);
  for (const item of items) {
    const key = item.key && DEFAULT_KEYS[list].includes(item.key) ? item.key : null;
    const label = item.label || (key ? '' : (item.key ?? ''));
    let found = key ? existing.find((e) => e.key === key) : existing.find((e) => e.label && nameKey(String(e.label)) === nameKey(label));
    if (found && key && label && !found.label) found = updateRecord(db, specs[list], String(found.id), { label });
    if (!found) {
      found = insertRecord(db, specs[list], key ? { key, label } : { label: label || '?' });
      existing.push(found);
      countOf(created, list);
    }
    ids.set(item.id, String(found.id));
  }
  // Default ids the file uses without listing them still mean the workspace's defaults.
  const defaults = list === 'colleges' ? DEFAULT_COLLEGES : DEFAULT_RELATION_KINDS;
  for (const [key, id] of Object.entries(defaults)) {
    if (ids.has(id)) continue;
    const found = existing.find((e) => e.key === key);
    if (found) ids.set(id, String(found.id));
  }
}

/** Writes a checked file into the workspace; every id is new (see docs/file-formats.md). */
function writeFile(db: Database, file: WorkspaceFile, created: Record<string, number>): void {
  const global: Record<string, Map<string, string>> = { actors: new Map(), colleges: new Map(), relationKinds: new Map() };
  mapList(db, 'colleges', file.colleges, global.colleges!, created);
  mapList(db, 'relationKinds', file.relationKinds, global.relationKinds!, created);
  for (const actor of file.actors) {
    const id = String(insertRecord(db, specs.actors, pick(actor, ACTOR_FIELDS)).id);
    restore(db, 'actors', id, { created_at: actor.createdAt });
    global.actors!.set(actor.id, id);
    countOf(created, 'actors');
  }
  for (const bundle of file.operations) {
    const { operation: o } = bundle;
    const operationId = insertOperation(db, { title: o.title, territory: o.territory, lead: o.lead }).id;
    const { id: _id, title: _t, territory: _te, lead: _l, createdAt, updatedAt, ...rest } = o;
    updateOperation(db, operationId, rest);
    restore(db, 'operations', operationId, { created_at: createdAt, updated_at: updatedAt });
    countOf(created, 'operations');
    const local: Record<string, Map<string, string>> = {};
    const mapId = (target: Target, id: string) => (global[target] ?? local[target])!.get(id)!;
    for (const list of bundleLists) {
      const { spec, fields } = stored[list];
      local[list] = new Map();
      for (const record of bundle[list] as (Row & { id: string })[]) {
        const values: Row = { ...pick(record, fields), operationId };
        for (const [field, target] of Object.entries(references[list as keyof OperationBundle] ?? {})) {
          const v = values[field];
          if (Array.isArray(v)) values[field] = v.map((id) => mapId(target, String(id)));
          else if (typeof v === 'string') values[field] = mapId(target, v);
        }
        const id = String(insertRecord(db, spec, values).id);
        local[list]!.set(record.id, id);
        if ('ordered' in spec && spec.ordered) restore(db, spec.table, id, { position: record.position as number });
        countOf(created, list);
      }
    }
  }
}

/**
 * Imports a checked JSON full export into the workspace in ONE change: lists matched, everything
 * else added with new ids (so a file can be imported into the workspace it came from without clashing).
 */
export function importWorkspaceFile(ws: Workspace, file: WorkspaceFile, report: ImportReport, options: { dryRun?: boolean }): ImportReport {
  report.rows = file.actors.length + file.operations.reduce((n, b) => n + 1 + bundleLists.reduce((m, l) => m + b[l].length, 0), 0);
  const existing = new Map((stmt(ws.db, 'SELECT id, name FROM actors').all() as { id: string; name: string }[]).map((a) => [nameKey(a.name), a]));
  for (const a of file.actors) {
    const match = existing.get(nameKey(a.name));
    if (match) report.duplicates.push({ line: 0, name: a.name, actorId: match.id, actorName: match.name, participating: false });
  }
  const created: Record<string, number> = {};
  if (options.dryRun) {
    countOf(created, 'actors', file.actors.length);
    countOf(created, 'operations', file.operations.length);
    for (const l of bundleLists) countOf(created, l, file.operations.reduce((n, b) => n + b[l].length, 0));
    report.created = created;
    return report;
  }
  ws.change('files.import', () => writeFile(ws.db, file, created));
  report.created = created;
  report.written = ws.lastChangeWrote; // rows that changed nothing leave no change to undo
  return report;
}
