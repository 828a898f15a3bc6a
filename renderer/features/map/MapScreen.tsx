import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type NodeChange,
  type OnBeforeDelete,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Engagement, RelationStatus } from '../../../shared/domain/walk/enums';
import { DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import { applyFilters, hypothesisSides, isFiltering, noFilters, searchNodes, type HypothesisSide, type MapFilters } from '../../../shared/map/filters';
import { buildGraph, mapViews, viewEdges, type MapNode, type MapView } from '../../../shared/map/graph';
import { colourModes, metricSize, sizeMetrics, type ColourMode, type SizeMetric } from '../../../shared/map/decorations';
import type { NodeMetrics } from '../../../shared/analysis/network';
import { layoutIds, powerInterestLayout, sectorsLayout, type LayoutId, type Positions } from '../../../shared/map/layouts';
import { useFeature, useServices } from '../../app/services-context';
import { analysisOptions } from '../analysis/inputs';
import { runAnalysis } from '../analysis/run-analysis';
import { runForceLayout, type RunningLayout } from './force-layout';
import { ArrowDefs, edgeTypes, nodeTypes, type ActorNodeType, type RelationEdgeType } from './map-elements';
import { collegeColour, collegeShape, communityColour, kindColour, shapePath } from './map-style';
import '../../styles/map.css';

type Snapshot = NonNullable<ReturnType<typeof useSnapshot>>;
const useSnapshot = () => useFeature('walk', (s) => s.snapshot);

/** The stakeholder map of the open operation (METHOD.md, "What the stakeholder map is for"). */
export function MapScreen() {
  const { t } = useTranslation();
  const { navigate } = useServices();
  const snapshot = useSnapshot();
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

function MapCanvas({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation();
  const services = useServices();
  const { walk, client, attempt, status, undo, navigate } = services;
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const operationId = snapshot.operation.id;

  const [view, setView] = useState<MapView>('as_is');
  const [layout, setLayout] = useState<LayoutId>('manual');
  const [preview, setPreview] = useState<Positions | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<RunningLayout | null>(null);
  const [legend, setLegend] = useState(true);
  const [showFilters, setShowFilters] = useState(false);
  const [filters, setFilters] = useState<MapFilters>(noFilters);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<Connection | null>(null);
  // A second actor picked with Shift+click while one is selected: the MACTOR influence editor's other actor.
  const [secondId, setSecondId] = useState<string | null>(null);
  const shiftHeld = useRef(false);
  useEffect(() => {
    const track = (e: KeyboardEvent) => (shiftHeld.current = e.shiftKey);
    const release = () => (shiftHeld.current = false);
    window.addEventListener('keydown', track);
    window.addEventListener('keyup', track);
    window.addEventListener('blur', release);
    return () => {
      window.removeEventListener('keydown', track);
      window.removeEventListener('keyup', track);
      window.removeEventListener('blur', release);
    };
  }, []);

  // Decorations by metric: the network metrics come from the analysis (in a worker), only when needed.
  const [sizeBy, setSizeBy] = useState<SizeMetric>('influence');
  const [colourBy, setColourBy] = useState<ColourMode>('college');
  const needMetrics = sizeBy !== 'influence' || colourBy === 'community';
  const [metrics, setMetrics] = useState<{ of: Snapshot; byActor: Map<string, NodeMetrics>; communities: number[] } | null>(null);
  const [metricsFailed, setMetricsFailed] = useState(false);
  useEffect(() => {
    if (!needMetrics) return;
    let live = true;
    runAnalysis(snapshot, analysisOptions(snapshot)).then(
      (a) => {
        if (!live) return;
        setMetricsFailed(false);
        setMetrics({ of: snapshot, byActor: new Map(a.network.nodes.map((m) => [m.id, m])), communities: a.network.communities.map((c) => c.members.length) });
      },
      () => live && setMetricsFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needMetrics, snapshot]);
  // While a new snapshot is analysed, the previous metrics stay on screen (no flash back to influence).
  const metricsPending = needMetrics && !metricsFailed && metrics?.of !== snapshot;

  const collegeName = useCallback(
    (n: { collegeKey: string | null; collegeLabel: string; collegeIndex: number }) =>
      n.collegeIndex < 0 ? t('map.legend.noCollege') : n.collegeKey ? t(`map.colleges.${n.collegeKey}`, { defaultValue: n.collegeLabel || n.collegeKey }) : n.collegeLabel,
    [t],
  );
  const kindName = useCallback(
    (k: { key: string | null; label: string } | undefined) => (!k ? t('map.noKind') : k.key ? t(`map.kinds.${k.key}`, { defaultValue: k.label || k.key }) : k.label),
    [t],
  );

  const graph = useMemo(() => buildGraph(snapshot), [snapshot]);
  const shown = useMemo(() => applyFilters({ nodes: graph.nodes, edges: viewEdges(graph.edges, view) }, filters, snapshot.positions), [graph, view, filters, snapshot.positions]);
  const kindIndex = useMemo(() => new Map(snapshot.relationKinds.map((k, i) => [k.id, i])), [snapshot.relationKinds]);

  // Saved positions; actors not placed yet get a provisional place from the sectors layout.
  const unplaced = graph.nodes.filter((n) => n.x === null || n.y === null).length;
  const manual = useMemo(() => {
    const fallback = unplaced > 0 ? sectorsLayout(graph.nodes) : {};
    return Object.fromEntries(graph.nodes.map((n) => [n.id, n.x !== null && n.y !== null ? { x: n.x, y: n.y } : fallback[n.id]!]));
  }, [graph, unplaced]);
  const positions = preview ?? manual;

  const decorations = useMemo(() => {
    const byActor = needMetrics ? metrics?.byActor : undefined;
    const value = (n: MapNode) => {
      const m = byActor?.get(n.actorId);
      return sizeBy === 'degree' ? (m?.degree ?? 0) : (m?.betweenness ?? 0);
    };
    const max = byActor && sizeBy !== 'influence' ? Math.max(0, ...graph.nodes.map(value)) : 0;
    return new Map(
      graph.nodes.map((n) => {
        const m = byActor?.get(n.actorId);
        const size = byActor && sizeBy !== 'influence' ? metricSize(value(n), max) : n.size;
        const community = colourBy === 'community' && m ? m.community : null;
        return [n.id, { size, community }];
      }),
    );
  }, [graph.nodes, metrics, needMetrics, sizeBy, colourBy]);

  const matches = useMemo(() => searchNodes(shown.nodes, query), [shown.nodes, query]);
  const matchIds = useMemo(() => new Set(matches.map((m) => m.id)), [matches]);

  const derivedNodes = useMemo<ActorNodeType[]>(
    () =>
      shown.nodes.map((n) => {
        const { size, community } = decorations.get(n.id) ?? { size: n.size, community: null };
        const number = community === null ? null : community + 1;
        return {
          id: n.id,
          type: 'actor',
          position: positions[n.id] ?? { x: 0, y: 0 },
          data: {
            node: n,
            collegeName: collegeName(n),
            highlighted: matchIds.has(n.id),
            size,
            community,
            communityLabel: number === null ? null : t('map.community.short', { number }),
            secondary: n.id === secondId,
          },
          ariaLabel:
            number === null
              ? t('map.nodeLabel', { name: n.label, college: collegeName(n) })
              : t('map.nodeLabelCommunity', { name: n.label, college: collegeName(n), number }),
          selected: n.id === selectedId,
          width: size,
          height: size,
        };
      }),
    [shown.nodes, positions, collegeName, matchIds, selectedId, secondId, decorations, t],
  );
  // React Flow moves nodes while dragging (local state); new data from the backend resets them.
  const [nodes, setNodes] = useState<ActorNodeType[]>(derivedNodes);
  const [nodesFrom, setNodesFrom] = useState(derivedNodes);
  if (nodesFrom !== derivedNodes) {
    setNodesFrom(derivedNodes);
    setNodes(derivedNodes);
  }

  const sizeOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, decorations.get(n.id)?.size ?? n.size])), [graph.nodes, decorations]);
  const nameOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.label])), [graph.nodes]);
  const statusName = useCallback((s: string) => t(`map.statuses.${s}`), [t]);
  const edges = useMemo<RelationEdgeType[]>(
    () =>
      shown.edges.map((e) => ({
        id: e.id,
        type: 'relation',
        source: e.source,
        target: e.target,
        sourceHandle: 's',
        targetHandle: 't',
        data: { edge: e, kindIndex: e.kindId === null ? -1 : (kindIndex.get(e.kindId) ?? -1), sourceSize: sizeOf.get(e.source) ?? 40, targetSize: sizeOf.get(e.target) ?? 40 },
        ariaLabel: t('map.edgeLabel', {
          source: nameOf.get(e.source),
          target: nameOf.get(e.target),
          kind: kindName(snapshot.relationKinds.find((k) => k.id === e.kindId)),
          status: statusName(e.status),
        }),
      })),
    [shown.edges, kindIndex, sizeOf, nameOf, kindName, snapshot.relationKinds, statusName, t],
  );

  const onNodesChange = useCallback((changes: NodeChange<ActorNodeType>[]) => {
    // Removal goes through onBeforeDelete (the backend decides); selection is ours.
    setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), ns));
    // Shift+click on another actor while one is selected picks it as the second actor (MACTOR editor).
    if (shiftHeld.current) {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && picked.type === 'select') {
        setSelectedId((cur) => {
          if (cur !== null && cur !== picked.id) {
            setSecondId(picked.id);
            return cur;
          }
          return picked.id;
        });
        return;
      }
    }
    for (const c of changes) if (c.type === 'select') setSelectedId((cur) => (c.selected ? c.id : cur === c.id ? null : cur));
    if (changes.some((c) => c.type === 'select' && c.selected)) setSecondId(null);
  }, []);

  const onNodeDragStop = useCallback(
    (_: unknown, node: ActorNodeType) => {
      const { x, y } = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
      if (preview) {
        setPreview({ ...preview, [node.id]: { x, y } });
        return;
      }
      void attempt(() => walk.getState().update('participations', node.id, { mapX: x, mapY: y }));
    },
    [preview, attempt, walk],
  );

  const cancelRun = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
  };

  const chooseLayout = (id: LayoutId) => {
    cancelRun();
    setLayout(id);
    if (id === 'manual') {
      setPreview(null);
    } else if (id === 'sectors') {
      setPreview(sectorsLayout(graph.nodes));
    } else if (id === 'power_interest') {
      setPreview(powerInterestLayout(graph.nodes, 1));
    } else {
      setProgress(0);
      running.current = runForceLayout(
        { nodes: graph.nodes, edges: viewEdges(graph.edges, 'both'), seed: 1 },
        (f) => setProgress(f),
        (p) => {
          running.current = null;
          setProgress(null);
          setPreview(p);
        },
      );
    }
  };
  useEffect(() => () => running.current?.cancel(), []);
  // A new layout (or view) is framed whole; manual edits keep the viewport where the user left it.
  useEffect(() => {
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 300 }));
    return () => cancelAnimationFrame(id);
  }, [preview, flow]);

  const keepLayout = () => {
    const current = preview;
    if (!current) return;
    const list = graph.nodes.map((n) => ({ id: n.id, x: current[n.id]?.x ?? 0, y: current[n.id]?.y ?? 0 }));
    void attempt(async () => {
      await client.call('participations.setPositions', { operationId, positions: list });
      setPreview(null);
      setLayout('manual');
      status.getState().showToast({ message: t('map.layoutKept'), action: { label: t('common.undo'), run: () => void undo() } });
    });
  };

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) setPending(c);
  }, []);

  const onBeforeDelete: OnBeforeDelete<ActorNodeType, RelationEdgeType> = useCallback(
    async ({ nodes: ns, edges: es }) => {
      const nodeIds = new Set(ns.map((n) => n.id));
      await attempt(async () => {
        for (const n of ns) {
          await walk.getState().remove('participations', n.id);
          status.getState().showToast({ message: t('map.deletedActor', { name: nameOf.get(n.id) }), action: { label: t('common.undo'), run: () => void undo() } });
        }
        // Edges of a removed actor go with it in the same change.
        for (const e of es.filter((e) => !nodeIds.has(e.source) && !nodeIds.has(e.target))) {
          await walk.getState().remove('relations', e.id);
          status.getState().showToast({ message: t('map.deletedRelation'), action: { label: t('common.undo'), run: () => void undo() } });
        }
      });
      setSelectedId(null);
      return false;
    },
    [attempt, walk, status, t, undo, nameOf],
  );

  const zoomTo = (n: MapNode) => {
    const p = positions[n.id];
    if (!p) return;
    setSelectedId(n.id);
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
      <div className="map-toolbar" role="toolbar" aria-label={t('map.canvasLabel')}>
        <div className="map-segmented" role="radiogroup" aria-label={t('map.views.label')}>
          {mapViews.map((v) => (
            <button key={v} type="button" role="radio" aria-checked={view === v} className={view === v ? 'is-on' : ''} onClick={() => setView(v)}>
              {t(`map.views.${v}`)}
            </button>
          ))}
        </div>
        <label className="map-field">
          <span>{t('map.layouts.label')}</span>
          <select value={layout} onChange={(e) => chooseLayout(e.target.value as LayoutId)}>
            {layoutIds.map((l) => (
              <option key={l} value={l}>
                {t(`map.layouts.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {preview && (
          <>
            <button type="button" className="button-primary" onClick={keepLayout}>
              {t('map.keepLayout')}
            </button>
            <button type="button" className="button-quiet" onClick={() => chooseLayout('manual')}>
              {t('map.backToManual')}
            </button>
          </>
        )}
        {progress !== null && (
          <span className="map-progress" role="status">
            <progress max={1} value={progress} aria-label={t('map.computing', { percent: Math.round(progress * 100) })} />
            {t('map.computing', { percent: Math.round(progress * 100) })}
            <button type="button" className="button-quiet" onClick={() => chooseLayout('manual')}>
              {t('map.cancel')}
            </button>
          </span>
        )}
        <form className="map-search" role="search" onSubmit={onSearch}>
          <label className="map-field">
            <span className="visually-hidden">{t('map.search.label')}</span>
            <input type="search" value={query} placeholder={t('map.search.placeholder')} aria-label={t('map.search.label')} onChange={(e) => setQuery(e.target.value)} list="map-search-list" />
          </label>
          <button type="submit" className="button-quiet" disabled={matches.length === 0}>
            {t('map.search.go')}
          </button>
          {query.trim() !== '' && matches.length === 0 && <span className="meta">{t('map.search.none')}</span>}
        </form>
        <label className="map-field">
          <span>{t('map.sizeBy.label')}</span>
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeMetric)}>
            {sizeMetrics.map((m) => (
              <option key={m} value={m}>
                {t(`map.sizeBy.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="map-field">
          <span>{t('map.colourBy.label')}</span>
          <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourMode)}>
            {colourModes.map((m) => (
              <option key={m} value={m}>
                {t(`map.colourBy.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {metricsPending && (
          <span className="meta map-metrics-status" role="status">
            {t('map.metrics.computing')}
          </span>
        )}
        {needMetrics && metricsFailed && (
          <span className="meta map-metrics-status" role="status">
            {t('map.metrics.failed')}
          </span>
        )}
        <button type="button" className="button-quiet" aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
          {t('map.filters.show')}
        </button>
        <button type="button" className="button-quiet" aria-pressed={legend} onClick={() => setLegend((v) => !v)}>
          {legend ? t('map.legend.hide') : t('map.legend.show')}
        </button>
      </div>
      {preview && <p className="meta map-hint">{t('map.previewHint')}</p>}
      {!preview && unplaced > 0 && <p className="meta map-hint">{t('map.unplaced', { count: unplaced })}</p>}
      {pending && <ConnectPopover snapshot={snapshot} connection={pending} nameOf={nameOf} kindName={kindName} onClose={() => setPending(null)} />}
      <div className="map-body">
        {showFilters && <FiltersPanel snapshot={snapshot} filters={filters} setFilters={setFilters} collegeName={collegeName} kindName={kindName} />}
        <div className="map-canvas" aria-label={t('map.canvasLabel')}>
          <ArrowDefs />
          <ReactFlow<ActorNodeType, RelationEdgeType>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            onBeforeDelete={onBeforeDelete}
            onPaneClick={() => {
              setSelectedId(null);
              setSecondId(null);
            }}
            nodeOrigin={[0.5, 0.5]}
            connectionMode={ConnectionMode.Loose}
            connectionRadius={40}
            deleteKeyCode={['Delete', 'Backspace']}
            minZoom={0.05}
            maxZoom={3}
            fitView
            fitViewOptions={{ padding: 0.15 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={40} />
            <MiniMap pannable zoomable nodeColor={(n) => collegeColour((n.data as { node: MapNode }).node.collegeIndex)} ariaLabel={t('map.canvasLabel')} />
            <Controls />
          </ReactFlow>
        </div>
        {legend && (
          <Legend
            snapshot={snapshot}
            collegeName={collegeName}
            kindName={kindName}
            sizeBy={sizeBy}
            communities={colourBy === 'community' && metrics && !metricsFailed ? metrics.communities : null}
          />
        )}
        {selected && (
          <aside className="map-panel panel" aria-label={selected.label}>
            <div className="map-panel-head">
              <h3>{selected.label}</h3>
              <button
                type="button"
                className="button-icon"
                aria-label={t('map.panel.close')}
                onClick={() => {
                  setSelectedId(null);
                  setSecondId(null);
                }}
              >
                ×
              </button>
            </div>
            {selected.illustrative && (
              <span className="badge-illustrative" title={t('walk.illustrativeHint')}>
                {t('walk.illustrative')}
              </span>
            )}
            <dl className="map-panel-facts">
              <dt>{t('map.panel.college')}</dt>
              <dd>{collegeName(selected)}</dd>
              <dt>{t('map.panel.influence')}</dt>
              <dd>{selected.influence === null ? t('map.panel.unknown') : t('map.panel.score', { value: selected.influence })}</dd>
              <dt>{t('map.panel.interest')}</dt>
              <dd>{selected.interest === null ? t('map.panel.unknown') : t('map.panel.score', { value: selected.interest })}</dd>
              <dt>{t('map.panel.stance')}</dt>
              <dd>{selected.stanceMark === null ? t('map.panel.unknown') : `${selected.stance! > 0 ? '+' : ''}${selected.stance} (${t(`map.stance.${selected.stanceMark}`)})`}</dd>
              <dt>{t('map.panel.engagement')}</dt>
              <dd>{t(`map.engagement.${selected.engagement}`)}</dd>
            </dl>
            <button type="button" className="button-link" onClick={() => void navigate(operationId, 'stakeholders')}>
              {t('map.panel.edit')}
            </button>
            <InfluencePanel key={`${selected.id}:${secondId ?? ''}`} snapshot={snapshot} nodes={graph.nodes} selected={selected} secondId={secondId} />
          </aside>
        )}
      </div>
    </section>
  );
}

function ConnectPopover({
  snapshot,
  connection,
  nameOf,
  kindName,
  onClose,
}: {
  snapshot: Snapshot;
  connection: Connection;
  nameOf: Map<string, string>;
  kindName: (k: { key: string | null; label: string } | undefined) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { walk, attempt } = useServices();
  const [kindId, setKindId] = useState<string>(snapshot.relationKinds.find((k) => k.id === DEFAULT_RELATION_KINDS.cooperation)?.id ?? snapshot.relationKinds[0]?.id ?? '');
  const actorOf = (participationId: string) => snapshot.participations.find((p) => p.id === participationId)?.actorId;
  const create = (e: FormEvent) => {
    e.preventDefault();
    const sourceActorId = actorOf(connection.source);
    const targetActorId = actorOf(connection.target);
    if (!sourceActorId || !targetActorId) return onClose();
    void attempt(async () => {
      await walk.getState().create('relations', { operationId: snapshot.operation.id, sourceActorId, targetActorId, kindId: kindId || null });
      onClose();
    });
  };
  return (
    <form className="map-connect panel" onSubmit={create} onKeyDown={(e) => e.key === 'Escape' && onClose()} aria-label={t('map.connect.title', { source: nameOf.get(connection.source), target: nameOf.get(connection.target) })}>
      <strong>{t('map.connect.title', { source: nameOf.get(connection.source), target: nameOf.get(connection.target) })}</strong>
      <label className="map-field">
        <span>{t('map.connect.kind')}</span>
        <select value={kindId} onChange={(e) => setKindId(e.target.value)} autoFocus>
          {snapshot.relationKinds.map((k) => (
            <option key={k.id} value={k.id}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-primary">
        {t('map.connect.create')}
      </button>
      <button type="button" className="button-quiet" onClick={onClose}>
        {t('map.connect.cancel')}
      </button>
    </form>
  );
}

function Legend({
  snapshot,
  collegeName,
  kindName,
  sizeBy,
  communities,
}: {
  snapshot: Snapshot;
  collegeName: (n: { collegeKey: string | null; collegeLabel: string; collegeIndex: number }) => string;
  kindName: (k: { key: string | null; label: string } | undefined) => string;
  sizeBy: SizeMetric;
  /** Sizes of the Louvain communities when colouring by community; null when colouring by collège. */
  communities: number[] | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="map-legend panel" role="region" aria-label={t('map.legend.title')}>
      <h3>{t('map.legend.title')}</h3>
      <h4>{communities ? t('map.legend.collegeShapes') : t('map.legend.colleges')}</h4>
      <ul>
        {[...snapshot.colleges.map((c, i) => ({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })), { collegeKey: null, collegeLabel: '', collegeIndex: -1 }].map((c) => (
          <li key={c.collegeIndex}>
            <svg width="16" height="16" aria-hidden="true">
              <path
                d={shapePath(collegeShape(c.collegeIndex), 16)}
                fill={communities ? undefined : collegeColour(c.collegeIndex)}
                className={communities ? 'map-legend-neutral' : 'map-legend-shape'}
              />
            </svg>
            {collegeName(c)}
          </li>
        ))}
      </ul>
      {communities && (
        <>
          <h4>{t('map.legend.communities')}</h4>
          <ul>
            {communities.map((count, i) => (
              <li key={i}>
                <svg width="16" height="16" aria-hidden="true">
                  <rect x="1" y="1" width="14" height="14" rx="3" fill={communityColour(i)} className="map-legend-swatch" />
                </svg>
                {t('map.legend.community', { label: t('map.community.short', { number: i + 1 }), number: i + 1, count })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p data-testid="map-legend-size">{t(`map.legend.sizeBy.${sizeBy}`)}</p>
      <p>{t('map.legend.stance')}</p>
      <h4>{t('map.legend.kinds')}</h4>
      <ul>
        {snapshot.relationKinds.map((k, i) => (
          <li key={k.id}>
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" style={{ stroke: kindColour(i) }} strokeWidth="3" />
            </svg>
            {kindName(k)}
          </li>
        ))}
      </ul>
      <h4>{t('map.legend.statuses')}</h4>
      <ul>
        {RelationStatus.options.map((s) => (
          <li key={s}>
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" className="map-legend-line" strokeWidth="2.5" strokeDasharray={s === 'to_create' ? '5 3' : undefined} />
            </svg>
            {s === 'to_strengthen' && <span className="map-edge-mark is-strengthen legend">↑</span>}
            {s === 'to_weaken' && <span className="map-edge-mark is-weaken legend">↓</span>}
            {t(`map.statuses.${s}`)}
          </li>
        ))}
      </ul>
      <p>{t('map.legend.arrow')}</p>
    </div>
  );
}

function FiltersPanel({
  snapshot,
  filters,
  setFilters,
  collegeName,
  kindName,
}: {
  snapshot: Snapshot;
  filters: MapFilters;
  setFilters: (f: MapFilters) => void;
  collegeName: (n: { collegeKey: string | null; collegeLabel: string; collegeIndex: number }) => string;
  kindName: (k: { key: string | null; label: string } | undefined) => string;
}) {
  const { t } = useTranslation();
  /** Toggles one value of a list filter; an empty list or a full one means "no filter". */
  function toggle<K extends 'colleges' | 'kinds' | 'statuses' | 'engagements'>(key: K, all: string[], value: string) {
    const current = (filters[key] as string[] | null) ?? all;
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ ...filters, [key]: next.length === all.length ? null : next });
  }
  const box = <K extends 'colleges' | 'kinds' | 'statuses' | 'engagements'>(key: K, all: string[], value: string, label: string) => (
    <label key={value} className="map-check">
      <input type="checkbox" checked={filters[key] === null || (filters[key] as string[]).includes(value)} onChange={() => toggle(key, all, value)} />
      {label}
    </label>
  );
  const collegeIds = [...snapshot.colleges.map((c) => c.id), ''];
  const kindIds = [...snapshot.relationKinds.map((k) => k.id), ''];
  const sides = filters.hypothesis?.sides ?? [...hypothesisSides];
  return (
    <div className="map-filters panel" role="region" aria-label={t('map.filters.title')}>
      <fieldset>
        <legend>{t('map.filters.colleges')}</legend>
        {snapshot.colleges.map((c, i) => box('colleges', collegeIds, c.id, collegeName({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })))}
        {box('colleges', collegeIds, '', t('map.legend.noCollege'))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.kinds')}</legend>
        {snapshot.relationKinds.map((k) => box('kinds', kindIds, k.id, kindName(k)))}
        {box('kinds', kindIds, '', t('map.filters.noKind'))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.statuses')}</legend>
        {RelationStatus.options.map((s) => box('statuses', [...RelationStatus.options], s, t(`map.statuses.${s}`)))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.engagement')}</legend>
        {Engagement.options.map((s) => box('engagements', [...Engagement.options], s, t(`map.engagement.${s}`)))}
      </fieldset>
      <fieldset>
        <legend>{t('map.filters.hypothesis')}</legend>
        <select
          aria-label={t('map.filters.hypothesis')}
          value={filters.hypothesis?.id ?? ''}
          onChange={(e) => setFilters({ ...filters, hypothesis: e.target.value ? { id: e.target.value, sides } : null })}
        >
          <option value="">{t('map.filters.anyHypothesis')}</option>
          {snapshot.hypotheses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.statement}
            </option>
          ))}
        </select>
        {filters.hypothesis &&
          hypothesisSides.map((s: HypothesisSide) => (
            <label key={s} className="map-check">
              <input
                type="checkbox"
                checked={sides.includes(s)}
                onChange={() =>
                  setFilters({ ...filters, hypothesis: { id: filters.hypothesis!.id, sides: sides.includes(s) ? sides.filter((x) => x !== s) : [...sides, s] } })
                }
              />
              {t(`map.filters.sides.${s}`)}
            </label>
          ))}
      </fieldset>
      <button type="button" className="button-quiet" onClick={() => setFilters(noFilters)}>
        {t('map.filters.reset')}
      </button>
    </div>
  );
}

/** MID levels (docs/analysis/mactor.md): 0 none, 1 operating processes, 2 projects, 3 missions, 4 existence. */
const MID_LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * MACTOR's direct influences of the selected actor, given and received, and a small editor for one
 * MID cell (the other actor: the one picked with Shift+click, or chosen in the list).
 */
function InfluencePanel({ snapshot, nodes, selected, secondId }: { snapshot: Snapshot; nodes: MapNode[]; selected: MapNode; secondId: string | null }) {
  const { t } = useTranslation();
  const { client, attempt } = useServices();
  const others = nodes.filter((n) => n.actorId !== selected.actorId).sort((a, b) => a.label.localeCompare(b.label));
  const nameOfActor = new Map(nodes.map((n) => [n.actorId, n.label]));
  const given = snapshot.influences.filter((i) => i.sourceActorId === selected.actorId && i.value > 0 && nameOfActor.has(i.targetActorId));
  const received = snapshot.influences.filter((i) => i.targetActorId === selected.actorId && i.value > 0 && nameOfActor.has(i.sourceActorId));
  const [direction, setDirection] = useState<'given' | 'received'>('given');
  const [otherActor, setOtherActor] = useState<string>(nodes.find((n) => n.id === secondId)?.actorId ?? others[0]?.actorId ?? '');
  const [choice, setChoice] = useState<number | null>(null);
  if (others.length === 0) return null;
  const [source, target] = direction === 'given' ? [selected.actorId, otherActor] : [otherActor, selected.actorId];
  const stored = snapshot.influences.find((i) => i.sourceActorId === source && i.targetActorId === target)?.value ?? 0;
  const value = choice ?? stored;
  const level = (v: number) => t(`map.influence.levels.${v}`);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!otherActor) return;
    void attempt(async () => {
      await client.call('influences.set', { operationId: snapshot.operation.id, sourceActorId: source, targetActorId: target, value });
      setChoice(null);
    });
  };
  return (
    <section className="map-influences" aria-labelledby="map-influences-heading">
      <h4 id="map-influences-heading">{t('map.influence.title')}</h4>
      <h4>{t('map.influence.given')}</h4>
      {given.length === 0 ? (
        <p className="meta">{t('map.influence.none')}</p>
      ) : (
        <ul aria-label={t('map.influence.given')}>
          {given.map((i) => (
            <li key={i.targetActorId}>{t('map.influence.item', { actor: nameOfActor.get(i.targetActorId), value: i.value, level: level(i.value) })}</li>
          ))}
        </ul>
      )}
      <h4>{t('map.influence.received')}</h4>
      {received.length === 0 ? (
        <p className="meta">{t('map.influence.none')}</p>
      ) : (
        <ul aria-label={t('map.influence.received')}>
          {received.map((i) => (
            <li key={i.sourceActorId}>{t('map.influence.item', { actor: nameOfActor.get(i.sourceActorId), value: i.value, level: level(i.value) })}</li>
          ))}
        </ul>
      )}
      <form onSubmit={save} aria-label={t('map.influence.title')}>
        <label className="map-field">
          <span>{t('map.influence.direction')}</span>
          <select
            value={direction}
            onChange={(e) => {
              setDirection(e.target.value as 'given' | 'received');
              setChoice(null);
            }}
          >
            <option value="given">{t('map.influence.directionGiven', { name: selected.label })}</option>
            <option value="received">{t('map.influence.directionReceived', { name: selected.label })}</option>
          </select>
        </label>
        <label className="map-field">
          <span>{t('map.influence.other')}</span>
          <select
            value={otherActor}
            onChange={(e) => {
              setOtherActor(e.target.value);
              setChoice(null);
            }}
          >
            {others.map((n) => (
              <option key={n.actorId} value={n.actorId}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <label className="map-field">
          <span>{t('map.influence.value')}</span>
          <select value={value} onChange={(e) => setChoice(Number(e.target.value))}>
            {MID_LEVELS.map((v) => (
              <option key={v} value={v}>
                {t('map.influence.option', { value: v, level: level(v) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button-primary" disabled={value === stored}>
          {t('map.influence.save')}
        </button>
      </form>
    </section>
  );
}
