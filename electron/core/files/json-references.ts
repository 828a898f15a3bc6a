import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { RowIssue } from '../../../shared/files/issues';
import type { OperationBundle, WorkspaceFile } from '../../../shared/files/json-format';

/** What each id field of a bundle's records points at: a workspace list or a list of the same operation. */
export type Target = 'actors' | 'colleges' | 'relationKinds' | 'hypotheses' | 'participations' | 'actions' | 'meetings' | 'indicators';

export const references: Partial<Record<keyof OperationBundle, Record<string, Target>>> = {
  hypothesisStatusChanges: { hypothesisId: 'hypotheses' },
  participations: { actorId: 'actors', collegeId: 'colleges' },
  positions: { participationId: 'participations', hypothesisId: 'hypotheses' },
  actions: { leadActorId: 'actors', partnerIds: 'actors', hypothesisIds: 'hypotheses' },
  fundingLines: { actionId: 'actions' },
  relations: { sourceActorId: 'actors', targetActorId: 'actors', kindId: 'relationKinds', actionId: 'actions' },
  meetings: { attendeeIds: 'actors' },
  decisions: { meetingId: 'meetings' },
  indicators: { actionIds: 'actions' },
  measurements: { indicatorId: 'indicators' },
};

const GLOBAL: Target[] = ['actors', 'colleges', 'relationKinds'];
type Item = { id: string } & Record<string, unknown>;
const idsOf = (v: unknown): string[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).map(String);

/**
 * Checks that every id of the file points at a record of the file (or at a default collège or
 * relation kind, which every workspace has), that ids are unique, and the walk's own rules:
 * a relation links two different stakeholders of its operation, an actor takes part once in an
 * operation, an action does not end before it starts.
 */
export function checkReferences(file: WorkspaceFile): RowIssue[] {
  const issues: RowIssue[] = [];
  const invalid = (path: string, detail: string) => issues.push({ code: 'invalid', line: null, path, params: { detail } });
  const unknown = (path: string, value: string) => issues.push({ code: 'unknown-reference', line: null, path, value });
  const seen = new Set<string>();
  const register = (items: Item[], path: string) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) invalid(`${path}[${i}].id`, 'duplicate id');
      seen.add(item.id);
      ids.add(item.id);
    });
    return ids;
  };
  const global: Record<string, Set<string>> = {
    actors: register(file.actors, 'actors'),
    colleges: new Set([...register(file.colleges, 'colleges'), ...Object.values(DEFAULT_COLLEGES)]),
    relationKinds: new Set([...register(file.relationKinds, 'relationKinds'), ...Object.values(DEFAULT_RELATION_KINDS)]),
  };
  file.operations.forEach((bundle, o) => {
    const base = `operations[${o}]`;
    register([bundle.operation], `${base}.operation`);
    const local: Record<string, Set<string>> = {};
    for (const list of ['hypotheses', 'participations', 'actions', 'meetings', 'indicators'] as const) {
      local[list] = register(bundle[list] as Item[], `${base}.${list}`);
    }
    for (const list of ['facts', 'hypothesisStatusChanges', 'positions', 'fundingLines', 'relations', 'decisions', 'measurements', 'conditionAssessments'] as const) {
      register(bundle[list] as Item[], `${base}.${list}`);
    }
    for (const [list, fields] of Object.entries(references) as [keyof OperationBundle, Record<string, Target>][]) {
      (bundle[list] as Item[]).forEach((item, i) => {
        for (const [field, target] of Object.entries(fields)) {
          const pool = GLOBAL.includes(target) ? global[target]! : local[target]!;
          for (const id of idsOf(item[field])) if (!pool.has(id)) unknown(`${base}.${list}[${i}].${field}`, id);
        }
      });
    }
    const stakeholders = new Set<string>();
    bundle.participations.forEach((p, i) => {
      if (stakeholders.has(p.actorId)) invalid(`${base}.participations[${i}].actorId`, 'the actor already takes part in the operation');
      stakeholders.add(p.actorId);
    });
    bundle.relations.forEach((r, i) => {
      for (const end of ['sourceActorId', 'targetActorId'] as const) {
        if (global.actors!.has(r[end]) && !stakeholders.has(r[end])) invalid(`${base}.relations[${i}].${end}`, 'not a stakeholder of this operation');
      }
      if (r.sourceActorId === r.targetActorId) invalid(`${base}.relations[${i}].targetActorId`, 'a relation links two different actors');
    });
    const pairs = new Set<string>();
    bundle.positions.forEach((p, i) => {
      const pair = `${p.participationId}/${p.hypothesisId}`;
      if (pairs.has(pair)) invalid(`${base}.positions[${i}]`, 'two positions for the same actor and hypothesis');
      pairs.add(pair);
    });
    bundle.actions.forEach((a, i) => {
      if (a.startDate && a.endDate && a.endDate < a.startDate) invalid(`${base}.actions[${i}].endDate`, 'the end is before the start');
    });
  });
  return issues;
}
