import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameProblem } from '../../../shared/workspace-files/file-name';

interface Props {
  heading: string;
  label: string;
  submit: string;
  hint?: string;
  onSubmit(name: string): Promise<unknown>;
}

/** A file name to create (new file, copy): checked as typed, so a refused name says why beside the field. */
export function NameForm({ heading, label, submit, hint, onSubmit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = fileNameProblem(name);
  const shown = touched && problem;
  return (
    <form
      className="name-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (problem || busy) return;
        setBusy(true);
        void onSubmit(name).finally(() => setBusy(false));
      }}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      {hint && <p className="meta">{hint}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{label}</label>
        <div className="name-form-row">
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name && setTouched(true)}
          />
          <span className="meta">.tesr</span>
          <button type="submit" className="button-primary" disabled={busy}>
            {submit}
          </button>
        </div>
      </div>
      {shown && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(`workspaceFiles.nameProblems.${problem}`)}
        </p>
      )}
    </form>
  );
}
