import { useTranslation } from 'react-i18next';
import { useServices, useFeature } from '../../app/services-context';
import { screens } from './screens';
import { sections } from './walk-store';
import { useWalkProgress } from './use-walk-progress';

/** The method's steps for the open operation, with where each stands (UX.md: a vertical stepper). */
export function Stepper() {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const operationId = useFeature('walk', (s) => s.operationId);
  const current = useFeature('walk', (s) => s.section);
  const progress = useWalkProgress();
  if (!operationId) return null;
  return (
    <ol className="stepper" aria-label={t('walk.stepsLabel')}>
      {sections
        .filter((s) => screens[s])
        .map((section) => {
          const step = progress?.steps[section];
          return (
            <li key={section}>
              <button
                type="button"
                className="step"
                data-state={step?.state}
                aria-current={section === current ? 'step' : undefined}
                onClick={() => void navigate(operationId, section)}
              >
                <span className="step-mark" aria-hidden="true" />
                <span className="step-name">{t(`progress.steps.${section}`)}</span>
                {step?.notes.some((n) => n.level === 'warning') && (
                  <span className="step-warning" title={t('walk.noteLevels.warning')}>
                    !<span className="visually-hidden"> {t('walk.noteLevels.warning')}</span>
                  </span>
                )}
                {step && <span className="visually-hidden">{t(`progress.states.${step.state}`)}</span>}
              </button>
            </li>
          );
        })}
    </ol>
  );
}
