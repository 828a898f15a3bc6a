import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature } from '../../app/services-context';
import { formatMoment, formatSize } from './format';
import { NameForm } from './NameForm';
import { desktopBridge, isWorkspaceFile } from './upload';
import { useWorkspaceActions } from './use-workspace-actions';

/** The open file, new file, a copy, the files of the data folder, upload, download and recent files. */
export function FilesPanel() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const locale = i18n.language;
  const info = useFeature('workspaceFiles', (s) => s.info);
  const files = useFeature('workspaceFiles', (s) => s.files);
  const recent = useFeature('workspaceFiles', (s) => s.recent);
  const actions = useWorkspaceActions();
  const [sending, setSending] = useState<string | null>(null);
  const desktop = !!desktopBridge();
  if (!info) return null;

  return (
    <div className="files-panel">
      <section aria-labelledby={`${ids}-current`} className="files-current">
        <h3 id={`${ids}-current`}>{t('workspaceFiles.current.heading')}</h3>
        <p className="files-current-name">{info.fileName}</p>
        <dl className="files-facts">
          <dt>{t('workspaceFiles.current.folder')}</dt>
          <dd className="files-path">{info.folder}</dd>
          <dt>{t('workspaceFiles.current.size')}</dt>
          <dd>{formatSize(info.size, locale)}</dd>
          <dt>{t('workspaceFiles.current.created')}</dt>
          <dd>{info.createdAt ? formatMoment(info.createdAt, locale) : t('workspaceFiles.current.unknown')}</dd>
          <dt>{t('workspaceFiles.current.opened')}</dt>
          <dd>{formatMoment(info.openedAt, locale)}</dd>
        </dl>
        {!desktop && (
          <a className="button-quiet files-download" href="/files/download" download={info.fileName}>
            {t('workspaceFiles.download')}
          </a>
        )}
      </section>

      <div className="files-forms">
        <NameForm
          heading={t('workspaceFiles.newFile.heading')}
          label={t('workspaceFiles.newFile.label')}
          submit={t('workspaceFiles.newFile.submit')}
          onSubmit={actions.create}
        />
        <NameForm
          heading={t('workspaceFiles.saveAs.heading')}
          label={t('workspaceFiles.saveAs.label')}
          submit={t('workspaceFiles.saveAs.submit')}
          hint={t('workspaceFiles.saveAs.hint')}
          onSubmit={actions.saveAs}
        />
      </div>

      <section aria-labelledby={`${ids}-folder`}>
        <h3 id={`${ids}-folder`}>{t('workspaceFiles.folder.heading')}</h3>
        <p className="meta files-path">{t('workspaceFiles.folder.where', { folder: info.dataFolder })}</p>
        {files.length === 0 ? (
          <p className="meta">{t('workspaceFiles.folder.empty')}</p>
        ) : (
          <table className="files-table">
            <thead>
              <tr>
                <th scope="col">{t('workspaceFiles.columns.name')}</th>
                <th scope="col">{t('workspaceFiles.columns.size')}</th>
                <th scope="col">{t('workspaceFiles.columns.modified')}</th>
                <th scope="col">{t('workspaceFiles.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.fileName}>
                  <th scope="row">{f.name}</th>
                  <td>{formatSize(f.size, locale)}</td>
                  <td>{formatMoment(f.modifiedAt, locale)}</td>
                  <td>
                    {f.current ? (
                      <span className="tag">{t('workspaceFiles.currentTag')}</span>
                    ) : (
                      <button type="button" className="button-quiet" aria-label={t('workspaceFiles.openNamed', { name: f.name })} onClick={() => void actions.open({ fileName: f.fileName })}>
                        {t('workspaceFiles.open')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {desktop ? (
          <p className="meta">{t('workspaceFiles.desktopHint')}</p>
        ) : (
          <div className="files-upload">
            <label className="button-quiet" htmlFor={`${ids}-upload`}>
              {t('workspaceFiles.upload.label')}
            </label>
            <input
              id={`${ids}-upload`}
              className="visually-hidden"
              type="file"
              accept=".tesr"
              aria-describedby={`${ids}-upload-hint`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file || !isWorkspaceFile(file)) return;
                setSending(file.name);
                void actions.openFile(file).finally(() => setSending(null));
              }}
            />
            <span id={`${ids}-upload-hint`} className="meta">
              {sending ? t('workspaceFiles.upload.sending', { name: sending }) : t('workspaceFiles.upload.hint')}
            </span>
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-recent`}>
        <h3 id={`${ids}-recent`}>{t('workspaceFiles.recent.heading')}</h3>
        {recent.length === 0 ? (
          <p className="meta">{t('workspaceFiles.recent.empty')}</p>
        ) : (
          <table className="files-table">
            <thead>
              <tr>
                <th scope="col">{t('workspaceFiles.columns.name')}</th>
                <th scope="col">{t('workspaceFiles.current.folder')}</th>
                <th scope="col">{t('workspaceFiles.columns.openedAt')}</th>
                <th scope="col">{t('workspaceFiles.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => (
                <tr key={r.path}>
                  <th scope="row">{r.name}</th>
                  <td className="files-path">{r.path.slice(0, r.path.length - r.fileName.length - 1)}</td>
                  <td>{formatMoment(r.openedAt, locale)}</td>
                  <td>
                    {r.current ? (
                      <span className="tag">{t('workspaceFiles.currentTag')}</span>
                    ) : r.exists ? (
                      <button type="button" className="button-quiet" aria-label={t('workspaceFiles.openNamed', { name: r.name })} onClick={() => void actions.open({ recentPath: r.path })}>
                        {t('workspaceFiles.open')}
                      </button>
                    ) : (
                      <span className="tag tag-warning" title={t('workspaceFiles.missingHint')}>
                        {t('workspaceFiles.missing')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
