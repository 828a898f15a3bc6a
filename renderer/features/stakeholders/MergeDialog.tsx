import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { useUndoToast } from './use-undo-toast';
import type { ActorRecord } from './view';

interface Props {
  actors: readonly ActorRecord[];
  participating: ReadonlySet<string>;
  onClose(): void;
}

/** Picks which of a group of duplicates to keep, then merges the others into it (one change). */
export function MergeDialog({ actors, participating, onClose }: Props) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const undoToast = useUndoToast();
  const [keepId, setKeepId] = useState(() => (actors.find((a) => participating.has(a.id)) ?? actors[0])?.id ?? '');
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    firstRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  async function merge() {
    const kept = actors.find((a) => a.id === keepId);
    const mergeIds = actors.filter((a) => a.id !== keepId).map((a) => a.id);
    if (!kept || mergeIds.length === 0) return;
    const done = await attempt(() => client.call('actors.merge', { keepId, mergeIds }));
    onClose();
    if (done) undoToast(t('stakeholders.duplicates.merged', { name: kept.name }));
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}>
      <div className="modal merge-dialog" role="dialog" aria-modal="true" aria-labelledby="merge-title">
        <h2 id="merge-title">{t('stakeholders.duplicates.dialogTitle')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void merge();
          }}
        >
          <fieldset>
            <legend>{t('stakeholders.duplicates.keep')}</legend>
            {actors.map((a) => (
              <label key={a.id} className="merge-choice">
                <input
                  ref={a.id === keepId ? firstRef : undefined}
                  type="radio"
                  name="keep"
                  value={a.id}
                  checked={a.id === keepId}
                  onChange={() => setKeepId(a.id)}
                />
                <span>
                  <strong>{a.name}</strong>
                  {a.acronym && ` (${a.acronym})`}
                  <span className="meta merge-choice-meta">
                    {participating.has(a.id) ? t('stakeholders.duplicates.inOperation') : t('stakeholders.duplicates.elsewhere')}
                    {a.description && ` · ${a.description.slice(0, 90)}${a.description.length > 90 ? '…' : ''}`}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="meta">{t('stakeholders.duplicates.keepHint')}</p>
          <div className="form-actions">
            <button type="submit" className="button-primary">
              {t('stakeholders.duplicates.confirm')}
            </button>
            <button type="button" className="button-quiet" onClick={onClose}>
              {t('stakeholders.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
