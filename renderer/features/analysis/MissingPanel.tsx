import { useTranslation } from 'react-i18next';
import { CappedList } from './CappedList';
import { collegeName, type PanelProps } from './panel-props';

/** Who is missing: empty collèges, hypotheses without allies, actions without a lead, influential actors alone. */
export function MissingPanel({ analysis, nameOf, snapshot }: Omit<PanelProps, 'fmt'>) {
  const { t } = useTranslation();
  const m = analysis.missing;
  const statement = new Map(analysis.labels.hypotheses.map((h) => [h.id, h.statement]));
  const title = new Map(analysis.labels.actions.map((a) => [a.id, a.title]));
  // Small: every list is capped, so the panel renders at once.
  const block = (key: string, items: string[]) => (
    <div className="analysis-card" key={key}>
      <h3>{t(`analysis.missing.${key}`)}</h3>
      <CappedList items={items} empty={t('analysis.missing.none')} />
    </div>
  );
  return (
    <div className="analysis-grid-2">
      {block('emptyColleges', m.emptyColleges.map((c) => collegeName(t, snapshot, c.collegeId)))}
      {block('withoutCollege', m.withoutCollege.map((id) => nameOf(id).full))}
      {block('hypothesesWithoutSupport', m.hypothesesWithoutSupport.map((id) => statement.get(id) ?? '?'))}
      {block(
        'hypothesesMostlyOpposed',
        m.hypothesesMostlyOpposed.map((h) => t('analysis.missing.balance', { statement: statement.get(h.hypothesisId) ?? '?', supporters: h.supporters, opponents: h.opponents })),
      )}
      {block('actionsWithoutLead', m.actionsWithoutLead.map((id) => title.get(id) ?? '?'))}
      {block(
        'influentialWithoutRelation',
        m.influentialWithoutRelation.map((a) =>
          t(a.planned ? 'analysis.missing.influentialPlanned' : 'analysis.missing.influential', { actor: nameOf(a.actorId).full, influence: a.influence }),
        ),
      )}
    </div>
  );
  return (
    <div className="analysis-grid-2">
      {[
        block('emptyColleges', m.emptyColleges.map((c) => collegeName(t, snapshot, c.collegeId))),
        block('withoutCollege', m.withoutCollege.map((id) => nameOf(id).full)),
        block('hypothesesWithoutSupport', m.hypothesesWithoutSupport.map((id) => statement.get(id) ?? '?')),
        block('hypothesesMostlyOpposed',
          m.hypothesesMostlyOpposed.map((h) => t('analysis.missing.balance', { statement: statement.get(h.hypothesisId) ?? '?', supporters: h.supporters, opponents: h.opponents })),
        ),
        block('actionsWithoutLead', m.actionsWithoutLead.map((id) => title.get(id) ?? '?')),
        block('influentialWithoutRelation',
          m.influentialWithoutRelation.map((a) =>
            t(a.planned ? 'analysis.missing.influentialPlanned' : 'analysis.missing.influential', { actor: nameOf(a.actorId).full, influence: a.influence }),
          ),
        ),
      ]}
    </div>
  );
}
