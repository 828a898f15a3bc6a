import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorKey } from './field-errors';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: FieldErrorKey;
}

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export function TextField({ label, error, ...input }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(`operations.${error}`)}
        </p>
      )}
    </div>
  );
}
