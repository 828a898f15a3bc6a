import { useTranslation } from 'react-i18next';
import { Condition } from '../../../shared/domain/walk/enums';
import { useFeature } from '../../app/services-context';
import { BarChart } from '../../components/charts/BarChart';
import { newestFirst } from '../meetings/walk-helpers';
import { ConditionCard } from './ConditionCard';
import { MAX_SCORE, type ConditionKey } from './model';
import '../../styles/conditions.css';

/**
 * The seven conditions of success of the operation, each scored 0–3 with a note and a date and
 * revisited over time: the latest scores as a chart, then each condition with its history.
 */
export function ConditionsScreen() {
  const { t } = useTranslation();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  if (!snapshot) return null;
  const historyOf = (c: ConditionKey) => snapshot.conditionAssessments.filter((a) => a.condition === c).sort(newestFirst((a) => a.date));
  const latest = Condition.options.map((c) => ({ condition: c, assessment: historyOf(c)[0] ?? null }));
  const assessed = latest.filter((l) => l.assessment).length;
  const scoreWords = (score: number) => t('conditions.scoreWithWords', { score, max: MAX_SCORE, words: t(`conditions.scores.${score}`) });

  const summary = latest
    .map(({ condition, assessment }) =>
      t('conditions.chart.item', { name: t(`conditions.names.${condition}`), value: assessment ? scoreWords(assessment.score) : t('conditions.notAssessed') }),
    )
    .join(t('conditions.chart.separator'));

  return (
    <div className="conditions-screen">
      <section className="screen-section" aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">{t('conditions.heading')}</h2>
        <p className="meta conditions-intro">{assessed === 0 ? t('conditions.empty') : t('conditions.intro', { count: assessed, total: Condition.options.length })}</p>
        <p className="meta conditions-scale">
          {t('conditions.scaleLegend', { s0: t('conditions.scores.0'), s1: t('conditions.scores.1'), s2: t('conditions.scores.2'), s3: t('conditions.scores.3') })}
        </p>
        <BarChart
          label={t('conditions.chart.label', { max: MAX_SCORE, list: summary })}
          max={MAX_SCORE}
          bars={latest.map(({ condition, assessment }) => ({
            key: condition,
            label: t(`conditions.names.${condition}`),
            value: assessment?.score ?? null,
            valueText: assessment ? scoreWords(assessment.score) : t('conditions.notAssessed'),
          }))}
          table={{ caption: t('conditions.chart.caption'), nameHeader: t('conditions.chart.condition'), valueHeader: t('conditions.chart.latest') }}
        />
      </section>
      <ol className="condition-cards">
        {Condition.options.map((c, i) => (
          <li key={c}>
            <ConditionCard condition={c} index={i + 1} history={historyOf(c)} operationId={snapshot.operation.id} scoreWords={scoreWords} />
          </li>
        ))}
      </ol>
    </div>
  );
}
