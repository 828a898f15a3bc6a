import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { formatEuros, useWriteMessage } from '../meetings/walk-helpers';
import { ActionDetail } from './ActionDetail';
import { AddByName, ItemList } from './ItemList';
import { actorName, byPosition, fundedTotal, type Action } from './model';

/** The actions of step 4: pick one in the list to edit it; add one by its title. */
export function ActionsSection({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t, i18n } = useTranslation();
  const { walk, status, undo } = useServices();
  const write = useWriteMessage();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const actions = [...snapshot.actions].sort(byPosition);
  const selected = actions.find((a) => a.id === selectedId) ?? actions[0] ?? null;
  const linesOf = (a: Action) => snapshot.fundingLines.filter((l) => l.actionId === a.id);

  async function remove(id: string) {
    const action = actions.find((a) => a.id === id);
    if (!action) return;
    try {
      await walk.getState().remove('actions', id);
    } catch {
      return; // the banner says why
    }
    status.getState().showToast({
      message: t('recoordination.actions.deleted', { title: action.title }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  function details(a: Action) {
    const lead = a.leadActorId ? actorName(snapshot, a.leadActorId) : null;
    const funded = fundedTotal(linesOf(a));
    return (
      <>
        <span>
          {t(`recoordination.status.${a.status}`)} · {lead ? t('recoordination.actions.leadIs', { name: lead }) : <strong className="flag">{t('recoordination.actions.noLead')}</strong>}
        </span>
        <span>
          {a.budget !== null
            ? t('recoordination.funding.shortWithBudget', { funded: formatEuros(funded, i18n.language), budget: formatEuros(a.budget, i18n.language) })
            : t('recoordination.funding.short', { funded: formatEuros(funded, i18n.language) })}
        </span>
      </>
    );
  }

  return (
    <section className="screen-section" aria-labelledby="recoordination-actions-heading">
      <h2 id="recoordination-actions-heading" tabIndex={-1}>
        {t('recoordination.actions.heading')}
      </h2>
      <p className="meta">{t('recoordination.actions.intro')}</p>
      <div className="master-detail" data-empty={selected ? undefined : true}>
        <div className="master">
          <AddByName
            label={t('recoordination.actions.newLabel')}
            button={t('recoordination.actions.add')}
            required={t('recoordination.errors.titleRequired')}
            onAdd={async (title) => {
              let id: string | undefined;
              const refusal = await write(async () => {
                id = (await walk.getState().create('actions', { operationId: snapshot.operation.id, title })).id;
              });
              if (id) setSelectedId(id);
              return refusal;
            }}
          />
          {actions.length === 0 ? (
            <p className="meta">{t('recoordination.actions.none')}</p>
          ) : (
            <ItemList
              label={t('recoordination.actions.listLabel')}
              idPrefix="action-item"
              entries={actions.map((a) => ({ id: a.id, title: a.title, illustrative: a.illustrative, details: details(a) }))}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onDelete={(id) => void remove(id)}
            />
          )}
        </div>
        {selected && <ActionDetail key={selected.id} action={selected} snapshot={snapshot} lines={linesOf(selected)} onDelete={() => void remove(selected.id)} />}
      </div>
    </section>
  );
}
