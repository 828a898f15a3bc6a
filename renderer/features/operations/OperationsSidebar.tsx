import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useFeature, useServices } from '../../app/services-context';
import { Stepper } from '../walk/Stepper';

/** The workspace's operations, left of the window: select one, create one, show the archived. */
export function OperationsSidebar() {
  const { t } = useTranslation();
  const { operations, attempt, navigate, openEcosystem } = useServices();
  const { items, selectedId, includeArchived, ecosystem } = useFeature(
    'operations',
    useShallow((s) => ({ items: s.items, selectedId: s.selectedId, includeArchived: s.includeArchived, ecosystem: s.ecosystem })),
  );
  return (
    <nav className="sidebar" aria-labelledby="operations-heading">
      <div className="sidebar-header">
        <h2 id="operations-heading">{t('operations.heading')}</h2>
        <p className="meta">{t('operations.count', { count: items.length })}</p>
        <button type="button" className="button-primary button-block" onClick={() => operations.getState().setCreating(true)}>
          + {t('operations.new')}
        </button>
        <button type="button" className="operation-item ecosystem-item" aria-current={ecosystem ? 'true' : undefined} onClick={() => void openEcosystem()}>
          <span className="operation-title">{t('ecosystem.open')}</span>
          <span className="operation-sub">{t('ecosystem.openHint')}</span>
        </button>
      </div>
      <ul className="operation-list" aria-labelledby="operations-heading">
        {items.map((op) => (
          <li key={op.id}>
            <button
              type="button"
              className="operation-item"
              aria-current={op.id === selectedId ? 'true' : undefined}
              onClick={() => void navigate(op.id)}
            >
              <span className="operation-title">{op.title}</span>
              {(op.territory || op.archived) && (
                <span className="operation-sub">
                  {op.territory}
                  {op.archived && <span className="tag">{t('operations.archived')}</span>}
                </span>
              )}
            </button>
            {op.id === selectedId && <Stepper />}
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={includeArchived} onChange={(e) => void attempt(() => operations.getState().setIncludeArchived(e.target.checked))} />
        {t('operations.showArchived')}
      </label>
    </nav>
  );
}
