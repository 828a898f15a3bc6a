import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';

/** The open file's name in the top bar (and the page title), and the way to the Files dialog. */
export function WorkspaceName() {
  const { t } = useTranslation();
  const info = useFeature('workspaceFiles', (s) => s.info);
  useEffect(() => {
    document.title = info ? `${info.name} – ${t('app.name')}` : t('app.name');
  }, [info, t]);
  if (!info) return null;
  return (
    <span className="workspace-name" title={info.path} data-testid="workspace-name">
      <span className="visually-hidden">{t('app.workspace')} : </span>
      {info.name}
    </span>
  );
}

export function FilesButton() {
  const { t } = useTranslation();
  const { workspaceFiles } = useServices();
  return (
    <button type="button" className="button-quiet" title={t('workspaceFiles.buttonHint')} onClick={() => workspaceFiles.getState().show('files')}>
      {t('workspaceFiles.button')}
    </button>
  );
}
