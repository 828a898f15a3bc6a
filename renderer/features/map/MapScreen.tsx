import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { isFiltering } from '../../../shared/map/filters';
import { buildGraph, type MapNode } from '../../../shared/map/graph';
import { sectorsLayout, type LayoutId, type Point } from '../../../shared/map/layouts';
import { useFeature, useServices } from '../../app/services-context';
import { ActorFields } from './ActorFields';
import { ActorPanel } from './ActorPanel';
import { AddActorForm } from './AddActorForm';
import { ConnectPopover } from './ConnectPopover';
import { ExportButtons } from './ExportButtons';
import { FiltersPanel } from './FiltersPanel';
import { FocusBanner, FocusControl } from './FocusControl';
import { InfluencePanel } from './InfluencePanel';
import { Legend } from './Legend';
import { legendModel } from './legend-model';
import { MapFlow } from './MapFlow';
import { MapToolbar } from './MapToolbar';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import { useLayoutPreview } from './use-layout-preview';
import { useMapEdits } from './use-map-edits';
import { useMapKeys } from './use-map-keys';
import { useMapNames } from './use-map-names';
import { useMapPicture } from './use-map-picture';
import { useFlowNodes, useMapSelection } from './use-map-selection';
import { useMapViewState } from './use-map-view-state';
import '../../styles/map.css';

/** The stakeholder map of the open operation (METHOD.md, "What the stakeholder map is for"). */
export function MapScreen() {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const snapshot = useFeature('walk', (s) => s.snapshot);
  if (!snapshot) return null;
  if (snapshot.participations.length === 0) {
    return (
      <section className="screen-section map-screen" aria-labelledby="map-heading">
        <h2 id="map-heading">{t('map.heading')}</h2>
        <div className="empty-state">
          <p>{t('map.empty')}</p>
          <button type="button" className="button-primary" onClick={() => void navigate(snapshot.operation.id, 'stakeholders')}>
            {t('map.toStakeholders')}
          </button>
          <AddFirstActor snapshot={snapshot} />
        </div>
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <MapCanvas key={snapshot.operation.id} snapshot={snapshot} />
    </ReactFlowProvider>
  );
}

/** An empty map can still start from the map: the first actor goes in the middle. */
function AddFirstActor({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t } = useTranslation();
  const names = useMapNames();
  const [open, setOpen] = useState(false);
  return open ? (
    <AddActorForm snapshot={snapshot} at={{ x: 0, y: 0 }} collegeName={names.collegeName} onDone={() => setOpen(false)} />
  ) : (
    <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
      {t('mapTools.add.button')}
    </button>
  );
}

function MapCanvas({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const operationId = snapshot.operation.id;
  const state = useMapViewState(operationId);
  const { settings, patch, loaded } = state;
  const names = useMapNames();
  const [query, setQuery] = useState('');
  const canvas = useRef<HTMLDivElement>(null);

  const graph = useMemo(() => buildGraph(snapshot), [snapshot]);
  const { layout, preview, setPreview, progress, chooseLayout: tryLayout, kept } = useLayoutPreview(graph);
  const chooseLayout = (id: LayoutId) => {
    tryLayout(id);
    patch({ layout: id });
  };
  // The layout left on screen is tried again after a reload (all are deterministic); never saved by itself.
  const restored = useRef(false);
  useEffect(() => {
    if (!loaded || restored.current) return;
    restored.current = true;
    if (settings.layout !== 'manual') tryLayout(settings.layout);
  }, [loaded, settings.layout, tryLayout]);

  // Saved positions; actors not placed yet get a provisional place from the sectors layout.
  const unplaced = graph.nodes.filter((n) => n.x === null || n.y === null).length;
  const manual = useMemo(() => {
    const fallback = unplaced > 0 ? sectorsLayout(graph.nodes) : {};
    return Object.fromEntries(graph.nodes.map((n) => [n.id, n.x !== null && n.y !== null ? { x: n.x, y: n.y } : fallback[n.id]!]));
  }, [graph, unplaced]);
  const positions = preview ?? manual;

  const selection = useMapSelection();
  const { selectedId, secondId, onSelectChanges } = selection;
  const picture = useMapPicture({ graph, positions, settings, hypothesisPositions: snapshot.positions, relationKinds: snapshot.relationKinds, names, query, selectedId, secondId });
  const { nodes, onNodesChange } = useFlowNodes(picture.flow.nodes, onSelectChanges);
  const edits = useMapEdits({
    operationId,
    nodes: graph.nodes,
    nameOf: picture.nameOf,
    preview,
    setPreview,
    onKept: () => {
      kept();
      patch({ layout: 'manual' });
    },
    onDeleted: () => selection.setSelectedId(null),
  });

  const [adding, setAdding] = useState<Point | null>(null);
  const viewportCentre = (): Point => {
    const box = canvas.current?.getBoundingClientRect();
    return box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
  };
  const onPaneDoubleClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('.react-flow__node')) return;
    setAdding(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  const setFocus = (focus: typeof settings.focus) => patch({ focus });
  const keys = useMapKeys({ selectedId, focus: picture.focus, exitFocus: () => setFocus(null), clear: selection.clear, select: selection.setSelectedId, startLink: edits.startLink });

  const zoomTo = (n: MapNode) => {
    const p = positions[n.id];
    if (!p) return;
    selection.setSelectedId(n.id);
    void flow.setCenter(p.x, p.y, { zoom: 1.2, duration: 300 });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    if (picture.matches[0]) zoomTo(picture.matches[0]);
  };

  const selected = graph.nodes.find((n) => n.id === selectedId) ?? null;
  const sizeText = t(`map.legend.sizeBy.${settings.sizeBy}`);
  const legend = legendModel({ lists: snapshot, names, t, sizeText, communities: picture.communities });
  if (!loaded) return <p className="meta">{t('app.loading')}</p>;

  return (
    <section className="map-screen" aria-labelledby="map-heading">
      <div className="map-header">
        <h2 id="map-heading">{t('map.heading')}</h2>
        <p className="meta map-summary" data-testid="map-summary">
          {t('map.summary', { nodes: picture.shown.nodes.length, count: picture.shown.edges.length })}
          {isFiltering(settings.filters) && <span className="tag">{t('map.filters.active')}</span>}
        </p>
      </div>
      <MapToolbar
        state={state}
        layout={layout}
        chooseLayout={chooseLayout}
        previewing={preview !== null}
        onKeepLayout={edits.keepLayout}
        progress={progress}
        query={query}
        setQuery={setQuery}
        matchCount={picture.matches.length}
        onSearch={onSearch}
        metricsPending={picture.metricsPending}
        metricsFailed={picture.metricsFailed}
      >
        <button type="button" className="button-quiet" onClick={() => setAdding(viewportCentre())}>
          {t('mapTools.add.button')}
        </button>
        <ExportButtons nodes={nodes} edges={picture.flow.edges} legend={legend} title={snapshot.operation.title} />
      </MapToolbar>
      {preview && <p className="meta map-hint">{t('map.previewHint')}</p>}
      {!preview && unplaced > 0 && <p className="meta map-hint">{t('map.unplaced', { count: unplaced })}</p>}
      {picture.focus && <FocusBanner name={picture.nameOf.get(picture.focus.id) ?? ''} focus={picture.focus} onExit={() => setFocus(null)} />}
      {edits.pending && <ConnectPopover snapshot={snapshot} link={edits.pending} nameOf={picture.nameOf} kindName={names.kindName} onClose={edits.closePending} />}
      {adding && (
        <AddActorForm
          snapshot={snapshot}
          at={adding}
          collegeName={names.collegeName}
          onDone={(id) => {
            setAdding(null);
            if (id) selection.setSelectedId(id);
          }}
        />
      )}
      <div className="map-body">
        {settings.showFilters && <FiltersPanel lists={snapshot} filters={settings.filters} setFilters={(filters) => patch({ filters })} collegeName={names.collegeName} kindName={names.kindName} />}
        <div className="map-canvas" aria-label={t('map.canvasLabel')} aria-describedby="map-keys-hint" ref={canvas} onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
          <MapFlow
            nodes={nodes}
            edges={picture.flow.edges}
            onNodesChange={onNodesChange}
            onNodeDragStop={edits.onNodeDragStop}
            onConnect={edits.onConnect}
            onBeforeDelete={edits.onBeforeDelete}
            onPaneClick={selection.clear}
            onPaneDoubleClick={onPaneDoubleClick}
          />
        </div>
        {settings.legend && <Legend model={legend} />}
        {selected && (
          <ActorPanel node={selected} collegeName={names.collegeName} onClose={selection.clear} fields={<ActorFields key={selected.id} node={selected} colleges={snapshot.colleges} />}>
            <FocusControl nodeId={selected.id} focus={settings.focus} setFocus={setFocus} />
            <button type="button" className="button-quiet" onClick={() => edits.startLink(selected.id)}>
              {t('mapTools.connect.button')}
            </button>
            <button type="button" className="button-link" onClick={() => void navigate(operationId, 'stakeholders')}>
              {t('map.panel.edit')}
            </button>
            <InfluencePanel key={`${selected.id}:${secondId ?? ''}`} snapshot={snapshot} nodes={graph.nodes} selected={selected} secondId={secondId} />
          </ActorPanel>
        )}
      </div>
      <p id="map-keys-hint" className="meta map-hint">
        {t('mapTools.keys')}
      </p>
    </section>
  );
}
