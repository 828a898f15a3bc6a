import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';
import { BackupsPanel } from './BackupsPanel';
import { FilesPanel } from './FilesPanel';
import type { FilesTab } from './workspace-files-store';
import '../../styles/workspace-files.css';

const tabs: FilesTab[] = ['files', 'backups'];

/** Files and backups, as a dialog over the window (from the top bar, or the desktop File menu). */
export function FilesDialog() {
  const { t } = useTranslation();
  const ids = useId();
  const { workspaceFiles, attempt } = useServices();
  const tab = useFeature('workspaceFiles', (s) => s.dialog);
  const tabRefs = useRef<Partial<Record<FilesTab, HTMLButtonElement | null>>>({});
  const open = tab !== null;

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    void attempt(() => workspaceFiles.getState().refresh());
    return () => previous?.focus();
  }, [open, attempt, workspaceFiles]);
  useEffect(() => {
    if (tab) tabRefs.current[tab]?.focus();
  }, [tab]);

  if (!tab) return null;
  const close = () => workspaceFiles.getState().hide();
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    workspaceFiles.getState().show(tabs[(tabs.indexOf(tab) + 1) % tabs.length]!);
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
      <div className="modal files-dialog" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`}>
        <div className="files-dialog-head">
          <h2 id={`${ids}-title`}>{t('workspaceFiles.dialogTitle')}</h2>
          <button type="button" className="button-icon" aria-label={t('common.close')} onClick={close}>
            ×
          </button>
        </div>
        <div role="tablist" className="files-tabs" aria-labelledby={`${ids}-title`}>
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${ids}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${ids}-panel`}
              tabIndex={tab === name ? 0 : -1}
              ref={(el) => {
                tabRefs.current[name] = el;
              }}
              onKeyDown={onTabKey}
              onClick={() => workspaceFiles.getState().show(name)}
            >
              {t(`workspaceFiles.tabs.${name}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${tab}`} className="files-tabpanel">
          {tab === 'files' ? <FilesPanel /> : <BackupsPanel />}
        </div>
      </div>
    </div>
  );
}
