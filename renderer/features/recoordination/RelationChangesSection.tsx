import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText } from '../../../shared/domain/collate';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { actorName, byPosition, relationChanges, type Relation } from './model';

const STATUS_ORDER = { to_create: 0, to_strengthen: 1, to_weaken: 2, existing: 3 } as const;

/**
 * "Relations à faire évoluer": the relations marked to create, strengthen or weaken at step 3, each
 * tied to the action that will make the change. A relation without an action is flagged in words.
 */
export function RelationChangesSection({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const actions = [...snapshot.actions].sort(byPosition);
  const actionIds = new Set(actions.map((a) => a.id));
  const name = (id: string) => actorName(snapshot, id);
  const rows = relationChanges(snapshot).sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareText(name(a.sourceActorId), name(b.sourceActorId)) || compareText(name(a.targetActorId), name(b.targetActorId)),
  );
  const kindLabel = (r: Relation) => {
    const kind = snapshot.relationKinds.find((k) => k.id === r.kindId);
    if (!kind) return t('recoordination.relations.noKind');
    return kind.label || (kind.key ? t(`recoordination.relationKinds.${kind.key}`, { defaultValue: kind.key }) : '');
  };
  const arrow = (r: Relation) => (r.direction === 'both' ? '↔' : r.direction === 'forward' ? '→' : '—');
  const unlinked = rows.filter((r) => r.actionId === null || !actionIds.has(r.actionId)).length;

  return (
    <section className="screen-section" aria-labelledby="recoordination-relations-heading">
      <h2 id="recoordination-relations-heading" tabIndex={-1}>
        {t('recoordination.relations.heading')}
      </h2>
      <p className="meta">{t('recoordination.relations.intro')}</p>
      {rows.length === 0 ? (
        <p className="meta relations-empty">
          {t('recoordination.relations.empty')}{' '}
          <button type="button" className="button-link" onClick={() => void navigate(snapshot.operation.id, 'stakeholders')}>
            {t('recoordination.relations.goToStakeholders')}
          </button>
        </p>
      ) : (
        <>
          {unlinked > 0 && (
            <p className="flag-note">
              <span aria-hidden="true">⚠ </span>
              {t('recoordination.relations.unlinkedNote', { count: unlinked })}
            </p>
          )}
          <div className="table-wrap">
            <table className="plain-table relations-table">
              <caption className="visually-hidden">{t('recoordination.relations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('recoordination.relations.relation')}</th>
                  <th scope="col">{t('recoordination.relations.kind')}</th>
                  <th scope="col">{t('recoordination.relations.change')}</th>
                  <th scope="col">{t('recoordination.relations.action')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const linked = r.actionId !== null && actionIds.has(r.actionId);
                  const label = `${name(r.sourceActorId)} ${arrow(r)} ${name(r.targetActorId)}`;
                  return (
                    <tr key={r.id} data-linked={linked ? 'true' : 'false'}>
                      <th scope="row">
                        {name(r.sourceActorId)} <span aria-hidden="true">{arrow(r)}</span>
                        <span className="visually-hidden">{t(`recoordination.relations.direction.${r.direction}`)}</span> {name(r.targetActorId)}
                        {r.illustrative && (
                          <>
                            {' '}
                            <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
                              {t('walk.illustrative')}
                            </span>
                          </>
                        )}
                      </th>
                      <td>{kindLabel(r)}</td>
                      <td>
                        <span className={`relation-status relation-status-${r.status}`}>{t(`recoordination.relations.status.${r.status}`)}</span>
                      </td>
                      <td>
                        <div className="relation-action">
                        <ActionSelect
                          label={t('recoordination.relations.actionFor', { relation: label })}
                          value={linked ? r.actionId! : ''}
                          options={actions.map((a) => ({ value: a.id, label: a.title }))}
                          none={t('recoordination.relations.noActionOption')}
                          relationId={r.id}
                        />
                        {!linked && <span className="flag">{t('recoordination.relations.unlinked')}</span>}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

interface SelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  none: string;
  relationId: string;
}

/** Ties a relation to an action; shows the choice at once, the saved value when it changes elsewhere. */
function ActionSelect({ label, value, options, none, relationId }: SelectProps) {
  const { walk, attempt } = useServices();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  return (
    <select
      className="select-compact"
      aria-label={label}
      value={draft}
      onChange={(e) => {
        const next = e.target.value;
        setDraft(next);
        void attempt(async () => {
          try {
            await walk.getState().update('relations', relationId, { actionId: next || null });
          } catch (err) {
            setDraft(value);
            throw err;
          }
        });
      }}
    >
      <option value="">{none}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
