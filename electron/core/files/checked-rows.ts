import { StakeholderRow } from '../../../shared/domain/walk/stakeholder-rows';
import type { Locale } from '../../../shared/errors';
import type { RowIssue } from '../../../shared/files/issues';
import { checkActorRows, checkRelationRows, type ActorDraft, type Checked, type RelationDraft } from '../../../shared/files/rows';
import type { ActorField, Mapping, RelationField, Table } from '../../../shared/files/table';

/**
 * The checks of a table that depend on nothing but the table, its mapping and the language, kept
 * per table object: the upload's parse is kept (uploads.ts), so the import after a preview, and a
 * preview with a mapping already tried, do not check every row again. Callers copy, never mutate.
 */
const memo = new WeakMap<Table, Map<string, unknown>>();

function remember<T>(table: Table, key: string, compute: () => T): T {
  let byKey = memo.get(table);
  if (!byKey) memo.set(table, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

const keyOf = (kind: string, mapping: Mapping, locale: Locale) => `${kind}:${locale}:${JSON.stringify(Object.entries(mapping).sort())}`;

export interface CheckedStakeholder {
  draft: ActorDraft;
  /** The row as the walk's `addStakeholderRows` takes it (its collège still to resolve). */
  row: StakeholderRow;
}

/** Stakeholder rows checked by the file's rules, then by the walk's own schema. */
export function checkStakeholders(table: Table, mapping: Mapping<ActorField>, locale: Locale): { checked: CheckedStakeholder[]; issues: RowIssue[] } {
  return remember(table, keyOf('actors', mapping, locale), () => {
    const { drafts, issues } = checkActorRows(table, mapping, locale);
    const checked: CheckedStakeholder[] = [];
    const all = [...issues];
    for (const draft of drafts) {
      const { line: _line, college: _college, ...fields } = draft;
      const parsed = StakeholderRow.safeParse({ ...fields, collegeId: null });
      if (parsed.success) checked.push({ draft, row: parsed.data });
      else all.push({ code: 'invalid', line: draft.line, params: { detail: parsed.error.issues[0]?.message ?? '' } });
    }
    return { checked, issues: all };
  });
}

/** Relation rows checked by the file's rules (their ends are found in the workspace later). */
export function checkRelations(table: Table, mapping: Mapping<RelationField>, locale: Locale): Checked<RelationDraft> {
  return remember(table, keyOf('relations', mapping, locale), () => checkRelationRows(table, mapping, locale));
}
