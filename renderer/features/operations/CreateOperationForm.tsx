import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OperationFieldsSchema } from '../../../shared/domain/operation';
import { ApiCallError } from '../../api/client';
import { useServices } from '../../app/services-context';
import { fieldErrorFromApi, fieldErrors, type FieldErrors } from './field-errors';
import { TextField } from './TextField';

export function CreateOperationForm() {
  const { t } = useTranslation();
  const { operations, status, navigate } = useServices();
  const [values, setValues] = useState({ title: '', territory: '', lead: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = fieldErrors(OperationFieldsSchema.safeParse(values));
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const op = await operations.getState().create(values);
      void navigate(op.id);
      status.getState().showToast({ message: t('operations.created', { title: op.title }) });
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      setErrors(fieldErrorFromApi(err.error));
      status.getState().reportError(err.error);
    } finally {
      setBusy(false);
    }
  }

  const bind = (field: keyof typeof values) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value }),
    error: errors[field],
  });

  return (
    <form
      className="panel form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && operations.getState().setCreating(false)}
      aria-labelledby="create-heading"
      noValidate
    >
      <h2 id="create-heading">{t('operations.new')}</h2>
      <TextField label={t('operations.title')} placeholder={t('operations.titlePlaceholder')} autoFocus required maxLength={400} {...bind('title')} />
      <TextField label={t('operations.territory')} maxLength={400} {...bind('territory')} />
      <TextField label={t('operations.lead')} maxLength={400} {...bind('lead')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('operations.create')}
        </button>
        <button type="button" className="button-quiet" onClick={() => operations.getState().setCreating(false)}>
          {t('operations.cancel')}
        </button>
      </div>
    </form>
  );
}
