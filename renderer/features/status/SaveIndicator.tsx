import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/format';
import { useFeature } from '../../app/services-context';

/** Autosave is the storage model: this tells the user, at every moment, whether their work is on disk. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const pending = useFeature('status', (s) => s.pendingWrites);
  const savedAt = useFeature('status', (s) => s.lastSavedAt);
  const failed = useFeature('status', (s) => s.lastWriteFailed && s.pendingWrites === 0);
  const [state, text] =
    pending > 0
      ? ['saving', t('save.saving')]
      : failed
        ? ['failed', t('save.failed')]
        : ['saved', savedAt ? t('save.savedAt', { time: formatTime(savedAt, i18n.language) }) : t('save.saved')];
  return (
    <span className="save-indicator" data-state={state} role="status" aria-live="polite" data-testid="save-state">
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
