import { useId, useState } from 'react';
import { FieldMessages, messageIds } from '../../components/FieldMessages';

interface Option {
  value: string;
  label: string;
}

interface Props {
  legend: string;
  /** The saved value ('' for none yet). */
  value: string;
  options: readonly Option[];
  /** Saves the choice; rejects (or resolves with a message) when refused. */
  onSave(value: string): Promise<string | void>;
  hint?: string;
  /** Shown between the options, e.g. "→" for a scale from local to global. */
  separator?: string;
  className?: string;
}

/**
 * A closed choice as radio buttons in a fieldset: the choice saves itself at once (arrows move and
 * choose, as in any radio group). A refusal is announced under the options.
 */
export function RadioGroup({ legend, value, options, onSave, hint, separator, className }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setPending(null);
  }
  const current = pending ?? value;

  async function choose(next: string) {
    setPending(next);
    try {
      const refusal = await onSave(next);
      setError(refusal || null);
      if (refusal) setPending(null);
    } catch (e) {
      setPending(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const describedBy = messageIds(id, hint, error);
  return (
    <fieldset className={['radio-group', className].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="radio-options">
        {options.map((o, i) => (
          <span key={o.value} className="radio-slot">
            {separator && i > 0 && (
              <span className="radio-separator" aria-hidden="true">
                {separator}
              </span>
            )}
            <label className="radio-option">
              <input type="radio" name={id} value={o.value} checked={current === o.value} onChange={() => void choose(o.value)} />
              <span>{o.label}</span>
            </label>
          </span>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}
