import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';

/** Shows a toast offering to take the last change back (deletions, merges): no blocking confirm. */
export function useUndoToast() {
  const { t } = useTranslation();
  const { status, undo } = useServices();
  return useCallback(
    (message: string) => status.getState().showToast({ message, action: { label: t('common.undo'), run: () => void undo() } }),
    [status, undo, t],
  );
}
