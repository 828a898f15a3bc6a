import { useId, useState, type ReactNode } from 'react';
import { nameKey } from '../../../shared/domain/walk/names';
import '../../styles/meetings.css';

export interface CheckboxItem {
  id: string;
  label: string;
  /** A second, quieter line (a role, a status). */
  hint?: string;
}

interface Props {
  legend: ReactNode;
  items: readonly CheckboxItem[];
  selected: readonly string[];
  /** Saves the new selection (in the items' order, unknown ids kept at the end). */
  onChange(ids: string[]): Promise<unknown>;
  /** With a filter box (for long lists such as stakeholders): its label and placeholder. */
  filter?: { label: string; placeholder?: string; noMatch: string };
  /** Shown instead of the list when there is nothing to choose from. */
  empty?: ReactNode;
  columns?: 1 | 2 | 3;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * A labelled group of checkboxes that saves on each tick, with an optional filter box (case and
 * accents ignored). Ticking never loses a selected id that is not in the list.
 */
export function CheckboxList({ legend, items, selected, onChange, filter, empty, columns = 1 }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  // Ticks show at once and several can be made in a row: the saved selection arrives a moment later.
  const [local, setLocal] = useState<readonly string[] | null>(null);
  const [pending, setPending] = useState(0);
  const [seen, setSeen] = useState(selected);
  if (seen !== selected && seen.join() !== selected.join()) {
    setSeen(selected);
    if (local && (pending === 0 || sameSet(local, selected))) setLocal(null);
  }
  const current = local ?? selected;
  const chosen = new Set(current);
  const key = nameKey(query);
  const shown = key ? items.filter((i) => nameKey(`${i.label} ${i.hint ?? ''}`).includes(key)) : items;

  async function toggle(itemId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(itemId);
    else next.delete(itemId);
    const known = items.map((i) => i.id).filter((i) => next.has(i));
    const others = current.filter((s) => next.has(s) && !items.some((i) => i.id === s));
    const ids = [...known, ...others];
    setLocal(ids);
    setPending((n) => n + 1);
    try {
      await onChange(ids);
    } catch {
      setLocal(null);
    } finally {
      setPending((n) => n - 1);
    }
  }

  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      {items.length === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <>
          {filter && (
            <div className="checkbox-filter">
              <label htmlFor={`${id}-filter`} className="visually-hidden">
                {filter.label}
              </label>
              <input
                id={`${id}-filter`}
                type="search"
                value={query}
                placeholder={filter.placeholder ?? filter.label}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
          )}
          {shown.length === 0 ? (
            <p className="meta">{filter?.noMatch}</p>
          ) : (
            <ul className="checkbox-items" data-columns={columns}>
              {shown.map((item) => (
                <li key={item.id}>
                  <label>
                    <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => void toggle(item.id, e.target.checked)} />
                    <span>
                      <span className="checkbox-label">{item.label}</span>
                      {item.hint && <span className="checkbox-hint">{item.hint}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
