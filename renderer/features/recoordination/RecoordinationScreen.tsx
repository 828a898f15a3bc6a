import { useTranslation } from 'react-i18next';
import { useFeature } from '../../app/services-context';
import { ActionsSection } from './ActionsSection';
import { IndicatorsSection } from './IndicatorsSection';
import { relationChanges } from './model';
import { RelationChangesSection } from './RelationChangesSection';
import '../../styles/recoordination.css';

const SECTIONS = ['actions', 'relations', 'indicators'] as const;

/**
 * Step 4, recoordination: the actions that re-arrange the actors (lead, partners, hypotheses tested,
 * funding), the relations to create, strengthen or weaken (each tied to the action that will do it),
 * and the indicators that show the result.
 */
export function RecoordinationScreen() {
  const { t } = useTranslation();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  if (!snapshot) return null;
  const changes = relationChanges(snapshot);
  const actionIds = new Set(snapshot.actions.map((a) => a.id));
  const unlinked = changes.filter((r) => r.actionId === null || !actionIds.has(r.actionId)).length;
  const empty = snapshot.actions.length === 0 && snapshot.indicators.length === 0;
  const counts = {
    actions: t('recoordination.nav.actions', { count: snapshot.actions.length }),
    relations:
      unlinked > 0
        ? t('recoordination.nav.relationsUnlinked', { count: changes.length, unlinked })
        : t('recoordination.nav.relations', { count: changes.length }),
    indicators: t('recoordination.nav.indicators', { count: snapshot.indicators.length }),
  };

  const jump = (section: (typeof SECTIONS)[number]) => {
    const heading = document.getElementById(`recoordination-${section}-heading`);
    heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };

  return (
    <div className="recoordination-screen">
      <header className="screen-section recoordination-intro">
        <h2>{t('recoordination.heading')}</h2>
        <p className="meta">{empty ? t('recoordination.empty') : t('recoordination.intro')}</p>
        {!empty && (
          <nav aria-label={t('recoordination.nav.label')} className="recoordination-nav">
            {SECTIONS.map((s) => (
              <button key={s} type="button" className="button-quiet" onClick={() => jump(s)}>
                {counts[s]}
              </button>
            ))}
          </nav>
        )}
      </header>
      <ActionsSection snapshot={snapshot} />
      <RelationChangesSection snapshot={snapshot} />
      <IndicatorsSection snapshot={snapshot} />
    </div>
  );
}
