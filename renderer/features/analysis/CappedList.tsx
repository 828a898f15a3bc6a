import { useTranslation } from 'react-i18next';
import { capped } from './Progressive';
import { LIST_SHOWN } from './analysis-engine';

/** A bulleted list of at most LIST_SHOWN items, then "and N more" (a 2,000-actor list is read nowhere). */
export function CappedList({ items, empty, ordered = false }: { items: readonly string[]; empty?: string; ordered?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return empty ? <p className="meta">{empty}</p> : null;
  const { shown, more } = capped(items, LIST_SHOWN);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List className={ordered ? 'analysis-ranking' : undefined}>
        {shown.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </List>
      {more > 0 && <p className="meta">{t('analysis.more', { count: more })}</p>}
    </>
  );
}

/** Names joined with commas, at most LIST_SHOWN of them, then "and N more". */
export function cappedNames(t: (k: string, o?: Record<string, unknown>) => string, names: readonly string[]): string {
  const { shown, more } = capped(names, LIST_SHOWN);
  return more > 0 ? `${shown.join(', ')} ${t('analysis.more', { count: more })}` : shown.join(', ');
}
