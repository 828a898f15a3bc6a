import { useTranslation } from 'react-i18next';
import { OperationsSidebar } from '../features/operations/OperationsSidebar';
import { OperationsWorkspace } from '../features/operations/OperationsWorkspace';
import { HistoryButtons } from '../features/history/HistoryButtons';
import { useHistoryShortcuts } from '../features/history/use-history-shortcuts';
import { PreferenceControls } from '../features/preferences/PreferenceControls';
import { ErrorBanner } from '../features/status/ErrorBanner';
import { SaveIndicator } from '../features/status/SaveIndicator';
import { Toasts } from '../features/status/Toasts';
import { FilesDialog } from '../features/workspace-files/FilesDialog';
import { FilesButton, WorkspaceName } from '../features/workspace-files/WorkspaceBar';
import { WorkspaceDropZone } from '../features/workspace-files/WorkspaceDropZone';

/** The window: top bar, operations on the left, the work in the centre (UX.md, "The window"). */
export function App() {
  const { t } = useTranslation();
  useHistoryShortcuts();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <WorkspaceName />
        </div>
        <SaveIndicator />
        <div className="topbar-actions">
          <FilesButton />
          <HistoryButtons />
          <PreferenceControls />
        </div>
      </header>
      <ErrorBanner />
      <div className="body">
        <OperationsSidebar />
        <main id="main" className="content" tabIndex={-1}>
          <OperationsWorkspace />
        </main>
      </div>
      <Toasts />
      <FilesDialog />
      <WorkspaceDropZone />
    </div>
  );
}
