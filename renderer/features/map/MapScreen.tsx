import { ReactFlowProvider, useReactFlow, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { nodeDecorations } from '../../../shared/map/decorations';
import { applyFilters, isFiltering, searchNodes } from '../../../shared/map/filters';
import { buildGraph, viewEdges, type MapNode } from '../../../shared/map/graph';
import { sectorsLayout } from '../../../shared/map/layouts';
import { useFeature, useServices } from '../../app/services-context';
import { ActorPanel } from './ActorPanel';
import { ConnectPopover } from './ConnectPopover';
import { FiltersPanel } from './FiltersPanel';
import { InfluencePanel } from './InfluencePanel';
import { Legend } from './Legend';
import { MapFlow } from './MapFlow';
import { MapToolbar } from './MapToolbar';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import { useFlowElements } from './use-flow-elements';
import { useLayoutPreview } from './use-layout-preview';
import { useMapEdits } from './use-map-edits';
import { useMapNames } from './use-map-names';
import { useLocalNodes, useMapSelection } from './use-map-selection';
import { useMapViewState } from './use-map-view-state';
import { useNetworkMetrics } from './use-network-metrics';
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
        </div>
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <MapCanvas snapshot={snapshot} />
    </ReactFlowProvider>
  );
}

function MapCanvas({ snapshot }: { snapshot: WalkSnapshot }) {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const operationId = snapshot.operation.id;
  const state = useMapViewState();
  const { view, filters, setFilters, legend, showFilters, sizeBy, colourBy } = state;
  const names = useMapNames();
  const [query, setQuery] = useState('');

  const graph = useMemo(() => buildGraph(snapshot), [snapshot]);
  const shown = useMemo(() => applyFilters({ nodes: graph.nodes, edges: viewEdges(graph.edges, view) }, filters, snapshot.positions), [graph, view, filters, snapshot.positions]);
  const nameOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.label])), [graph.nodes]);

  const needMetrics = sizeBy !== 'influence' || colourBy === 'community';
  const { metrics, failed: metricsFailed, pending: metricsPending } = useNetworkMetrics(snapshot, needMetrics);
  const decorations = useMemo(
    () => nodeDecorations(graph.nodes, needMetrics ? metrics?.byActor : undefined, sizeBy, colourBy),
    [graph.nodes, metrics, needMetrics, sizeBy, colourBy],
  );

  const { layout, preview, setPreview, progress, chooseLayout, kept } = useLayoutPreview(graph);
  // Saved positions; actors not placed yet get a provisional place from the sectors layout.
  const unplaced = graph.nodes.filter((n) => n.x === null || n.y === null).length;
  const manual = useMemo(() => {
    const fallback = unplaced > 0 ? sectorsLayout(graph.nodes) : {};
    return Object.fromEntries(graph.nodes.map((n) => [n.id, n.x !== null && n.y !== null ? { x: n.x, y: n.y } : fallback[n.id]!]));
  }, [graph, unplaced]);
  const positions = preview ?? manual;

  const matches = useMemo(() => searchNodes(shown.nodes, query), [shown.nodes, query]);
  const matchIds = useMemo(() => new Set(matches.map((m) => m.id)), [matches]);

  const selection = useMapSelection();
  const { selectedId, secondId, onSelectChanges } = selection;
  const elements = useFlowElements({ shown, positions, decorations, nameOf, relationKinds: snapshot.relationKinds, names, matchIds, selectedId, secondId });
  const { nodes, applyMoves } = useLocalNodes(elements.nodes);
  const onNodesChange = useCallback(
    (changes: NodeChange<ActorNodeType>[]) => {
      applyMoves(changes);
      onSelectChanges(changes);
    },
    [applyMoves, onSelectChanges],
  );

  const edits = useMapEdits({ operationId, nodes: graph.nodes, nameOf, preview, setPreview, onKept: kept, onDeleted: () => selection.setSelectedId(null) });

  const zoomTo = (n: MapNode) => {
    const p = positions[n.id];
    if (!p) return;
    selection.setSelectedId(n.id);
    void flow.setCenter(p.x, p.y, { zoom: 1.2, duration: 300 });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    if (matches[0]) zoomTo(matches[0]);
  };

  const selected = graph.nodes.find((n) => n.id === selectedId) ?? null;

  return (
    <section className="map-screen" aria-labelledby="map-heading">
      <div className="map-header">
        <h2 id="map-heading">{t('map.heading')}</h2>
        <p className="meta map-summary" data-testid="map-summary">
          {t('map.summary', { nodes: shown.nodes.length, count: shown.edges.length })}
          {isFiltering(filters) && <span className="tag">{t('map.filters.active')}</span>}
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
        matchCount={matches.length}
        onSearch={onSearch}
        metricsPending={metricsPending}
        metricsFailed={needMetrics && metricsFailed}
      />
      {preview && <p className="meta map-hint">{t('map.previewHint')}</p>}
      {!preview && unplaced > 0 && <p className="meta map-hint">{t('map.unplaced', { count: unplaced })}</p>}
      {edits.pending && <ConnectPopover snapshot={snapshot} connection={edits.pending} nameOf={nameOf} kindName={names.kindName} onClose={edits.closePending} />}
      <div className="map-body">
        {showFilters && <FiltersPanel snapshot={snapshot} filters={filters} setFilters={setFilters} collegeName={names.collegeName} kindName={names.kindName} />}
        <div className="map-canvas" aria-label={t('map.canvasLabel')}>
          <MapFlow
            nodes={nodes}
            edges={elements.edges}
            onNodesChange={onNodesChange}
            onNodeDragStop={edits.onNodeDragStop}
            onConnect={edits.onConnect}
            onBeforeDelete={edits.onBeforeDelete}
            onPaneClick={selection.clear}
          />
        </div>
        {legend && (
          <Legend
            snapshot={snapshot}
            collegeName={names.collegeName}
            kindName={names.kindName}
            sizeBy={sizeBy}
            communities={colourBy === 'community' && metrics && !metricsFailed ? metrics.communities : null}
          />
        )}
        {selected && (
          <ActorPanel node={selected} collegeName={names.collegeName} onClose={selection.clear}>
            <button type="button" className="button-link" onClick={() => void navigate(operationId, 'stakeholders')}>
              {t('map.panel.edit')}
            </button>
            <InfluencePanel key={`${selected.id}:${secondId ?? ''}`} snapshot={snapshot} nodes={graph.nodes} selected={selected} secondId={secondId} />
          </ActorPanel>
        )}
      </div>
    </section>
  );
}
