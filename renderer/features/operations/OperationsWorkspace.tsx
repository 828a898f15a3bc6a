import { useTranslation } from 'react-i18next';
import { useFeature, useServices } from '../../app/services-context';
import { CreateOperationForm } from './CreateOperationForm';
import { EcosystemScreen } from '../map/EcosystemScreen';
import { WalkView } from '../walk/WalkView';

/** The centre of the window: the new-operation form, the ecosystem, the selected operation, or what to do next. */
export function OperationsWorkspace() {
  const { t } = useTranslation();
  const { operations } = useServices();
  const creating = useFeature('operations', (s) => s.creating);
  const ecosystem = useFeature('operations', (s) => s.ecosystem);
  const loaded = useFeature('operations', (s) => s.loaded);
  const count = useFeature('operations', (s) => s.items.length);
  const selected = useFeature('operations', (s) => s.items.find((o) => o.id === s.selectedId));

  if (creating) return <CreateOperationForm />;
  if (ecosystem) return <EcosystemScreen />;
  if (selected) return <WalkView />;
  if (!loaded) return <p className="meta">{t('app.loading')}</p>;
  const empty = count === 0;
  return (
    <section className="empty-state">
      <h2>{empty ? t('operations.emptyTitle') : t('operations.selectTitle')}</h2>
      <p>{empty ? t('operations.emptyBody') : t('operations.selectBody')}</p>
      <button type="button" className="button-primary" onClick={() => operations.getState().setCreating(true)}>
        + {t('operations.new')}
      </button>
    </section>
  );
}
