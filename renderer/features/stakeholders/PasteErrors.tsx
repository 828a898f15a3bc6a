import { useTranslation } from 'react-i18next';

const SHOWN = 12;

/** Why a paste was refused: a summary, then each faulty cell by row number and column. */
export function PasteErrors({ summary, errors, onDismiss }: { summary: string; errors: readonly string[]; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="paste-errors" role="alert">
      <p className="field-error">{summary}</p>
      {errors.length > 0 && (
        <ul>
          {errors.slice(0, SHOWN).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
          {errors.length > SHOWN && <li>{t('stakeholders.errors.pasteMore', { count: errors.length - SHOWN })}</li>}
        </ul>
      )}
      <button type="button" className="button-link" onClick={onDismiss}>
        {t('stakeholders.errors.dismiss')}
      </button>
    </div>
  );
}
