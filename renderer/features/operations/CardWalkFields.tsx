import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/api';
import type { Operation } from '../../../shared/domain/operation';
import { Pillar } from '../../../shared/domain/walk/enums';
import { useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { refusalMessage } from '../issue/refusal';
import '../../styles/card.css';

type OperationPatch = MethodInput<'operations.update'>['patch'];
type PillarId = Operation['pillars'][number];

/** The Third Industrial Revolution's five pillars, then the three the Region added (METHOD.md). */
const TRI = Pillar.options.slice(0, 5);
const REGION = Pillar.options.slice(5);

/**
 * The rest of the operation's card: the project lead's mission letter, the pillars the operation
 * serves and the commons at stake. Each field saves itself; a pillar saves when ticked.
 */
export function CardWalkFields({ operation }: { operation: Operation }) {
  const { t, i18n } = useTranslation();
  const { client } = useServices();

  async function save(patch: OperationPatch): Promise<string | void> {
    try {
      await client.call('operations.update', { id: operation.id, patch });
    } catch (err) {
      return refusalMessage(err, i18n.language);
    }
  }

  return (
    <section className="panel card-walk" aria-labelledby="card-walk-heading">
      <h2 id="card-walk-heading">{t('card.heading')}</h2>
      <div className="form">
        <AutosaveField
          kind="textarea"
          rows={6}
          maxLength={20_000}
          label={t('card.missionLetter')}
          hint={t('card.missionLetterHint')}
          value={operation.missionLetter}
          onSave={(missionLetter) => save({ missionLetter })}
        />
        <Pillars value={operation.pillars} onSave={(pillars) => save({ pillars })} />
        <AutosaveField
          kind="textarea"
          rows={3}
          maxLength={4000}
          label={t('card.commons')}
          hint={t('card.commonsHint')}
          value={operation.commons}
          onSave={(commons) => save({ commons })}
        />
      </div>
    </section>
  );
}

function Pillars({ value, onSave }: { value: readonly PillarId[]; onSave(pillars: PillarId[]): Promise<string | void> }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = value.join(',');
  // Ticks show at once; the saved list takes over when it changes (this save, an undo, another window).
  const [local, setLocal] = useState<{ base: string; pillars: PillarId[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = local && local.base === saved ? local.pillars : value;

  async function toggle(pillar: PillarId, on: boolean) {
    const next = Pillar.options.filter((p) => (p === pillar ? on : checked.includes(p)));
    setLocal({ base: saved, pillars: next });
    const refusal = await onSave(next);
    setError(refusal || null);
    if (refusal) setLocal(null);
  }

  const group = (titleKey: string, pillars: readonly PillarId[]) => (
    <div className="pillar-group" role="group" aria-labelledby={`${id}-${titleKey}`}>
      <p id={`${id}-${titleKey}`} className="pillar-group-title">
        {t(`card.${titleKey}`)}
      </p>
      <ul>
        {pillars.map((p) => (
          <li key={p}>
            <label className="pillar-option">
              <input type="checkbox" checked={checked.includes(p)} onChange={(e) => void toggle(p, e.target.checked)} />
              <span>{t(`card.pillars.${p}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <fieldset className="pillars" aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
      <legend>{t('card.pillarsLegend')}</legend>
      <p id={`${id}-hint`} className="meta">
        {t('card.pillarsHint')}
      </p>
      <div className="pillar-groups">
        {group('pillarsTri', TRI)}
        {group('pillarsRegion', REGION)}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
