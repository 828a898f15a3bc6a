import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question, for the rare action worth a confirmation (deleting a whole operation). */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-message">
        <p id="confirm-message">{message}</p>
        <div className="form-actions">
          <button type="button" className="button-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button-quiet" ref={cancelRef} onClick={onCancel}>
            {t('operations.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
