import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';

/** Brief confirmations, with Undo where an action can be taken back (instead of blocking confirms). */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useFeature('status', (s) => s.toasts);
  const { status } = useServices();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div className="toast" key={toast.id} role="status">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button-link"
              onClick={() => {
                toast.action?.run();
                status.getState().dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="button-icon" aria-label={t('common.close')} onClick={() => status.getState().dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
