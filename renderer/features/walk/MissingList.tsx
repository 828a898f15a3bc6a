import { useTranslation } from 'react-i18next';
import type { ProgressItem } from '../../../shared/domain/walk/progress';
import type { Section } from './walk-store';
import { useWalkProgress } from './use-walk-progress';

/** What the step still lacks, worded as the next things to do, then warnings and hints. */
export function MissingList({ section }: { section: Section }) {
  const { t } = useTranslation();
  const step = useWalkProgress()?.steps[section];
  if (!step || step.missing.length + step.notes.length === 0) return null;
  // A default collège is named by its key: word it in the current language.
  const word = (item: ProgressItem) => {
    const college = item.params?.college;
    const params = typeof college === 'string' ? { ...item.params, college: t(`stakeholders.colleges.${college}`, { defaultValue: college }) } : item.params;
    return t(item.key, params);
  };
  const key = (item: ProgressItem) => item.key + JSON.stringify(item.params ?? {});
  return (
    <aside className="missing" aria-labelledby="missing-heading">
      {step.missing.length > 0 && (
        <>
          <h3 id="missing-heading">{t('walk.stillMissing')}</h3>
          <ul>
            {step.missing.map((m) => (
              <li key={key(m)}>{word(m)}</li>
            ))}
          </ul>
        </>
      )}
      {step.notes.length > 0 && (
        <ul className="notes" aria-labelledby={step.missing.length ? undefined : 'missing-heading'}>
          {step.notes.map((n) => (
            <li key={key(n)} data-level={n.level}>
              <strong>{t(`walk.noteLevels.${n.level}`)} </strong>
              {word(n)}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
