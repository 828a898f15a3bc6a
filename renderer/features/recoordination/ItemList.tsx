import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListEntry {
  id: string;
  title: string;
  details?: ReactNode;
  illustrative?: boolean;
}

interface ListProps {
  label: string;
  entries: readonly ListEntry[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Delete key on an entry (the screen shows an undo toast). */
  onDelete(id: string): void;
  idPrefix: string;
}

/** A list of records to pick one from: arrows move, Delete removes (with undo). */
export function ItemList({ label, entries, selectedId, onSelect, onDelete, idPrefix }: ListProps) {
  const { t } = useTranslation();
  function onKey(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    const move = (to: number) => {
      const target = entries[to];
      if (!target) return;
      e.preventDefault();
      onSelect(target.id);
      document.getElementById(`${idPrefix}-${target.id}`)?.focus();
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete(entries[index]!.id);
    }
  }
  return (
    <ol className="item-list" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={entry.id}>
          <button
            type="button"
            id={`${idPrefix}-${entry.id}`}
            className="item-list-entry"
            aria-current={entry.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(entry.id)}
            onKeyDown={(e) => onKey(e, index)}
          >
            <span className="item-list-title">
              {entry.title}
              {entry.illustrative && (
                <>
                  {' '}
                  <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
                    {t('walk.illustrative')}
                  </span>
                </>
              )}
            </span>
            {entry.details && <span className="item-list-details">{entry.details}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

interface AddProps {
  label: string;
  button: string;
  required: string;
  /** Creates the record; resolves with a refusal message, or nothing when done. */
  onAdd(name: string): Promise<string | undefined>;
}

/** One field and a button to add a record by its name (Enter works); refuses an empty name beside the field. */
export function AddByName({ label, button, required, onAdd }: AddProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') {
      setError(required);
      document.getElementById(id)?.focus();
      return;
    }
    const refusal = await onAdd(name.trim());
    setError(refusal ?? null);
    if (!refusal) setName('');
  }
  return (
    <form className="add-by-name" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <div className="add-by-name-row">
          <input
            id={id}
            value={name}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button-primary">
            {button}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
