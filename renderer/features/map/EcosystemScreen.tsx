import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ecosystem } from '../../../shared/map/ecosystem-data';
import { buildEcosystem } from '../../../shared/map/ecosystem';
import { isFiltering } from '../../../shared/map/filters';
import { sectorsLayout, type LayoutId } from '../../../shared/map/layouts';
import { useServices } from '../../app/services-context';
import { ActorPanel } from './ActorPanel';
import { EcosystemOperations } from './EcosystemOperations';
import { ExportButtons } from './ExportButtons';
import { FiltersPanel } from './FiltersPanel';
import { FocusBanner, FocusControl } from './FocusControl';
import { Legend } from './Legend';
import { legendModel } from './legend-model';
import { MapFlow } from './MapFlow';
import { MapToolbar } from './MapToolbar';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import { useLayoutPreview } from './use-layout-preview';
import { useMapKeys } from './use-map-keys';
import { useMapNames } from './use-map-names';
import { useMapPicture } from './use-map-picture';
import { useFlowNodes, useMapSelection } from './use-map-selection';
import { useMapViewState } from './use-map-view-state';
import '../../styles/map.css';

/**
 * Positions in the ecosystem are computed, never saved: an actor already has a place on each of its
 * operations' maps, and those places do not agree, so a saved ecosystem layout would be one more
 * to keep up. The layouts are deterministic, so the same workspace always looks the same; the
 * layout chosen is remembered with the other view settings.
 */
const ECOSYSTEM_LAYOUTS: readonly LayoutId[] = ['sectors', 'force', 'power_interest'];

/** Every operation of the workspace on one map (METHOD.md: "a regional ecosystem ... across all operations"). */
export function EcosystemScreen() {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const [data, setData] = useState<Ecosystem | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => void attempt(() => client.call('ecosystem.load', {})).then((d) => live && d && setData(d));
    load();
    // Edits anywhere (another window, an undo) change the ecosystem: reload once per burst.
    const off = client.on((e) => {
      if (e.type !== 'change' || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        load();
      }, 50);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
    };
  }, [client, attempt]);
  if (!data) return <p className="meta">{t('app.loading')}</p>;
  if (data.participations.length === 0) {
    return (
      <section className="screen-section map-screen" aria-labelledby="ecosystem-heading">
        <h2 id="ecosystem-heading">{t('ecosystem.heading')}</h2>
        <p className="empty-state">{t('ecosystem.empty')}</p>
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <EcosystemCanvas data={data} />
    </ReactFlowProvider>
  );
}

function EcosystemCanvas({ data }: { data: Ecosystem }) {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const state = useMapViewState('ecosystem');
  const { settings, patch, loaded } = state;
  const names = useMapNames();
  const [query, setQuery] = useState('');

  const graph = useMemo(() => buildEcosystem(data, settings.operations), [data, settings.operations]);
  const { preview, progress, chooseLayout: tryLayout } = useLayoutPreview(graph);
  const layout = settings.layout === 'manual' ? 'sectors' : settings.layout;
  // Laid out again whenever the actors shown change (operations ticked, edits elsewhere).
  useEffect(() => {
    if (loaded) tryLayout(layout);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tryLayout is new each render; graph and layout say when to run
  }, [loaded, graph, layout]);
  const positions = useMemo(() => preview ?? sectorsLayout(graph.nodes), [preview, graph.nodes]);

  const selection = useMapSelection();
  const { selectedId, onSelectChanges } = selection;
  const lists = useMemo(() => ({ colleges: data.colleges, relationKinds: data.relationKinds, hypotheses: [] }), [data]);
  const picture = useMapPicture({ graph, positions, settings, relationKinds: data.relationKinds, names, query, selectedId, secondId: null });
  const { nodes, onNodesChange } = useFlowNodes(picture.flow.nodes, onSelectChanges);
  const setFocus = (focus: typeof settings.focus) => patch({ focus });
  const keys = useMapKeys({ selectedId, focus: picture.focus, exitFocus: () => setFocus(null), clear: selection.clear, select: selection.setSelectedId, startLink: () => undefined });

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const n = picture.matches[0];
    const p = n && positions[n.id];
    if (!n || !p) return;
    selection.setSelectedId(n.id);
    void flow.setCenter(p.x, p.y, { zoom: 1.2, duration: 300 });
  };

  const selected = graph.nodes.find((n) => n.id === selectedId) ?? null;
  const operationTitle = new Map(data.operations.map((o) => [o.id, o.title]));
  const sizeLabel = (m: string) => (m === 'influence' ? t('ecosystem.sizeOperations') : t(`map.sizeBy.${m}`));
  const sizeText = settings.sizeBy === 'influence' ? t('ecosystem.legendSize') : t(`map.legend.sizeBy.${settings.sizeBy}`);
  const base = legendModel({ lists, names, t, sizeText, communities: picture.communities });
  const legend = { ...base, notes: [...base.notes, { key: 'ecosystem', text: t('ecosystem.hint') }] };
  const shownOperations = settings.operations?.length ?? data.operations.length;
  if (!loaded) return <p className="meta">{t('app.loading')}</p>;

  return (
    <section className="map-screen" aria-labelledby="ecosystem-heading">
      <div className="map-header">
        <h2 id="ecosystem-heading">{t('ecosystem.heading')}</h2>
        <p className="meta map-summary" data-testid="map-summary">
          {t('ecosystem.summary', { operations: t('ecosystem.operationCount', { count: shownOperations }), nodes: picture.shown.nodes.length, count: picture.shown.edges.length })}
          {(isFiltering(settings.filters) || settings.operations !== null) && <span className="tag">{t('map.filters.active')}</span>}
        </p>
      </div>
      <MapToolbar
        state={state}
        layout={layout}
        layouts={ECOSYSTEM_LAYOUTS}
        chooseLayout={(id) => patch({ layout: id })}
        previewing={false}
        onKeepLayout={() => undefined}
        progress={progress}
        query={query}
        setQuery={setQuery}
        matchCount={picture.matches.length}
        onSearch={onSearch}
        metricsPending={picture.metricsPending}
        metricsFailed={picture.metricsFailed}
        sizeLabel={sizeLabel}
      >
        <ExportButtons nodes={nodes} edges={picture.flow.edges} legend={legend} title={t('ecosystem.heading')} />
      </MapToolbar>
      {picture.focus && <FocusBanner name={picture.nameOf.get(picture.focus.id) ?? ''} focus={picture.focus} onExit={() => setFocus(null)} />}
      <div className="map-body">
        {settings.showFilters && (
          <FiltersPanel lists={lists} filters={settings.filters} setFilters={(filters) => patch({ filters })} collegeName={names.collegeName} kindName={names.kindName}>
            <EcosystemOperations operations={data.operations} shown={settings.operations} setShown={(operations) => patch({ operations })} />
          </FiltersPanel>
        )}
        <div className="map-canvas" aria-label={t('ecosystem.heading')} onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
          <MapFlow nodes={nodes} edges={picture.flow.edges} onNodesChange={onNodesChange} onPaneClick={selection.clear} />
        </div>
        {settings.legend && <Legend model={legend} />}
        {selected && (
          <ActorPanel node={selected} collegeName={names.collegeName} onClose={selection.clear}>
            <FocusControl nodeId={selected.id} focus={settings.focus} setFocus={setFocus} />
            <h4>{t('ecosystem.operationsOf', { count: selected.operationIds.length })}</h4>
            <ul className="map-panel-operations">
              {selected.operationIds.map((id) => (
                <li key={id}>
                  <button type="button" className="button-link" onClick={() => void navigate(id, 'map')}>
                    {operationTitle.get(id)}
                  </button>
                </li>
              ))}
            </ul>
          </ActorPanel>
        )}
      </div>
    </section>
  );
}
