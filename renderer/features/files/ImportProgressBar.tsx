import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './use-import-jobs';

/** What a long import is doing, how far it has got (a percentage of the bytes), and how to stop it. */
export function ImportProgressBar({ progress, importing, onCancel }: { progress: ImportProgress; importing: boolean; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const measured = progress.step !== 'check' && progress.total > 0;
  const fraction = measured ? Math.min(1, progress.done / progress.total) : null;
  const step = importing && progress.step === 'check' ? 'write' : progress.step;
  const percent = fraction === null ? '' : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(Math.floor(fraction * 100) / 100);
  return (
    <div className="import-progress">
      <span id={`${id}-label`} role="status">
        {t(`files.import.progress.${step}`)} {percent && <strong>{percent}</strong>}
      </span>
      <progress aria-labelledby={`${id}-label`} max={1} value={fraction ?? undefined} />
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('files.import.stop')}
      </button>
    </div>
  );
}
