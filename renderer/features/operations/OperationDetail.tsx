import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OperationPatchSchema, type Operation } from '../../../shared/domain/operation';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { formatDate } from '../../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldErrorFromApi, fieldErrors, type FieldErrors } from './field-errors';
import { TextField } from './TextField';

type Field = 'title' | 'territory' | 'lead';
const FIELDS: Field[] = ['title', 'territory', 'lead'];

/** The operation's card: every field saves itself when left (or on Enter); nothing to "submit". */
export function OperationDetail({ operation }: { operation: Operation }) {
  const { t, i18n } = useTranslation();
  const { operations, status, undo } = useServices();
  const [draft, setDraft] = useState<Record<Field, string>>(operation);
  const [shown, setShown] = useState<Record<Field, string>>(operation);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);

  // Another window, an undo or a redo changed what is saved: show it, except in a field the user
  // is still typing in (its draft differs from what was shown).
  if (FIELDS.some((f) => shown[f] !== operation[f])) {
    setShown(operation);
    setDraft((d) => Object.fromEntries(FIELDS.map((f) => [f, d[f] === shown[f] ? operation[f] : d[f]])) as Record<Field, string>);
  }

  async function save(field: Field) {
    if (draft[field] === operation[field]) return;
    const found = fieldErrors(OperationPatchSchema.safeParse({ [field]: draft[field] }));
    setErrors(found);
    if (found[field]) return;
    try {
      await operations.getState().update(operation.id, { [field]: draft[field] });
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      setErrors(fieldErrorFromApi(err.error));
      status.getState().reportError(err.error);
    }
  }

  async function remove() {
    setConfirming(false);
    try {
      await operations.getState().remove(operation.id);
      status.getState().showToast({
        message: t('operations.deleted', { title: operation.title }),
        action: { label: t('common.undo'), run: () => void undo() },
      });
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      status.getState().reportError(err.error);
    }
  }

  async function toggleArchive() {
    try {
      await operations.getState().archive(operation.id, !operation.archived);
      if (!operation.archived) {
        status.getState().showToast({
          message: t('operations.archivedToast', { title: operation.title }),
          action: { label: t('common.undo'), run: () => void undo() },
        });
      }
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      status.getState().reportError(err.error);
    }
  }

  return (
    <section className="panel" aria-labelledby="detail-heading">
      <header className="panel-header">
        <div>
          <p className="eyebrow">{t('operations.details')}</p>
          <h2 id="detail-heading" className="detail-title">
            {operation.title}
            {operation.archived && <span className="tag">{t('operations.archived')}</span>}
          </h2>
          <p className="meta">
            {t('operations.createdOn', { date: formatDate(operation.createdAt, i18n.language) })} ·{' '}
            {t('operations.updatedOn', { date: formatDate(operation.updatedAt, i18n.language) })}
          </p>
        </div>
      </header>
      <div className="form">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`operations.${field}`)}
            value={draft[field]}
            maxLength={400}
            error={errors[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            onBlur={() => void save(field)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save(field);
              if (e.key === 'Escape') setDraft({ ...draft, [field]: operation[field] });
            }}
          />
        ))}
      </div>
      <footer className="form-actions">
        <button type="button" className="button-quiet" onClick={() => void toggleArchive()}>
          {operation.archived ? t('operations.unarchive') : t('operations.archive')}
        </button>
        <button type="button" className="button-danger-quiet" onClick={() => setConfirming(true)}>
          {t('operations.delete')}
        </button>
      </footer>
      {confirming && (
        <ConfirmDialog
          message={t('operations.confirmDelete', { title: operation.title })}
          confirmLabel={t('operations.confirmDeleteYes')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
