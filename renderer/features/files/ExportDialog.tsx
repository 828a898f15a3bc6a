import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import type { ExportedFile } from '../../../shared/files/api-schemas';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { download } from './bytes';

type Format = 'json' | 'csv' | 'xlsx' | 'gexf';
const formats: Format[] = ['json', 'csv', 'xlsx', 'gexf'];

/**
 * Exports this operation (or the whole workspace) as JSON, XLSX, GEXF or CSV. One file downloads at
 * once; CSV gives one file per table (no zip), each with its own download button.
 */
export function ExportDialog({ operationId, onClose }: { operationId: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { client, status } = useServices();
  const ids = useId();
  const [scope, setScope] = useState<'operation' | 'workspace'>('operation');
  const [format, setFormat] = useState<Format>('xlsx');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [files, setFiles] = useState<ExportedFile[] | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    firstRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function save(file: ExportedFile) {
    download(file.name, file.mimeType, file.contentBase64);
    status.getState().showToast({ message: t('files.export.downloaded', { name: file.name }) });
  }

  async function submit() {
    setBusy(true);
    setError(null);
    setFiles(null);
    try {
      const result = await client.call('files.export', {
        operationId: scope === 'operation' ? operationId : null,
        format,
        includePrivate: format !== 'gexf' && includePrivate,
      });
      if (result.files.length === 1) {
        save(result.files[0]!);
        onClose();
      } else setFiles(result.files);
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      setError(errorMessage(e.error.code, i18n.language === 'en' ? 'en' : 'fr', e.error.params));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('files.export.title')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-scope`}>{t('files.export.scope')}</label>
            <select id={`${ids}-scope`} ref={firstRef} value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              <option value="operation">{t('files.export.scopes.operation')}</option>
              <option value="workspace">{t('files.export.scopes.workspace')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-format`}>{t('files.export.format')}</label>
            <select id={`${ids}-format`} value={format} onChange={(e) => (setFormat(e.target.value as Format), setFiles(null))}>
              {formats.map((f) => (
                <option key={f} value={f}>
                  {t(`files.export.formats.${f}`)}
                </option>
              ))}
            </select>
          </div>
          {format === 'gexf' ? (
            <p className="meta">{t('files.export.gexfNoPrivate')}</p>
          ) : (
            <div className="field export-private">
              <label>
                <input type="checkbox" checked={includePrivate} aria-describedby={`${ids}-private`} onChange={(e) => setIncludePrivate(e.target.checked)} />{' '}
                {t('files.export.includePrivate')}
              </label>
              <span id={`${ids}-private`} className="meta">
                {t('files.export.privateHint')}
              </span>
            </div>
          )}
          {busy && (
            <p role="status" className="meta">
              {t('files.export.exporting')}
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {files && (
            <section aria-labelledby={`${ids}-files`}>
              <p id={`${ids}-files`}>{t('files.export.csvFiles')}</p>
              <ul className="export-files">
                {files.map((f) => (
                  <li key={f.name}>
                    <button type="button" className="button-link" onClick={() => save(f)}>
                      {t('files.export.download', { name: f.name })}
                    </button>{' '}
                    {f.rows !== null && <span className="meta">{t('files.export.rows', { count: f.rows })}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {t('files.export.submit')}
            </button>
            <button type="button" className="button-quiet" onClick={onClose}>
              {t('files.export.close')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
