import { nameKey } from '../../../shared/domain/walk/names';
import { fieldLabel, guessField } from '../../../shared/files/columns';
import type { RelationDraft } from '../../../shared/files/rows';
import { checkRelations, checkStakeholders } from './checked-rows';
import { relationFields, type Mapping, type Table, type TableField } from '../../../shared/files/table';
import { parseLocaleNumber } from '../../../shared/files/values';
import { stmt } from '../db/statements';
import { addStakeholderRows } from '../walk/stakeholders';
import type { Workspace } from '../workspace/workspace';
import type { GraphData, GraphEdge } from './graph-data';
import { assertNoErrors, countOf, type ImportReport, type TableImportOptions } from './import-report';
import { insertRelations, type ResolvedRelation } from './import-relations';
import { ListResolver } from './lists';
import { ensureOperation, operationTarget, reportTarget } from './operation-target';

/** Attribute titles to fields where the title says it (first one wins), never the fixed ones. */
function attributeFields(titles: string[], kind: 'actors' | 'relations', fixed: TableField[]): Map<string, TableField> {
  const out = new Map<string, TableField>();
  const used = new Set<TableField>(fixed);
  for (const t of titles) {
    const f = guessField(t, kind);
    if (f && !used.has(f)) {
      out.set(t, f);
      used.add(f);
    }
  }
  return out;
}

/** Gephi writes weight 1.0 on every edge: weights become strengths only when they vary within 1–3. */
function weightsAsStrength(edges: GraphEdge[]): { use: boolean; ignored: GraphEdge | null } {
  const weighted = edges.filter((e) => e.weight.trim() !== '');
  const distinct = new Set(weighted.map((e) => parseLocaleNumber(e.weight)));
  if (distinct.size <= 1) return { use: false, ignored: null };
  const bad = weighted.find((e) => {
    const n = parseLocaleNumber(e.weight);
    return n === null || !Number.isInteger(n) || n < 1 || n > 3;
  });
  return { use: !bad, ignored: bad ?? null };
}

/**
 * Nodes become actors taking part in the operation (through the walk's `addStakeholderRows`, so
 * names matching existing actors complete them), edges become relations; all in ONE change.
 * Attributes are read where their title says what they are (Collège/Group, Influence, Type…).
 */
export function importGraph(ws: Workspace, graph: GraphData, report: ImportReport, options: TableImportOptions): ImportReport {
  const db = ws.db;
  const { locale } = options;
  report.rows = graph.nodes.length + graph.edges.length;
  const target = operationTarget(db, options.operationId, report.file);
  reportTarget(report, target);

  // Nodes as a stakeholder table: the name first, then the attributes that name a field.
  const nodeFields = attributeFields(graph.nodeAttributes, 'actors', []);
  const nameTitle = [...nodeFields].find(([, f]) => f === 'name')?.[0];
  const nodeColumns = [...nodeFields].filter(([, f]) => f !== 'name');
  const actorTable: Table = {
    header: [fieldLabel('name', locale), ...nodeColumns.map(([t]) => t)],
    headerLine: 0,
    rows: graph.nodes.map((n) => ({
      line: n.line,
      cells: [n.label.trim() || (nameTitle ? (n.attributes[nameTitle] ?? '') : '').trim() || n.id, ...nodeColumns.map(([t]) => n.attributes[t] ?? '')],
    })),
  };
  const actorMapping: Mapping = { name: 0 };
  nodeColumns.forEach(([, f], i) => (actorMapping[f] = i + 1));
  const { checked, issues } = checkStakeholders(actorTable, actorMapping, locale);
  report.errors.push(...issues);
  const colleges = new ListResolver(db, 'colleges');
  const drafts = checked.map((c) => c.draft);
  const nameOf = new Map<string, string>();
  graph.nodes.forEach((n, i) => nameOf.set(n.id, actorTable.rows[i]!.cells[0]!));

  // Edges as a relation table, ends by node name.
  const edgeFields = attributeFields(graph.edgeAttributes, 'relations', ['source', 'target']);
  const titleOf = (f: TableField) => [...edgeFields].find(([, g]) => g === f)?.[0];
  const weights = weightsAsStrength(graph.edges);
  if (weights.ignored && !titleOf('strength')) {
    report.warnings.push({ code: 'weight-ignored', line: weights.ignored.line, path: weights.ignored.id, value: weights.ignored.weight });
  }
  const relTable: Table = { header: relationFields.map((f) => fieldLabel(f, locale)), headerLine: 0, rows: [] };
  for (const e of graph.edges) {
    const missing = [e.source, e.target].find((id) => !nameOf.has(id));
    if (missing !== undefined) {
      report.errors.push({ code: 'unknown-node', line: e.line, path: e.id, value: missing });
      continue;
    }
    const value = (f: TableField, fallback: string) => {
      const title = titleOf(f);
      return (title && e.attributes[title]) || fallback;
    };
    if (nameKey(nameOf.get(e.source)!) === nameKey(nameOf.get(e.target)!)) {
      report.warnings.push({ code: 'self-loop-skipped', line: e.line, path: e.id });
      continue;
    }
    relTable.rows.push({
      line: e.line,
      cells: [
        nameOf.get(e.source)!,
        nameOf.get(e.target)!,
        value('kind', e.label),
        value('direction', e.direction ?? ''),
        value('strength', weights.use ? e.weight : ''),
        value('status', ''),
        value('note', ''),
      ],
    });
  }
  const relMapping = Object.fromEntries(relationFields.map((f, i) => [f, i])) as Mapping;
  const relations = checkRelations(relTable, relMapping, locale);
  report.errors.push(...relations.issues);
  report.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assertNoErrors(report);

  const existing = new Map((stmt(db, 'SELECT id, name FROM actors').all() as { id: string; name: string }[]).map((a) => [nameKey(a.name), a]));
  const participating = new Set(
    target.id ? (stmt(db, 'SELECT actor_id FROM participations WHERE operation_id = ?').pluck().all(target.id) as string[]) : [],
  );
  const seen = new Map<string, number>();
  drafts.forEach((d) => {
    const key = nameKey(d.name);
    const actor = existing.get(key);
    const earlier = seen.get(key);
    if (actor || earlier !== undefined) {
      report.duplicates.push({
        line: d.line,
        name: d.name,
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? d.name,
        participating: !!actor && participating.has(actor.id),
        ...(earlier !== undefined ? { sameAsLine: earlier } : {}),
      });
    }
    if (earlier === undefined) seen.set(key, d.line);
  });
  const kinds = new ListResolver(db, 'relationKinds');
  const created: Record<string, number> = {};
  if (report.operationCreated) countOf(created, 'operations');
  countOf(created, 'actors', [...seen.keys()].filter((k) => !existing.has(k)).length);
  const joined = [...seen.keys()].filter((k) => participating.has(existing.get(k)?.id ?? '')).length;
  countOf(created, 'participations', seen.size - joined);
  if (joined) countOf(report.updated, 'participations', joined);
  countOf(created, 'relations', relations.drafts.length);
  countOf(created, 'colleges', colleges.plan(drafts.map((d) => d.college)).length);
  countOf(created, 'relationKinds', kinds.plan(relations.drafts.map((d) => d.kind)).length);
  report.created = created;
  if (options.dryRun || checked.length === 0) return report;

  ws.change('files.import', () => {
    const operationId = ensureOperation(db, target);
    report.operationId = operationId;
    const result = addStakeholderRows(
      db,
      operationId,
      checked.map(({ draft, row }) => ({ ...row, collegeId: colleges.idFor(draft.college) })),
    );
    const actorOf = new Map<string, string>();
    result.participationIds.forEach((pid, i) => {
      const actorId = stmt(db, 'SELECT actor_id FROM participations WHERE id = ?').pluck().get(pid) as string;
      actorOf.set(nameKey(drafts[i]!.name), actorId);
    });
    const resolved: ResolvedRelation[] = relations.drafts.map((draft: RelationDraft) => ({
      draft,
      sourceActorId: actorOf.get(nameKey(draft.source))!,
      targetActorId: actorOf.get(nameKey(draft.target))!,
    }));
    insertRelations(db, operationId, resolved, kinds);
  });
  report.written = ws.lastChangeWrote; // rows that changed nothing leave no change to undo
  return report;
}
