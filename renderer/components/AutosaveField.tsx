import { useId, useState } from 'react';
import { FieldMessages, messageIds } from './FieldMessages';

interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  /** The saved value, as text ('' for none). */
  value: string;
  /** Saves the new text; rejects (or resolves with a message) when refused. */
  onSave(text: string): Promise<string | void>;
  kind?: 'text' | 'textarea' | 'select' | 'date' | 'number';
  options?: readonly Option[];
  hint?: string;
  rows?: number;
  maxLength?: number;
}

/**
 * A labelled field that saves itself when left (Enter too, except in a textarea; selects on change).
 * Escape puts back the saved value. A change saved elsewhere (undo, another window) shows up unless
 * the user is typing in this field. Errors are announced next to the field.
 */
export function AutosaveField({ label, value, onSave, kind = 'text', options, hint, rows = 4, maxLength }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (shown !== value) {
    setShown(value);
    if (draft === shown) setDraft(value);
  }
  async function save(text: string) {
    if (text === value) return setError(null);
    try {
      const refusal = await onSave(text);
      setError(refusal || null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const describedBy = messageIds(id, hint, error);
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setDraft(value);
      if (e.key === 'Enter' && kind !== 'textarea' && kind !== 'select') void save(draft);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {kind === 'textarea' ? (
        <textarea {...common} rows={rows} maxLength={maxLength} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={() => void save(draft)} />
      ) : kind === 'select' ? (
        <select
          {...common}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            void save(e.target.value);
          }}
        >
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          maxLength={maxLength}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void save(draft)}
        />
      )}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
