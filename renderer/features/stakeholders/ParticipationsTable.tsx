import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api';
import { useServices } from '../../app/services-context';
import { EditableTable } from '../../components/table/EditableTable';
import { localized } from './api-error';
import { participationColumns } from './participation-columns';
import { PasteErrors } from './PasteErrors';
import { RowDetailsButton } from './RowDetailsButton';
import { readPastedRows, toStakeholderRow, type StakeholderRowInput } from './stakeholder-paste';
import { useUndoToast } from './use-undo-toast';
import type { StakeholderView } from './view';
import type { ListRow } from './wording';

interface Props {
  operationId: string;
  stakeholders: readonly StakeholderView[];
  colleges: readonly ListRow[];
  onOpenDetails(participationId: string): void;
}

const ACTOR_FIELDS = new Set(['name', 'acronym']);

/**
 * The operation's stakeholders as a fast table: one row per actor, typed (Enter adds) or pasted
 * from a spreadsheet. Adding goes through `stakeholders.addRows`, which reuses an actor already
 * known by that name; the name and acronym cells edit the actor itself.
 */
export function ParticipationsTable({ operationId, stakeholders, colleges, onOpenDetails }: Props) {
  const { t, i18n } = useTranslation();
  const { client, walk, status, attempt } = useServices();
  const undoToast = useUndoToast();
  const tableRef = useRef<HTMLDivElement>(null);
  const [pasteErrors, setPasteErrors] = useState<{ summary: string; errors: string[] } | null>(null);
  const locale = i18n.language;

  const columns = useMemo(
    () => participationColumns({ t, fr: i18n.getFixedT('fr'), en: i18n.getFixedT('en') }, colleges),
    [t, i18n, colleges],
  );

  const addRows = useCallback(
    (rows: StakeholderRowInput[]): Promise<MethodOutput<'stakeholders.addRows'>> =>
      localized(locale, () => client.call('stakeholders.addRows', { operationId, rows })),
    [client, operationId, locale],
  );

  const onChange = useCallback(
    async (row: StakeholderView, key: string, value: unknown) => {
      const [entity, id] = ACTOR_FIELDS.has(key) ? (['actors', row.actor.id] as const) : (['participations', row.id] as const);
      await localized(locale, () => walk.getState().update(entity, id, { [key]: value }));
    },
    [walk, locale],
  );

  const onAdd = useCallback(
    async (values: Record<string, unknown>) => {
      const result = await addRows([toStakeholderRow(values)]);
      const name = String(values.name);
      if (result.alreadyParticipating > 0) status.getState().showToast({ message: t('stakeholders.added.updated', { name }) });
      else if (result.matchedActors > 0) status.getState().showToast({ message: t('stakeholders.added.known', { name }) });
    },
    [addRows, status, t],
  );

  const onDelete = useCallback(
    async (row: StakeholderView) => {
      const done = await attempt(async () => (await walk.getState().remove('participations', row.id), true));
      if (done) undoToast(t('stakeholders.deleted', { name: row.actor.name }));
    },
    [attempt, walk, undoToast, t],
  );

  const onPasteRows = useCallback(
    async (pasted: string[][], start: number) => {
      const headerWords = ['fr', 'en'].map((lng) => i18n.getFixedT(lng)('stakeholders.columns.name'));
      const reading = readPastedRows(t, pasted, start, columns, [...headerWords, 'nom', 'name']);
      if (!reading.ok) return setPasteErrors({ summary: reading.summary, errors: reading.errors });
      if (reading.rows.length === 0) return; // a header line alone
      try {
        const result = await addRows(reading.rows);
        setPasteErrors(null);
        const added = reading.rows.length - result.alreadyParticipating;
        const parts = [t('stakeholders.paste.added', { count: added })];
        if (result.matchedActors > 0) parts.push(t('stakeholders.paste.known', { count: result.matchedActors }));
        if (result.alreadyParticipating > 0) parts.push(t('stakeholders.paste.updated', { count: result.alreadyParticipating }));
        status.getState().showToast({ message: parts.join(t('stakeholders.listSeparator')) });
      } catch (err) {
        setPasteErrors({ summary: err instanceof Error ? err.message : String(err), errors: [] });
      }
    },
    [t, i18n, columns, addRows, status],
  );

  const named = useMemo(() => stakeholders.map((s) => ({ id: s.id, name: s.actor.name })), [stakeholders]);
  const illustrative = stakeholders.filter((s) => s.participation.illustrative || s.actor.illustrative).length;

  return (
    <section className="screen-section" aria-labelledby="stakeholders-table-heading">
      <header className="section-header">
        <div>
          <h2 id="stakeholders-table-heading">
            {t('stakeholders.heading')}
            {stakeholders.length > 0 && <span className="meta"> {t('stakeholders.table.count', { count: stakeholders.length })}</span>}
          </h2>
          {stakeholders.length > 0 && <p className="meta">{t('stakeholders.intro')}</p>}
        </div>
        <RowDetailsButton tableRef={tableRef} rows={named} onOpen={onOpenDetails} />
      </header>
      {stakeholders.length === 0 && <p className="stakeholders-empty">{t('stakeholders.empty')}</p>}
      <div ref={tableRef} className="participations-table">
        <EditableTable
          caption={t('stakeholders.table.caption')}
          columns={columns}
          rows={stakeholders}
          onChange={onChange}
          onAdd={onAdd}
          onDelete={onDelete}
          onPasteRows={onPasteRows}
          rowName={(r) => r.actor.name}
        />
      </div>
      {pasteErrors && <PasteErrors {...pasteErrors} onDismiss={() => setPasteErrors(null)} />}
      <p className="meta">
        {t('table.pasteHint')}
        {illustrative > 0 && (
          <>
            {' '}
            <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
              {t('walk.illustrative')}
            </span>{' '}
            {t('stakeholders.table.illustrativeRows', { count: illustrative })}
          </>
        )}
      </p>
    </section>
  );
}
