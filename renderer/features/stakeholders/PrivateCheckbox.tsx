import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  checked: boolean;
  onSave(checked: boolean): Promise<unknown>;
}

/** Marks a field as private: a checkbox, saved at once, and the visible mark (lock + "privé") while it is. */
export function PrivateCheckbox({ label, checked, onSave }: Props) {
  const id = useId();
  const [shown, setShown] = useState(checked);
  const [draft, setDraft] = useState(checked);
  if (shown !== checked) {
    setShown(checked);
    setDraft(checked);
  }
  return (
    <div className="private-toggle">
      <input
        id={id}
        type="checkbox"
        checked={draft}
        onChange={(e) => {
          setDraft(e.target.checked);
          void onSave(e.target.checked).catch(() => setDraft(checked));
        }}
      />
      <label htmlFor={id}>{label}</label>
      {draft && <PrivateMark />}
    </div>
  );
}

/** Private data is marked by an icon and a word, never by colour alone. */
export function PrivateMark() {
  const { t } = useTranslation();
  return (
    <span className="private-mark" title={t('stakeholders.privateHint')}>
      <LockIcon /> {t('stakeholders.private')}
    </span>
  );
}

/** A padlock drawn in the text colour (an emoji may be missing from the system's fonts). */
function LockIcon() {
  return (
    <svg className="private-icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
