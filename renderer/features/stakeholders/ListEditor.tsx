import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { EditableTable } from '../../components/table/EditableTable';
import type { Column } from '../../components/table/types';
import { localized } from './api-error';
import { readText } from './parsers';
import { useUndoToast } from './use-undo-toast';
import { byPosition, listLabel, type ListKind, type ListRow } from './wording';

const WORDS = {
  colleges: { count: 'stakeholders.lists.collegesCount', hint: 'stakeholders.lists.collegesHint', deleted: 'stakeholders.lists.deletedCollege' },
  relationKinds: { count: 'stakeholders.lists.relationKindsCount', hint: 'stakeholders.lists.relationKindsHint', deleted: 'stakeholders.lists.deletedRelationKind' },
} as const;

/**
 * A small, collapsible editor of one of the workspace's lists (collèges, relation kinds): rename
 * (a default item's label overrides its wording when not empty), add, delete with undo.
 */
export function ListEditor({ kind, items }: { kind: ListKind; items: readonly ListRow[] }) {
  const { t, i18n } = useTranslation();
  const { walk, attempt } = useServices();
  const undoToast = useUndoToast();
  const words = WORDS[kind];
  const rows = useMemo(() => byPosition(items), [items]);
  const columns = useMemo<Column<ListRow>[]>(
    () => [{ key: 'label', label: t('stakeholders.lists.label'), kind: 'text', primary: true, read: (r) => listLabel(t, kind, r), parse: readText(t, 500) }],
    [t, kind],
  );

  const onChange = useCallback(
    async (row: ListRow, _key: string, value: unknown) => {
      if (value === '' && row.key === null) throw new Error(t('stakeholders.lists.labelRequired'));
      await localized(i18n.language, () => walk.getState().update(kind, row.id, { label: value }));
    },
    [t, i18n, walk, kind],
  );
  const onAdd = useCallback(
    async (values: Record<string, unknown>) => {
      await localized(i18n.language, () => walk.getState().create(kind, { label: String(values.label) }));
    },
    [i18n, walk, kind],
  );
  const onDelete = useCallback(
    async (row: ListRow) => {
      const done = await attempt(async () => (await walk.getState().remove(kind, row.id), true));
      if (done) undoToast(t(words.deleted, { name: listLabel(t, kind, row) }));
    },
    [attempt, walk, kind, undoToast, t, words],
  );

  return (
    <details className="list-editor">
      <summary>{t(words.count, { count: rows.length })}</summary>
      <p className="meta">{t(words.hint)}</p>
      <EditableTable
        caption={t(words.count, { count: rows.length })}
        columns={columns}
        rows={rows}
        onChange={onChange}
        onAdd={onAdd}
        onDelete={onDelete}
        rowName={(r) => listLabel(t, kind, r)}
      />
    </details>
  );
}
