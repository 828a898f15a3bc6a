import { nameKey } from '../../../shared/domain/walk/names';
import type { ActorField, Mapping, Table } from '../../../shared/files/table';
import { stmt } from '../db/statements';
import { addStakeholderRows } from '../walk/stakeholders';
import type { Workspace } from '../workspace/workspace';
import { checkStakeholders } from './checked-rows';
import { assertNoErrors, countOf, type ImportReport, type TableImportOptions } from './import-report';
import { ListResolver } from './lists';
import { ensureOperation, operationTarget, reportTarget } from './operation-target';
import { resolveMapping } from './table-mapping';

/**
 * Checks every row, then (unless a dry run) adds the stakeholders in ONE change with the walk's
 * own `addStakeholderRows`: a name matching an existing actor (case, accents, punctuation ignored)
 * completes that actor's participation instead of creating a duplicate. One undo takes it all back.
 */
export function importActors(ws: Workspace, table: Table, report: ImportReport, options: TableImportOptions): ImportReport {
  const db = ws.db;
  const mapping = resolveMapping(report.file, table, 'actors', options.mapping) as Mapping<ActorField>;
  Object.assign(report, { header: table.header, headerLine: table.headerLine, mapping, rows: table.rows.length });
  const target = operationTarget(db, options.operationId, report.file);
  reportTarget(report, target);

  const { checked, issues } = checkStakeholders(table, mapping, options.locale);
  report.errors.push(...issues);
  assertNoErrors(report);

  // Duplicates: rows naming an actor that exists, or an earlier row of the same file.
  const actors = new Map<string, { id: string; name: string }>();
  for (const a of stmt(db, 'SELECT id, name FROM actors').all() as { id: string; name: string }[]) actors.set(nameKey(a.name), a);
  const participating = new Set(
    target.id ? (stmt(db, 'SELECT actor_id FROM participations WHERE operation_id = ?').pluck().all(target.id) as string[]) : [],
  );
  const skip = new Set(options.skipLines ?? []);
  const firstLine = new Map<string, { line: number; name: string }>();
  const kept = checked.filter(({ draft }) => !skip.has(draft.line));
  for (const { draft } of checked) {
    const key = nameKey(draft.name);
    const actor = actors.get(key);
    const earlier = firstLine.get(key);
    if (earlier !== undefined || actor) {
      report.duplicates.push({
        line: draft.line,
        name: draft.name,
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? earlier?.name ?? draft.name,
        ...(earlier !== undefined ? { sameAsLine: earlier.line } : {}),
        participating: !!actor && participating.has(actor.id),
      });
    }
    if (earlier === undefined && !skip.has(draft.line)) firstLine.set(key, { line: draft.line, name: draft.name });
  }

  const colleges = new ListResolver(db, 'colleges');
  const keys = new Set(kept.map(({ draft }) => nameKey(draft.name)));
  const created: Record<string, number> = {};
  if (report.operationCreated) countOf(created, 'operations');
  countOf(created, 'actors', [...keys].filter((k) => !actors.has(k)).length);
  const joined = [...keys].filter((k) => participating.has(actors.get(k)?.id ?? '')).length;
  countOf(created, 'participations', keys.size - joined);
  if (joined) countOf(report.updated, 'participations', joined);
  countOf(created, 'colleges', colleges.plan(kept.map(({ draft }) => draft.college)).length);
  report.created = created;
  if (options.dryRun || kept.length === 0) return report;

  ws.change('files.import', () => {
    const operationId = ensureOperation(db, target);
    report.operationId = operationId;
    const rows = kept.map(({ draft, row }) => ({ ...row, collegeId: colleges.idFor(draft.college) }));
    addStakeholderRows(db, operationId, rows);
  });
  report.written = ws.lastChangeWrote; // rows that changed nothing leave no change to undo
  return report;
}
