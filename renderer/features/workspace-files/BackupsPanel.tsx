import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';
import { formatMoment, formatSize } from './format';

/**
 * The open file's backups: take one now, or restore one. A restore needs no confirmation: the
 * file as it was is kept as a backup, and the toast's "Undo" restores it.
 */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const locale = i18n.language;
  const { client, attempt, status, workspaceFiles } = useServices();
  const info = useFeature('workspaceFiles', (s) => s.info);
  const backups = useFeature('workspaceFiles', (s) => s.backups);
  const [busy, setBusy] = useState<'saving' | 'restoring' | null>(null);
  if (!info || !backups) return null;

  async function run(kind: 'saving' | 'restoring', action: () => Promise<void>) {
    setBusy(kind);
    try {
      await attempt(action);
      await attempt(() => workspaceFiles.getState().refresh());
    } finally {
      setBusy(null);
    }
  }

  const backUpNow = () =>
    run('saving', async () => {
      await client.call('backups.create', {});
      status.getState().showToast({ message: t('backups.done') });
    });

  const restore = (id: string, createdAt: string) =>
    run('restoring', async () => {
      const { undoId } = await client.call('backups.restore', { id });
      status.getState().showToast({
        message: t('backups.restored', { date: formatMoment(createdAt, locale, true) }),
        action: {
          label: t('common.undo'),
          run: () =>
            void run('restoring', async () => {
              await client.call('backups.restore', { id: undoId });
              status.getState().showToast({ message: t('backups.restoreUndone') });
            }),
        },
      });
    });

  return (
    <section className="backups-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('backups.heading', { name: info.name })}</h3>
      <p className="meta">{t('backups.intro', { keep: backups.keep })}</p>
      <p className="meta files-path">{t('backups.folder', { folder: backups.folder })}</p>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy !== null} onClick={() => void backUpNow()}>
          {t('backups.now')}
        </button>
        {busy && (
          <span role="status" className="meta">
            {t(busy === 'saving' ? 'backups.saving' : 'backups.restoring')}
          </span>
        )}
      </div>
      {backups.items.length === 0 ? (
        <p className="empty-note">{t('backups.empty')}</p>
      ) : (
        <table className="files-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.columns.date')}</th>
              <th scope="col">{t('backups.columns.reason')}</th>
              <th scope="col">{t('backups.columns.size')}</th>
              <th scope="col">{t('backups.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.items.map((b) => {
              const date = formatMoment(b.createdAt, locale, true);
              return (
                <tr key={b.id}>
                  <th scope="row">{date}</th>
                  <td>{t(`backups.reasons.${b.reason}`)}</td>
                  <td>{formatSize(b.size, locale)}</td>
                  <td>
                    <button type="button" className="button-quiet" disabled={busy !== null} aria-label={t('backups.restoreNamed', { date })} onClick={() => void restore(b.id, b.createdAt)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
