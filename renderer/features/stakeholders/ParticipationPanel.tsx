import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { localized } from './api-error';
import { PrivateCheckbox } from './PrivateCheckbox';
import { ScoreProvenance } from './ScoreProvenance';
import type { StakeholderView } from './view';

interface Props {
  stakeholder: StakeholderView;
  onClose(): void;
}

/**
 * The selected stakeholder's details, beside the table: its role, where each score comes from,
 * notes, and the actor's contact and description. Every field saves itself; Esc closes.
 */
export function ParticipationPanel({ stakeholder, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { walk } = useServices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { participation: p, actor } = stakeholder;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => headingRef.current?.focus(), [p.id]);
  // Esc closes the panel from anywhere but a field (where it puts back the saved value) or a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (e.key !== 'Escape' || e.defaultPrevented || !target) return;
      if (target.closest('.stakeholder-panel, .modal-backdrop') || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const saveParticipation = (patch: Record<string, unknown>) => localized(i18n.language, () => walk.getState().update('participations', p.id, patch));
  const saveActor = (patch: Record<string, unknown>) => localized(i18n.language, () => walk.getState().update('actors', actor.id, patch));

  return (
    <aside
      className="stakeholder-panel"
      aria-labelledby="stakeholder-panel-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="stakeholder-panel-header">
        <div>
          <p className="eyebrow">{t('stakeholders.panel.label')}</p>
          <h2 id="stakeholder-panel-heading" ref={headingRef} tabIndex={-1}>
            {actor.name}
            {actor.acronym && <span className="meta"> ({actor.acronym})</span>}
          </h2>
          {(p.illustrative || actor.illustrative) && (
            <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
              {t('walk.illustrative')}
            </span>
          )}
        </div>
        <button type="button" className="button-icon" aria-label={t('stakeholders.panel.close')} title={t('stakeholders.panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="form">
        <AutosaveField label={t('stakeholders.panel.role')} value={p.role} maxLength={500} onSave={async (role) => void (await saveParticipation({ role }))} />
        <section className="panel-group" aria-labelledby="stakeholder-panel-scores">
          <h3 id="stakeholder-panel-scores">{t('stakeholders.panel.scores')}</h3>
          <p className="meta">{t('stakeholders.panel.sourceHint')}</p>
          {(['influence', 'interest', 'stance'] as const).map((score) => (
            <ScoreProvenance key={score} score={score} participation={p} save={saveParticipation} />
          ))}
        </section>
        <div className="private-field" data-private={p.notesPrivate}>
          <AutosaveField label={t('stakeholders.panel.notes')} kind="textarea" value={p.notes} maxLength={20000} onSave={async (notes) => void (await saveParticipation({ notes }))} />
          <PrivateCheckbox label={t('stakeholders.panel.notesPrivate')} checked={p.notesPrivate} onSave={(notesPrivate) => saveParticipation({ notesPrivate })} />
        </div>
        <p className="meta panel-divider">{t('stakeholders.panel.actorShared')}</p>
        <div className="private-field" data-private={actor.contactPrivate}>
          <AutosaveField label={t('stakeholders.panel.contact')} kind="textarea" rows={3} value={actor.contact} maxLength={2000} onSave={async (contact) => void (await saveActor({ contact }))} />
          <PrivateCheckbox label={t('stakeholders.panel.contactPrivate')} checked={actor.contactPrivate} onSave={(contactPrivate) => saveActor({ contactPrivate })} />
        </div>
        <AutosaveField label={t('stakeholders.panel.description')} kind="textarea" value={actor.description} maxLength={20000} onSave={async (description) => void (await saveActor({ description }))} />
      </div>
    </aside>
  );
}
