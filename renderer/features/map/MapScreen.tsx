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
import { layoutIds, powerInterestLayout, sectorsLayout, type LayoutId, type Positions } from '../../../shared/map/layouts';
import { useFeature, useServices } from '../../app/services-context';
import { runForceLayout, type RunningLayout } from './force-layout';
import { ArrowDefs, edgeTypes, nodeTypes, type ActorNodeType, type RelationEdgeType } from './map-elements';
import { collegeColour, collegeShape, kindColour, shapePath } from './map-style';
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

  const matches = useMemo(() => searchNodes(shown.nodes, query), [shown.nodes, query]);
  const matchIds = useMemo(() => new Set(matches.map((m) => m.id)), [matches]);

  const derivedNodes = useMemo<ActorNodeType[]>(
    () =>
      shown.nodes.map((n) => ({
        id: n.id,
        type: 'actor',
        position: positions[n.id] ?? { x: 0, y: 0 },
        data: { node: n, collegeName: collegeName(n), highlighted: matchIds.has(n.id) },
        ariaLabel: t('map.nodeLabel', { name: n.label, college: collegeName(n) }),
        selected: n.id === selectedId,
        width: n.size,
        height: n.size,
      })),
    [shown.nodes, positions, collegeName, matchIds, selectedId, t],
  );
  // React Flow moves nodes while dragging (local state); new data from the backend resets them.
  const [nodes, setNodes] = useState<ActorNodeType[]>(derivedNodes);
  const [nodesFrom, setNodesFrom] = useState(derivedNodes);
  if (nodesFrom !== derivedNodes) {
    setNodesFrom(derivedNodes);
    setNodes(derivedNodes);
  }

  const sizeOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.size])), [graph.nodes]);
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
    for (const c of changes) if (c.type === 'select') setSelectedId((cur) => (c.selected ? c.id : cur === c.id ? null : cur));
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
            onPaneClick={() => setSelectedId(null)}
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
        {legend && <Legend snapshot={snapshot} collegeName={collegeName} kindName={kindName} />}
        {selected && (
          <aside className="map-panel panel" aria-label={selected.label}>
            <div className="map-panel-head">
              <h3>{selected.label}</h3>
              <button type="button" className="button-icon" aria-label={t('map.panel.close')} onClick={() => setSelectedId(null)}>
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
}: {
  snapshot: Snapshot;
  collegeName: (n: { collegeKey: string | null; collegeLabel: string; collegeIndex: number }) => string;
  kindName: (k: { key: string | null; label: string } | undefined) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="map-legend panel" role="region" aria-label={t('map.legend.title')}>
      <h3>{t('map.legend.title')}</h3>
      <h4>{t('map.legend.colleges')}</h4>
      <ul>
        {[...snapshot.colleges.map((c, i) => ({ collegeKey: c.key, collegeLabel: c.label, collegeIndex: i })), { collegeKey: null, collegeLabel: '', collegeIndex: -1 }].map((c) => (
          <li key={c.collegeIndex}>
            <svg width="16" height="16" aria-hidden="true">
              <path d={shapePath(collegeShape(c.collegeIndex), 16)} fill={collegeColour(c.collegeIndex)} className="map-legend-shape" />
            </svg>
            {collegeName(c)}
          </li>
        ))}
      </ul>
      <p>{t('map.legend.size')}</p>
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
