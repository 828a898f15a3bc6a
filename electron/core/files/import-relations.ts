import { Relation } from '../../../shared/domain/walk/entities';
import type { RowIssue } from '../../../shared/files/issues';
import type { RelationDraft } from '../../../shared/files/rows';
import { checkRelations } from './checked-rows';
import type { Mapping, RelationField, Table } from '../../../shared/files/table';
import type { Database } from 'better-sqlite3';
import { fieldLabel } from '../../../shared/files/columns';
import { withBulkInsertJournal } from '../db/journaled-tables';
import { insertRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';
import type { Workspace } from '../workspace/workspace';
import { assertNoErrors, countOf, type ImportReport, type TableImportOptions } from './import-report';
import { ListResolver } from './lists';
import { ensureOperation, operationTarget, reportTarget } from './operation-target';
import { StakeholderIndex } from './stakeholder-index';
import { resolveMapping } from './table-mapping';

/** Stand for the operation (maybe not created yet) and the two ends in the schema check of a row. */
const PLACEHOLDER_ID = '00000000-0000-7000-8000-000000000000';
const PLACEHOLDER_ENDS = { sourceActorId: '00000000-0000-7000-8000-000000000001', targetActorId: '00000000-0000-7000-8000-000000000002' };

/**
 * A row against the walk's schema, once per row object: the checks hold whatever the ends turn out
 * to be (ids of ours), and a kept parse (the preview's) gives the import the same row objects.
 */
type SchemaCheck = ReturnType<typeof Relation.fields.safeParse>;
const schemaChecks = new WeakMap<RelationDraft, SchemaCheck>();
/** `sameValues`: checks of this pass by the values checked (rows mostly repeat a few), read only. */
function schemaCheck(draft: RelationDraft, sameValues: Map<string, SchemaCheck>) {
  let check = schemaChecks.get(draft);
  if (check) return check;
  const key = `${draft.direction}|${draft.strength}|${draft.status}|${draft.note}`;
  check = sameValues.get(key);
  if (!check) sameValues.set(key, (check = Relation.fields.safeParse(relationValues(PLACEHOLDER_ID, { draft, ...PLACEHOLDER_ENDS }, null))));
  schemaChecks.set(draft, check);
  return check;
}

export interface ResolvedRelation {
  draft: RelationDraft;
  sourceActorId: string;
  targetActorId: string;
  /** The values as the walk's schema read them (operation, ends and kind stood in for), when checked already. */
  checked?: Row;
}

/**
 * Finds each relation's ends among the operation's stakeholders (by name or acronym) and checks the
 * relation as the API would. Ends that are not stakeholders, or the same actor twice, are errors.
 */
export function resolveRelations(
  drafts: RelationDraft[],
  index: StakeholderIndex,
  header: readonly string[],
  mapping: Mapping<RelationField>,
  locale: TableImportOptions['locale'],
): { resolved: ResolvedRelation[]; issues: RowIssue[] } {
  const column = (f: RelationField) => {
    const i = mapping[f];
    return (i !== undefined && header[i]) || fieldLabel(f, locale);
  };
  const resolved: ResolvedRelation[] = [];
  const issues: RowIssue[] = [];
  const sameValues = new Map<string, SchemaCheck>();
  for (const draft of drafts) {
    const ends = (['source', 'target'] as const).map((f) => {
      const match = index.find(draft[f]);
      if ('issue' in match) issues.push({ code: match.issue, line: draft.line, column: column(f), value: draft[f] });
      return 'actorId' in match ? match.actorId : null;
    });
    const [sourceActorId, targetActorId] = ends;
    if (!sourceActorId || !targetActorId) continue;
    if (sourceActorId === targetActorId) {
      issues.push({ code: 'same-actor', line: draft.line, column: column('target'), value: draft.target });
      continue;
    }
    const check = schemaCheck(draft, sameValues);
    if (!check.success) issues.push({ code: 'invalid', line: draft.line, params: { detail: check.error.issues[0]?.message ?? '' } });
    else resolved.push({ draft, sourceActorId, targetActorId, checked: check.data });
  }
  return { resolved, issues };
}

const relationValues = (operationId: string, r: ResolvedRelation, kindId: string | null) => ({
  operationId,
  sourceActorId: r.sourceActorId,
  targetActorId: r.targetActorId,
  kindId,
  direction: r.draft.direction,
  strength: r.draft.strength,
  status: r.draft.status,
  note: r.draft.note,
});

/**
 * Inside the import's change: inserts the relations with the walk's own schema. Both ends are
 * stakeholders of the operation already (found among its participations, or just added to it),
 * which is what the walk's relation hook would check again, row by row.
 */
export function insertRelations(db: Database, operationId: string, relations: ResolvedRelation[], kinds: ListResolver): number {
  // Tens of thousands of rows: journaled in bulk, still one undo (the kinds it creates keep their trigger).
  return withBulkInsertJournal(db, ['relations'], () => writeRelations(db, operationId, relations, kinds));
}

function writeRelations(db: Database, operationId: string, relations: ResolvedRelation[], kinds: ListResolver): number {
  for (const r of relations) {
    const kindId = kinds.idFor(r.draft.kind);
    // Checked by resolveRelations with stand-ins for the operation, the ends and the kind, all ids of ours.
    const { sourceActorId, targetActorId } = r;
    const values = r.checked ? { ...r.checked, operationId, sourceActorId, targetActorId, kindId } : Relation.fields.parse(relationValues(operationId, r, kindId));
    insertRecord(db, specs.relations, values, { readBack: false });
  }
  return relations.length;
}

/** Checks every relation row, then (unless a dry run) adds them all in ONE change. */
export function importRelations(ws: Workspace, table: Table, report: ImportReport, options: TableImportOptions): ImportReport {
  const db = ws.db;
  const mapping = resolveMapping(report.file, table, 'relations', options.mapping) as Mapping<RelationField>;
  Object.assign(report, { header: table.header, headerLine: table.headerLine, mapping, rows: table.rows.length });
  const target = operationTarget(db, options.operationId, report.file);
  reportTarget(report, target);

  const { drafts, issues } = checkRelations(table, mapping, options.locale);
  report.errors.push(...issues);
  const skip = new Set(options.skipLines ?? []);
  const { resolved, issues: endIssues } = resolveRelations(
    drafts.filter((d) => !skip.has(d.line)),
    new StakeholderIndex(db, target.id),
    table.header,
    mapping,
    options.locale,
  );
  report.errors.push(...endIssues);
  report.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assertNoErrors(report);

  const kinds = new ListResolver(db, 'relationKinds');
  report.created = {};
  countOf(report.created, 'relations', resolved.length);
  countOf(report.created, 'relationKinds', kinds.plan(resolved.map((r) => r.draft.kind)).length);
  if (options.dryRun || resolved.length === 0) return report;

  ws.change('files.import', () => {
    const operationId = ensureOperation(db, target);
    report.operationId = operationId;
    insertRelations(db, operationId, resolved, kinds);
  });
  report.written = ws.lastChangeWrote; // rows that changed nothing leave no change to undo
  return report;
}
