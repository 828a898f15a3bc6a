import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { useServices } from '../../app/services-context';
import { formatDay, formatNumber, useWriteMessage } from '../meetings/walk-helpers';
import { IndicatorDetail } from './IndicatorDetail';
import { AddByName, ItemList } from './ItemList';
import { byPosition, type Indicator } from './model';

/** The indicators that show the result of step 4, each with its dated measurements and a small chart. */
export function IndicatorsSection({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t, i18n } = useTranslation();
  const { walk, status, undo } = useServices();
  const write = useWriteMessage();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const indicators = [...snapshot.indicators].sort(byPosition);
  const selected = indicators.find((i) => i.id === selectedId) ?? indicators[0] ?? null;
  const measurementsOf = (i: Indicator) =>
    snapshot.measurements.filter((m) => m.indicatorId === i.id).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  async function remove(id: string) {
    const indicator = indicators.find((i) => i.id === id);
    if (!indicator) return;
    try {
      await walk.getState().remove('indicators', id);
    } catch {
      return;
    }
    status.getState().showToast({
      message: t('recoordination.indicators.deleted', { name: indicator.name }),
      action: { label: t('common.undo'), run: () => void undo() },
    });
  }

  function details(i: Indicator) {
    const last = measurementsOf(i).at(-1);
    const withUnit = (n: number) => (i.unit ? `${formatNumber(n, i18n.language)} ${i.unit}` : formatNumber(n, i18n.language));
    return (
      <>
        <span>
          {last ? (
            t('recoordination.indicators.latest', { value: withUnit(last.value), date: formatDay(last.date, i18n.language) })
          ) : (
            <strong className="flag">{t('recoordination.indicators.noMeasurement')}</strong>
          )}
        </span>
        {i.target !== null && <span>{t('recoordination.indicators.targetShort', { value: withUnit(i.target) })}</span>}
      </>
    );
  }

  return (
    <section className="screen-section" aria-labelledby="recoordination-indicators-heading">
      <h2 id="recoordination-indicators-heading" tabIndex={-1}>
        {t('recoordination.indicators.heading')}
      </h2>
      <p className="meta">{t('recoordination.indicators.intro')}</p>
      <div className="master-detail" data-empty={selected ? undefined : true}>
        <div className="master">
          <AddByName
            label={t('recoordination.indicators.newLabel')}
            button={t('recoordination.indicators.add')}
            required={t('recoordination.errors.nameRequired')}
            onAdd={async (name) => {
              let id: string | undefined;
              const refusal = await write(async () => {
                id = (await walk.getState().create('indicators', { operationId: snapshot.operation.id, name })).id;
              });
              if (id) setSelectedId(id);
              return refusal;
            }}
          />
          {indicators.length === 0 ? (
            <p className="meta">{t('recoordination.indicators.none')}</p>
          ) : (
            <ItemList
              label={t('recoordination.indicators.listLabel')}
              idPrefix="indicator-item"
              entries={indicators.map((i) => ({ id: i.id, title: i.name, illustrative: i.illustrative, details: details(i) }))}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onDelete={(id) => void remove(id)}
            />
          )}
        </div>
        {selected && (
          <IndicatorDetail key={selected.id} indicator={selected} snapshot={snapshot} measurements={measurementsOf(selected)} onDelete={() => void remove(selected.id)} />
        )}
      </div>
    </section>
  );
}
