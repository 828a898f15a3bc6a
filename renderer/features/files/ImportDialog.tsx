import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import { MAX_UPLOAD_BYTES, PREVIEW_ROWS, type FileMapping, type FilesPreview } from '../../../shared/files/api-schemas';
import { issueMessage, type RowIssue } from '../../../shared/files/issues';
import { actorFields, relationFields, requiredFields, type TableField, type TableKind } from '../../../shared/files/table';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { ImportProgressBar } from './ImportProgressBar';
import { useImportJobs } from './use-import-jobs';

interface Props {
  operationId: string;
  onClose(): void;
}

interface Upload {
  name: string;
  uploadId: string;
}

type Column = TableField | '';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const separatorKey: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };
/** Networks and JSON exports: no mapping, their preview is what they would add. */
const isDocument = (format: FilesPreview['format']) => format === 'gexf' || format === 'graphml' || format === 'json';

/** One column per header cell, from a mapping (field -> column index). */
function columnsOf(mapping: FileMapping, width: number): Column[] {
  const columns: Column[] = Array.from({ length: width }, () => '');
  for (const [field, index] of Object.entries(mapping)) if (index !== undefined && index < width) columns[index] = field as TableField;
  return columns;
}

function mappingOf(columns: Column[]): FileMapping {
  const mapping: FileMapping = {};
  columns.forEach((field, i) => {
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

/**
 * Imports a CSV or XLSX table of stakeholders or relations, a GEXF or GraphML network, or a JSON
 * export: choose (or drop) a file, which is sent in pieces with a progress bar and a Cancel button;
 * for a table, check the guessed column mapping, the row errors and each duplicate; then import in
 * one change (the toast offers to undo it).
 */
export function ImportDialog({ operationId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { client, status, undo } = useServices();
  const jobs = useImportJobs();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const ids = useId();
  const [kind, setKind] = useState<TableKind>('actors');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<FilesPreview | null>(null);
  const [columns, setColumns] = useState<Column[]>([]);
  const [choices, setChoices] = useState<Record<number, 'merge' | 'skip'>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const uploaded = useRef<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    firstRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function discard() {
    const uploadId = uploaded.current;
    uploaded.current = null;
    if (uploadId) void client.call('files.uploadDiscard', { uploadId }).catch(() => undefined);
  }

  // Closing the dialog stops what runs and drops the backend's copy of the file.
  const { cancel } = jobs;
  useEffect(
    () => () => {
      cancel();
      discard();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on unmount only
    [],
  );


  const apiMessage = (e: unknown) => {
    if (!(e instanceof ApiCallError)) throw e;
    const { code, params, path } = e.error;
    return errorMessage(code, locale, { ...(path ? { path } : {}), ...params });
  };

  async function runPreview(next: Upload, nextKind: TableKind, mapping?: FileMapping) {
    const ticket = ++request.current;
    setBusy('reading');
    setImportError(null);
    try {
      const result = await jobs.preview({ operationId, kind: nextKind, uploadId: next.uploadId, ...(mapping ? { mapping } : {}) });
      if (ticket !== request.current) return;
      setPreview(result);
      if (!mapping) {
        setColumns(columnsOf(result.mapping, result.header.length));
        setChoices({});
      }
      setFileError(null);
    } catch (e) {
      if (ticket !== request.current) return;
      setPreview(null);
      setFileError(apiMessage(e));
    } finally {
      if (ticket === request.current) setBusy(null);
    }
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setPreview(null);
    setUpload(null);
    discard();
    if (file.size > MAX_UPLOAD_BYTES) {
      setFileError(t('files.import.tooLarge', { name: file.name, size: mb(file.size), limit: mb(MAX_UPLOAD_BYTES) }));
      return;
    }
    const ticket = ++request.current;
    setBusy('reading');
    setFileError(null);
    let next: Upload;
    try {
      next = { name: file.name, uploadId: await jobs.upload(file) };
    } catch (e) {
      if (ticket !== request.current) return;
      setBusy(null);
      setFileError(e instanceof ApiCallError ? apiMessage(e) : t('files.import.unreadable', { name: file.name }));
      return;
    }
    if (ticket !== request.current) return;
    uploaded.current = next.uploadId;
    setUpload(next);
    await runPreview(next, kind);
  }

  function changeKind(next: TableKind) {
    setKind(next);
    if (upload) void runPreview(upload, next);
  }

  const fields: readonly TableField[] = kind === 'actors' ? actorFields : relationFields;
  const counts = new Map<TableField, number>();
  for (const c of columns) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n > 1).map(([f]) => f);
  const missing = (requiredFields[kind] as readonly TableField[]).filter((f) => !counts.has(f));

  function changeColumn(index: number, field: Column) {
    const next = columns.map((c, i) => (i === index ? field : c));
    setColumns(next);
    const fieldsUsed = next.filter(Boolean);
    if (upload && new Set(fieldsUsed).size === fieldsUsed.length) void runPreview(upload, kind, mappingOf(next));
  }

  const summary = (created: Record<string, number>, updated: Record<string, number>) => {
    const parts = Object.entries(created)
      .filter(([, n]) => n > 0)
      .map(([table, count]) => t(`files.import.created.${table}`, { count }));
    if (updated.participations) parts.push(t('files.import.updated', { count: updated.participations }));
    return parts.join(', ') || t('files.import.nothing');
  };

  const network = !!preview && isDocument(preview.format);
  const ready = !!preview && !!upload && preview.errorCount === 0 && (network || (preview.missing.length === 0 && twice.length === 0 && missing.length === 0));

  async function submit() {
    if (!ready || !upload || busy) return;
    setBusy('importing');
    setImportError(null);
    try {
      const duplicateChoices = Object.entries(choices).map(([line, choice]) => ({ line: Number(line), choice }));
      const result = await jobs.importUpload({
        operationId,
        kind,
        uploadId: upload.uploadId,
        ...(network ? {} : { mapping: mappingOf(columns), duplicateChoices }),
      });
      uploaded.current = null; // the backend dropped its copy once imported
      onClose();
      status.getState().showToast({
        message: t('files.import.done', { name: upload.name, summary: summary(result.created, result.updated) }),
        action: { label: t('common.undo'), run: () => void undo() },
      });
    } catch (e) {
      setImportError(apiMessage(e));
      setBusy(null);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void choose(e.dataTransfer.files[0]);
  }

  const fieldLabel = (f: TableField) => t(`files.import.fields.${f}`);
  const issueText = (issue: FilesPreview['errors'][number]) => issueMessage(issue as RowIssue, locale);

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && busy !== 'importing' && (e.stopPropagation(), onClose())}>
      <div
        className="modal import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id={`${ids}-title`}>{t('files.import.title')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset className="import-kind">
            <legend>{t('files.import.kind')}</legend>
            {(['actors', 'relations'] as const).map((k, i) => (
              <label key={k}>
                <input ref={i === 0 ? firstRef : undefined} type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => changeKind(k)} />{' '}
                {t(`files.import.kinds.${k}`)}
              </label>
            ))}
            <p className="meta">{t('files.import.kindHint')}</p>
          </fieldset>
          <div className="field import-file">
            <label htmlFor={`${ids}-file`}>{t('files.import.file')}</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.gexf,.graphml,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${ids}-file-error` : `${ids}-drop`}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            <span id={`${ids}-drop`} className="meta">
              {t('files.import.drop')}
            </span>
            {fileError && (
              <p id={`${ids}-file-error`} className="field-error" role="alert">
                {fileError}
              </p>
            )}
          </div>
          {preview && (
            <>
              <p className="meta">
                {network
                  ? t('files.import.detectedDocument', { format: t(`files.import.formats.${preview.format}`), count: preview.rowCount })
                  : preview.format === 'xlsx'
                  ? t('files.import.detectedSheet', { sheet: preview.sheet, line: preview.headerLine, count: preview.rowCount })
                  : t('files.import.detected', {
                      encoding: preview.encoding,
                      separator: t(`files.import.separators.${separatorKey[preview.separator ?? ';'] ?? 'semicolon'}`),
                      line: preview.headerLine,
                      count: preview.rowCount,
                    })}
              </p>
              {!network && (
                <section aria-labelledby={`${ids}-mapping`}>
                  <h3 id={`${ids}-mapping`}>{t('files.import.mapping')}</h3>
                  <p className="meta">{t('files.import.mappingHint')}</p>
                  <div className="import-table-wrap">
                    <table className="import-preview">
                      <caption className="meta">{t('files.import.preview', { count: Math.min(PREVIEW_ROWS, preview.rowCount) })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('files.import.line')}</th>
                          {preview.header.map((h, i) => (
                            <th key={i} scope="col">
                              <span className="import-header">{h || t('files.import.columnN', { n: i + 1 })}</span>
                              <select
                                aria-label={h ? t('files.import.column', { name: h }) : t('files.import.columnN', { n: i + 1 })}
                                value={columns[i] ?? ''}
                                aria-invalid={columns[i] && twice.includes(columns[i]) ? true : undefined}
                                onChange={(e) => changeColumn(i, e.target.value as Column)}
                              >
                                <option value="">{t('files.import.ignore')}</option>
                                {fields.map((f) => (
                                  <option key={f} value={f}>
                                    {fieldLabel(f)}
                                  </option>
                                ))}
                              </select>
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {preview.rows.map((row) => (
                          <tr key={row.line} className={preview.errors.some((e) => e.line === row.line) ? 'has-error' : undefined}>
                            <th scope="row">{row.line}</th>
                            {preview.header.map((_h, i) => (
                              <td key={i} className={columns[i] ? undefined : 'ignored'}>
                                {row.cells[i] ?? ''}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {twice.map((f) => (
                    <p key={f} className="field-error" role="alert">
                      {t('files.import.twice', { field: fieldLabel(f) })}
                    </p>
                  ))}
                  {missing.length > 0 && (
                    <p className="field-error" role="alert">
                      {t('files.import.missing', { fields: missing.map(fieldLabel).join(', ') })}
                    </p>
                  )}
                </section>
              )}
              {(network || (twice.length === 0 && missing.length === 0)) && preview.errorCount > 0 && (
                <section className="import-errors" aria-labelledby={`${ids}-errors`}>
                  <h3 id={`${ids}-errors`} className="field-error">
                    {t('files.import.errors', { count: preview.errorCount })}
                  </h3>
                  <ul>
                    {preview.errors.map((e, i) => (
                      <li key={i}>{issueText(e)}</li>
                    ))}
                  </ul>
                  {preview.errorCount > preview.errors.length && <p className="meta">{t('files.import.moreErrors', { count: preview.errorCount - preview.errors.length })}</p>}
                </section>
              )}
              {preview.warnings.length > 0 && (
                <section aria-labelledby={`${ids}-warnings`}>
                  <h3 id={`${ids}-warnings`}>{t('files.import.warnings')}</h3>
                  <ul>
                    {preview.warnings.map((w, i) => (
                      <li key={i}>{issueText(w)}</li>
                    ))}
                  </ul>
                </section>
              )}
              {preview.duplicates.length > 0 && (
                <section className="import-duplicates" aria-labelledby={`${ids}-dups`}>
                  <h3 id={`${ids}-dups`}>{t('files.import.duplicates')}</h3>
                  <p className="meta">{t(network ? 'files.import.duplicatesDocumentHint' : 'files.import.duplicatesHint')}</p>
                  <ul>
                    {preview.duplicates.map((d, i) => {
                      if (network) return <li key={i}>{t('files.import.duplicateDocument', { name: d.name, existing: d.actorName })}</li>;
                      const label =
                        d.sameAsLine !== undefined
                          ? t('files.import.duplicateInFile', { line: d.line, name: d.name, earlier: d.sameAsLine })
                          : t('files.import.duplicateExisting', { line: d.line, name: d.name, existing: d.actorName });
                      return (
                        <li key={d.line}>
                          <label>
                            <span>{label}</span>
                            <select
                              value={choices[d.line] ?? 'merge'}
                              aria-label={label}
                              onChange={(e) => setChoices((c) => ({ ...c, [d.line]: e.target.value as 'merge' | 'skip' }))}
                            >
                              <option value="merge">{d.sameAsLine !== undefined ? t('files.import.mergeInFile', { earlier: d.sameAsLine }) : t('files.import.merge')}</option>
                              <option value="skip">{t('files.import.skip')}</option>
                            </select>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              )}
              {ready && <p className="meta import-ready">{t('files.import.ready', { summary: summary(preview.created, preview.updated) })}</p>}
            </>
          )}
          {jobs.progress && <ImportProgressBar progress={jobs.progress} importing={busy === 'importing'} onCancel={jobs.cancel} />}
          {importError && (
            <p className="field-error" role="alert">
              {importError}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={!ready || busy !== null}>
              {t('files.import.submit')}
            </button>
            <button type="button" className="button-quiet" onClick={onClose} disabled={busy === 'importing'}>
              {t('files.import.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
