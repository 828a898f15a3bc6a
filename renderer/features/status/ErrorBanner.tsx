import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import { useFeature, useServices } from '../../app/services-context';

/** What went wrong and what to do, in the user's language, until dismissed or the next success. */
export function ErrorBanner() {
  const { t, i18n } = useTranslation();
  const error = useFeature('status', (s) => s.lastError);
  const connected = useFeature('status', (s) => s.connected);
  const { status } = useServices();
  if (!connected) {
    return (
      <div className="banner banner-warning" role="alert">
        {t('app.disconnected')}
      </div>
    );
  }
  if (!error || error.code === 'invalid-input') return null; // field errors show beside their field
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <span>{errorMessage(error.code, i18n.language === 'en' ? 'en' : 'fr', error.params)}</span>
      <button type="button" className="button-quiet" onClick={() => status.getState().clearError()}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
