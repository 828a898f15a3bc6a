import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';

export function HistoryButtons() {
  const { t } = useTranslation();
  const { undo, redo, methodLabel } = useServices();
  const state = useFeature('history', (s) => s.state);
  const undoTitle = state.canUndo ? t('history.undoWhat', { what: methodLabel(state.undoMethod) }) : t('history.undo');
  const redoTitle = state.canRedo ? t('history.redoWhat', { what: methodLabel(state.redoMethod) }) : t('history.redo');
  return (
    <div className="button-group">
      <button type="button" className="button-quiet" onClick={() => void undo()} disabled={!state.canUndo} title={`${undoTitle} (Ctrl+Z)`} aria-label={undoTitle}>
        <span aria-hidden="true">↶ </span>
        {t('history.undo')}
      </button>
      <button type="button" className="button-quiet" onClick={() => void redo()} disabled={!state.canRedo} title={`${redoTitle} (Ctrl+Shift+Z)`} aria-label={redoTitle}>
        <span aria-hidden="true">↷ </span>
        {t('history.redo')}
      </button>
    </div>
  );
}
