import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatus, FundingSource } from '../../../shared/domain/walk/enums';
import { quote } from '../../../shared/domain/walk/progress';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { AutosaveField } from '../../components/AutosaveField';
import { EditableTable } from '../../components/table/EditableTable';
import type { Column } from '../../components/table/types';
import { CheckboxList } from '../meetings/CheckboxList';
import { formatDay, formatEuros, formatNumber, isIsoDay, useWriteMessage, useWriteOrThrow } from '../meetings/walk-helpers';
import { fundedTotal, participants, readNumber, type Action, type FundingLine } from './model';

const DEFAULT_SOURCE: FundingLine['source'] = 'public_funds';

interface Props {
  action: Action;
  snapshot: WalkSnapshot;
  lines: FundingLine[];
  onDelete(): void;
}

/** One action: what it is, who leads it and with whom, what it tests, when, and how it is funded. */
export function ActionDetail({ action, snapshot, lines, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { walk, status, undo } = useServices();
  const write = useWriteMessage();
  const writeOrThrow = useWriteOrThrow();
  const update = (patch: Record<string, unknown>) => write(() => walk.getState().update('actions', action.id, patch));
  const people = participants(snapshot);
  const headingId = `action-${action.id}-heading`;

  // The lead is chosen among the operation's stakeholders (a former one stays shown while it is set).
  const leadOptions = [{ value: '', label: t('recoordination.actions.noLeadOption') }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  if (action.leadActorId && !people.some((p) => p.id === action.leadActorId)) {
    const former = snapshot.actors.find((a) => a.id === action.leadActorId);
    leadOptions.push({ value: action.leadActorId, label: former?.name ?? '?' });
  }

  // A date just saved counts for the other date's check even before the snapshot comes back.
  const justSaved = useRef<{ of: Action; startDate?: string; endDate?: string } | null>(null);
  async function saveDate(field: 'startDate' | 'endDate', text: string) {
    const value = text.trim();
    if (value !== '' && !isIsoDay(value)) return t('recoordination.errors.dateInvalid');
    const recent = justSaved.current?.of === action ? justSaved.current : null;
    const saved = (f: 'startDate' | 'endDate') => recent?.[f] ?? action[f] ?? '';
    const start = field === 'startDate' ? value : saved('startDate');
    const end = field === 'endDate' ? value : saved('endDate');
    if (start && end && end < start) {
      return field === 'endDate'
        ? t('recoordination.errors.endBeforeStart', { start: formatDay(start, locale) })
        : t('recoordination.errors.startAfterEnd', { end: formatDay(end, locale) });
    }
    const refusal = await update({ [field]: value || null });
    if (!refusal) justSaved.current = { ...(recent ?? { of: action }), [field]: value };
    return refusal;
  }

  async function saveBudget(text: string) {
    const n = readNumber(text);
    if (n === 'invalid') return t('recoordination.errors.amountInvalid');
    if (n !== null && n < 0) return t('recoordination.errors.amountNegative');
    return update({ budget: n });
  }

  const amountParse = (text: string) => {
    const n = readNumber(text);
    if (n === null) return { ok: false as const, error: t('recoordination.errors.amountRequired') };
    if (n === 'invalid') return { ok: false as const, error: t('recoordination.errors.amountInvalid') };
    if (n < 0) return { ok: false as const, error: t('recoordination.errors.amountNegative') };
    return { ok: true as const, value: n };
  };

  const columns: Column<FundingLine>[] = [
    {
      key: 'source',
      label: t('recoordination.funding.source'),
      kind: 'select',
      width: '48%',
      options: FundingSource.options.map((s) => ({ value: s, label: t(`recoordination.sources.${s}`) })),
      read: (l) => l.source,
      parse: (text) => ({ ok: true, value: text || DEFAULT_SOURCE }),
    },
    {
      key: 'amount',
      label: t('recoordination.funding.amount'),
      kind: 'number',
      primary: true,
      width: '10rem',
      read: (l) => (l.amount === null ? '' : formatNumber(l.amount, locale)),
      parse: amountParse,
    },
    { key: 'note', label: t('recoordination.funding.note'), kind: 'text', read: (l) => l.note },
  ];

  async function removeLine(l: FundingLine) {
    try {
      await walk.getState().remove('fundingLines', l.id);
    } catch {
      return;
    }
    status.getState().showToast({
      message: t('recoordination.funding.deleted', { source: t(`recoordination.sources.${l.source}`) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  const funded = fundedTotal(lines);
  const budget = action.budget;
  const share = budget ? Math.min(100, Math.round((funded / budget) * 100)) : null;

  return (
    <article className="detail screen-section-inner" aria-labelledby={headingId}>
      <header className="detail-header">
        <h3 id={headingId}>{action.title}</h3>
        {action.illustrative && (
          <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
            {t('walk.illustrative')}
          </span>
        )}
      </header>
      <AutosaveField
        label={t('recoordination.actions.title')}
        value={action.title}
        maxLength={200}
        onSave={async (title) => (title.trim() === '' ? t('recoordination.errors.titleRequired') : update({ title }))}
      />
      <div className="detail-grid">
        <AutosaveField label={t('recoordination.actions.lead')} kind="select" value={action.leadActorId ?? ''} options={leadOptions} onSave={(v) => update({ leadActorId: v || null })} />
        <AutosaveField
          label={t('recoordination.actions.status')}
          kind="select"
          value={action.status}
          options={ActionStatus.options.map((s) => ({ value: s, label: t(`recoordination.status.${s}`) }))}
          onSave={(v) => update({ status: v })}
        />
        <AutosaveField
          key={`budget-${budget}`}
          label={t('recoordination.actions.budget')}
          kind="number"
          value={budget === null ? '' : formatEuros(budget, locale)}
          hint={t('recoordination.actions.budgetHint')}
          onSave={saveBudget}
        />
        <AutosaveField label={t('recoordination.actions.start')} kind="date" value={action.startDate ?? ''} onSave={(v) => saveDate('startDate', v)} />
        <AutosaveField label={t('recoordination.actions.end')} kind="date" value={action.endDate ?? ''} onSave={(v) => saveDate('endDate', v)} />
      </div>
      <AutosaveField label={t('recoordination.actions.description')} kind="textarea" rows={3} value={action.description} onSave={(description) => update({ description })} />

      <div className="detail-columns">
        <CheckboxList
          legend={
            <>
              {t('recoordination.actions.partners')} <span className="legend-count">({action.partnerIds.length})</span>
            </>
          }
          items={people.filter((p) => p.id !== action.leadActorId || action.partnerIds.includes(p.id)).map((p) => ({ id: p.id, label: p.name, hint: p.role || undefined }))}
          selected={action.partnerIds}
          columns={3}
          filter={{ label: t('recoordination.actions.partnersFilter'), placeholder: t('recoordination.actions.filterPlaceholder'), noMatch: t('recoordination.actions.noMatch') }}
          onChange={(partnerIds) => walk.getState().update('actions', action.id, { partnerIds })}
          empty={t('recoordination.actions.noStakeholders')}
        />
        <CheckboxList
          legend={
            <>
              {t('recoordination.actions.hypotheses')} <span className="legend-count">({action.hypothesisIds.length})</span>
            </>
          }
          items={[...snapshot.hypotheses]
            .sort((a, b) => a.position - b.position)
            .map((h) => ({ id: h.id, label: quote(h.statement, 140), hint: t(`recoordination.hypothesisStatus.${h.status}`) }))}
          selected={action.hypothesisIds}
          onChange={(hypothesisIds) => walk.getState().update('actions', action.id, { hypothesisIds })}
          empty={t('recoordination.actions.noHypotheses')}
        />
      </div>

      <section className="funding" aria-labelledby={`${headingId}-funding`}>
        <h4 id={`${headingId}-funding`}>{t('recoordination.funding.heading')}</h4>
        <EditableTable
          caption={t('recoordination.funding.caption', { title: action.title })}
          columns={columns}
          rows={lines}
          rowName={(l) => `${t(`recoordination.sources.${l.source}`)} ${l.amount === null ? '' : formatEuros(l.amount, locale)}`.trim()}
          empty={t('recoordination.funding.empty')}
          onChange={(l, key, value) => writeOrThrow(() => walk.getState().update('fundingLines', l.id, { [key]: value }))}
          onAdd={(values) =>
            writeOrThrow(() =>
              walk.getState().create('fundingLines', {
                operationId: action.operationId,
                actionId: action.id,
                source: (values.source as FundingLine['source'] | undefined) ?? DEFAULT_SOURCE,
                amount: typeof values.amount === 'number' ? values.amount : null,
                note: typeof values.note === 'string' ? values.note : '',
              }),
            )
          }
          onDelete={(l) => removeLine(l)}
        />
        <div className="funding-summary" data-state={budget === null ? 'no-budget' : funded > budget ? 'over' : funded === budget ? 'full' : 'short'}>
          <p>
            {budget === null
              ? t('recoordination.funding.totalNoBudget', { funded: formatEuros(funded, locale) })
              : budget === 0
                ? t('recoordination.funding.totalZeroBudget', { funded: formatEuros(funded, locale), budget: formatEuros(0, locale) })
                : t('recoordination.funding.total', { funded: formatEuros(funded, locale), budget: formatEuros(budget, locale), share: Math.round((funded / budget) * 100) })}{' '}
            {budget !== null &&
              (funded < budget
                ? t('recoordination.funding.remaining', { amount: formatEuros(budget - funded, locale) })
                : funded > budget
                  ? t('recoordination.funding.over', { amount: formatEuros(funded - budget, locale) })
                  : t('recoordination.funding.complete'))}
          </p>
          {share !== null && (
            <div className="funding-meter" aria-hidden="true">
              <span style={{ width: `${share}%` }} />
            </div>
          )}
        </div>
      </section>

      <footer className="form-actions">
        <button type="button" className="button-danger-quiet" onClick={onDelete}>
          {t('recoordination.actions.delete')}
        </button>
      </footer>
    </article>
  );
}
