import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { LineChart, type ReferenceLine } from '../../components/charts/LineChart';
import { AutosaveField } from '../../components/AutosaveField';
import { EditableTable } from '../../components/table/EditableTable';
import type { Column } from '../../components/table/types';
import { CheckboxList } from '../meetings/CheckboxList';
import { formatDay, formatNumber, isIsoDay, useWriteMessage, useWriteOrThrow } from '../meetings/walk-helpers';
import { byPosition, readNumber, type Indicator, type Measurement } from './model';

interface Props {
  indicator: Indicator;
  snapshot: WalkSnapshot;
  /** Oldest first. */
  measurements: Measurement[];
  onDelete(): void;
}

/** Beyond this many measurements the chart's summary gives the range instead of every value. */
const LISTED = 6;

/** One indicator: name, unit, baseline and target, the actions it follows, its measurements and chart. */
export function IndicatorDetail({ indicator, snapshot, measurements, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { walk, status, undo } = useServices();
  const write = useWriteMessage();
  const writeOrThrow = useWriteOrThrow();
  const update = (patch: Record<string, unknown>) => write(() => walk.getState().update('indicators', indicator.id, patch));
  const headingId = `indicator-${indicator.id}-heading`;
  const num = (n: number) => formatNumber(n, locale);
  const withUnit = (n: number) => (indicator.unit ? `${num(n)} ${indicator.unit}` : num(n));

  async function saveNumber(field: 'baseline' | 'target', text: string) {
    const n = readNumber(text);
    if (n === 'invalid') return t('recoordination.errors.numberInvalid');
    return update({ [field]: n });
  }

  const columns: Column<Measurement>[] = [
    {
      key: 'date',
      label: t('recoordination.measurements.date'),
      kind: 'date',
      primary: true,
      width: '11rem',
      read: (m) => m.date,
      parse: (text) => (isIsoDay(text.trim()) ? { ok: true, value: text.trim() } : { ok: false, error: t('recoordination.errors.dateInvalid') }),
    },
    {
      key: 'value',
      label: indicator.unit ? t('recoordination.measurements.valueIn', { unit: indicator.unit }) : t('recoordination.measurements.value'),
      kind: 'number',
      width: '10rem',
      read: (m) => num(m.value),
      parse: (text) => {
        const n = readNumber(text);
        if (n === null) return { ok: false, error: t('recoordination.errors.valueRequired') };
        if (n === 'invalid') return { ok: false, error: t('recoordination.errors.numberInvalid') };
        return { ok: true, value: n };
      },
    },
    { key: 'note', label: t('recoordination.measurements.note'), kind: 'text', read: (m) => m.note },
  ];

  async function removeMeasurement(m: Measurement) {
    try {
      await walk.getState().remove('measurements', m.id);
    } catch {
      return;
    }
    status.getState().showToast({
      message: t('recoordination.measurements.deleted', { value: withUnit(m.value), date: formatDay(m.date, locale) }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  const references: ReferenceLine[] = [];
  if (indicator.baseline !== null) {
    references.push({ kind: 'baseline', value: indicator.baseline, label: t('recoordination.chart.baselineShort', { value: num(indicator.baseline) }), name: t('recoordination.indicators.baseline') });
  }
  if (indicator.target !== null) {
    references.push({ kind: 'target', value: indicator.target, label: t('recoordination.chart.targetShort', { value: num(indicator.target) }), name: t('recoordination.indicators.target') });
  }

  return (
    <article className="detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <h3 id={headingId}>{indicator.name}</h3>
        {indicator.illustrative && (
          <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
            {t('walk.illustrative')}
          </span>
        )}
      </header>
      <div className="indicator-grid">
        <AutosaveField
          label={t('recoordination.indicators.name')}
          value={indicator.name}
          maxLength={200}
          onSave={async (name) => (name.trim() === '' ? t('recoordination.errors.nameRequired') : update({ name }))}
        />
        <AutosaveField label={t('recoordination.indicators.unit')} value={indicator.unit} maxLength={500} onSave={(unit) => update({ unit })} />
        <AutosaveField
          key={`baseline-${indicator.baseline}`}
          label={t('recoordination.indicators.baseline')}
          kind="number"
          value={indicator.baseline === null ? '' : num(indicator.baseline)}
          onSave={(v) => saveNumber('baseline', v)}
        />
        <AutosaveField
          key={`target-${indicator.target}`}
          label={t('recoordination.indicators.target')}
          kind="number"
          value={indicator.target === null ? '' : num(indicator.target)}
          onSave={(v) => saveNumber('target', v)}
        />
      </div>

      <div className="indicator-chart">
        {measurements.length === 0 ? (
          <p className="meta chart-empty">{t('recoordination.chart.empty')}</p>
        ) : (
          <LineChart
            width={600}
            label={chartLabel()}
            points={measurements.map((m) => ({ x: m.date, y: m.value }))}
            references={references}
            formatX={(iso) => formatDay(iso, locale)}
            formatXShort={(iso) => formatDay(iso, locale, 'short')}
            formatY={num}
            table={{ caption: t('recoordination.chart.caption', { name: indicator.name }), xHeader: t('recoordination.measurements.date'), yHeader: t('recoordination.measurements.value') }}
          />
        )}
      </div>

      <section aria-labelledby={`${headingId}-measurements`}>
        <h4 id={`${headingId}-measurements`}>{t('recoordination.measurements.heading')}</h4>
        <EditableTable
          caption={t('recoordination.measurements.caption', { name: indicator.name })}
          columns={columns}
          rows={measurements}
          rowName={(m) => formatDay(m.date, locale)}
          empty={t('recoordination.measurements.empty')}
          onChange={(m, key, value) => writeOrThrow(() => walk.getState().update('measurements', m.id, { [key]: value }))}
          onAdd={async (values) => {
            if (typeof values.value !== 'number') throw new Error(t('recoordination.errors.valueRequiredToAdd'));
            await writeOrThrow(() =>
              walk.getState().create('measurements', {
                operationId: indicator.operationId,
                indicatorId: indicator.id,
                date: String(values.date),
                value: values.value as number,
                note: typeof values.note === 'string' ? values.note : '',
              }),
            );
          }}
          onDelete={(m) => removeMeasurement(m)}
        />
      </section>

      <CheckboxList
        legend={
          <>
            {t('recoordination.indicators.actions')} <span className="legend-count">({indicator.actionIds.length})</span>
          </>
        }
        items={[...snapshot.actions].sort(byPosition).map((a) => ({ id: a.id, label: a.title, hint: t(`recoordination.status.${a.status}`) }))}
        selected={indicator.actionIds}
        columns={2}
        onChange={(actionIds) => walk.getState().update('indicators', indicator.id, { actionIds })}
        empty={t('recoordination.indicators.noActions')}
      />

      <footer className="form-actions">
        <button type="button" className="button-danger-quiet" onClick={onDelete}>
          {t('recoordination.indicators.delete')}
        </button>
      </footer>
    </article>
  );

  function chartLabel(): string {
    const parts: string[] = [];
    if (measurements.length <= LISTED) {
      const list = measurements.map((m) => t('recoordination.chart.point', { value: withUnit(m.value), date: formatDay(m.date, locale) })).join(t('recoordination.chart.separator'));
      parts.push(t('recoordination.chart.summary', { count: measurements.length, name: indicator.name, list }));
    } else {
      const values = measurements.map((m) => m.value);
      parts.push(
        t('recoordination.chart.summaryLong', {
          count: measurements.length,
          name: indicator.name,
          from: formatDay(measurements[0]!.date, locale),
          to: formatDay(measurements.at(-1)!.date, locale),
          first: withUnit(measurements[0]!.value),
          last: withUnit(measurements.at(-1)!.value),
          min: withUnit(Math.min(...values)),
          max: withUnit(Math.max(...values)),
        }),
      );
    }
    if (indicator.baseline !== null) parts.push(t('recoordination.chart.baseline', { value: withUnit(indicator.baseline) }));
    if (indicator.target !== null) parts.push(t('recoordination.chart.target', { value: withUnit(indicator.target) }));
    return parts.join(' ');
  }
}
