import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicateGroups, nameKey } from '../../../shared/domain/walk/names';
import { MergeDialog } from './MergeDialog';
import type { ActorRecord } from './view';

interface Props {
  /** The actors taking part in the operation. */
  stakeholders: readonly ActorRecord[];
  /** Every actor of the workspace. */
  actors: readonly ActorRecord[];
}

/**
 * Actors whose names differ only by case, accents or punctuation ("CD2E" / "C.D.2.E"), among the
 * operation's stakeholders and the workspace's actors bearing the same names, each group with a
 * merge that keeps every link.
 */
export function DuplicatesNotice({ stakeholders, actors }: Props) {
  const { t } = useTranslation();
  const [merging, setMerging] = useState<ActorRecord[] | null>(null);
  const participating = useMemo(() => new Set(stakeholders.map((a) => a.id)), [stakeholders]);
  const groups = useMemo(() => {
    const keys = new Set(stakeholders.map((a) => nameKey(a.name)));
    // Each group in the table's order, then actors from elsewhere, oldest first.
    const rank = new Map(stakeholders.map((a, i) => [a.id, i]));
    const order = (a: ActorRecord, b: ActorRecord) =>
      (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.createdAt.localeCompare(b.createdAt);
    return duplicateGroups(actors.filter((a) => keys.has(nameKey(a.name)))).map((g) => g.sort(order));
  }, [stakeholders, actors]);
  if (groups.length === 0) return null;
  return (
    <aside className="duplicates-notice" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" className="visually-hidden">
        {t('stakeholders.duplicates.heading')}
      </h2>
      <ul>
        {groups.map((group) => {
          const names = group.map((a) => a.name).join(' / ');
          return (
            <li key={group.map((a) => a.id).join()}>
              <span aria-hidden="true" className="notice-icon">
                ⚠
              </span>{' '}
              <span>{t('stakeholders.duplicates.group', { names })}</span>
              <button type="button" className="button-quiet" aria-label={t('stakeholders.duplicates.mergeLabel', { names })} onClick={() => setMerging(group)}>
                {t('stakeholders.duplicates.merge')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="meta">{t('stakeholders.duplicates.hint')}</p>
      {merging && <MergeDialog actors={merging} participating={participating} onClose={() => setMerging(null)} />}
    </aside>
  );
}
