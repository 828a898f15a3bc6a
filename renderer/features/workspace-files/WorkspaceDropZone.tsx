import { useTranslation } from 'react-i18next';
import { useWorkspaceDrop } from './use-workspace-drop';

/** Listens for a .tesr file dropped on the window, and says what dropping it will do. */
export function WorkspaceDropZone() {
  const { t } = useTranslation();
  const dragging = useWorkspaceDrop();
  return dragging ? (
    <div className="workspace-drop-hint" aria-hidden="true">
      {t('workspaceFiles.dropHint')}
    </div>
  ) : null;
}
