import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../components/AutosaveField';
import type { ParticipationRecord } from './view';
import { confidenceOptions, stanceLabel } from './wording';

export type Score = 'influence' | 'interest' | 'stance';

interface Props {
  score: Score;
  participation: ParticipationRecord;
  save(patch: Record<string, unknown>): Promise<unknown>;
}

/** Where one score comes from and how sure the team is of it, beside the score itself. */
export function ScoreProvenance({ score, participation, save }: Props) {
  const { t } = useTranslation();
  const value = participation[score];
  const shown = value === null ? t('stakeholders.panel.notRated') : score === 'stance' ? stanceLabel(t, value) : `${value} / 5`;
  const label = t(`stakeholders.columns.${score}`);
  return (
    <fieldset className="score-provenance">
      <legend>{t('stakeholders.panel.scoreValue', { score: label, value: shown })}</legend>
      <AutosaveField
        label={t('stakeholders.panel.source')}
        value={participation[`${score}Source`]}
        maxLength={500}
        onSave={async (text) => void (await save({ [`${score}Source`]: text }))}
      />
      <AutosaveField
        label={t('stakeholders.panel.confidence')}
        kind="select"
        options={confidenceOptions(t)}
        value={participation[`${score}Confidence`] ?? ''}
        onSave={async (text) => void (await save({ [`${score}Confidence`]: text === '' ? null : text }))}
      />
    </fieldset>
  );
}
