import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../../shared/map/export-name';
import { useServices } from '../../app/services-context';
import type { LegendModel } from './legend-model';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import { mapSvg, saveFile, svgToPng } from './map-export';

/** Exports the view as shown (filters, focus, decorations, layout tried) as PNG or SVG, legend included. */
export function ExportButtons({ nodes, edges, legend, title }: { nodes: readonly ActorNodeType[]; edges: readonly RelationEdgeType[]; legend: LegendModel; title: string }) {
  const { t } = useTranslation();
  const { status } = useServices();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      const svg = mapSvg(nodes, edges, legend, title);
      const name = exportFileName(title, t('mapTools.export.suffix'), format);
      saveFile(name, format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg));
      status.getState().showToast({ message: t('mapTools.export.done', { name }) });
    } catch {
      status.getState().showToast({ message: t('mapTools.export.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="map-export" role="group" aria-label={t('mapTools.export.label')}>
      <span aria-hidden="true">{t('mapTools.export.short')}</span>
      <button type="button" className="button-quiet" disabled={busy} aria-label={t('mapTools.export.png')} onClick={() => void run('png')}>
        PNG
      </button>
      <button type="button" className="button-quiet" disabled={busy} aria-label={t('mapTools.export.svg')} onClick={() => void run('svg')}>
        SVG
      </button>
    </span>
  );
}
