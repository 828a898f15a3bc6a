import type { Connection, OnBeforeDelete, OnNodeDrag } from '@xyflow/react';
import type { PendingLink } from './ConnectPopover';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/map/graph';
import type { Positions } from '../../../shared/map/layouts';
import { useServices } from '../../app/services-context';
import type { ActorNodeType, RelationEdgeType } from './map-elements';

interface Input {
  operationId: string;
  nodes: readonly MapNode[];
  nameOf: Map<string, string>;
  /** The layout being tried, if any: dragging moves it instead of the saved positions. */
  preview: Positions | null;
  setPreview: (p: Positions) => void;
  /** Called once a tried layout was saved. */
  onKept: () => void;
  onDeleted: () => void;
}

/** What editing on the map writes: positions, a tried layout kept, relations connected (mouse or keyboard), deletions (with undo). */
export function useMapEdits({ operationId, nodes, nameOf, preview, setPreview, onKept, onDeleted }: Input) {
  const { t } = useTranslation();
  const { walk, client, attempt, status, undo } = useServices();
  const [pending, setPending] = useState<PendingLink | null>(null);
  const undoToast = useCallback(
    (message: string) => status.getState().showToast({ message, action: { label: t('common.undo'), run: () => void undo() } }),
    [status, t, undo],
  );

  const onNodeDragStop: OnNodeDrag<ActorNodeType> = useCallback(
    (_, node) => {
      const { x, y } = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
      if (preview) {
        setPreview({ ...preview, [node.id]: { x, y } });
        return;
      }
      void attempt(() => walk.getState().update('participations', node.id, { mapX: x, mapY: y }));
    },
    [preview, setPreview, attempt, walk],
  );

  const keepLayout = () => {
    const current = preview;
    if (!current) return;
    const list = nodes.map((n) => ({ id: n.id, x: current[n.id]?.x ?? 0, y: current[n.id]?.y ?? 0 }));
    void attempt(async () => {
      await client.call('participations.setPositions', { operationId, positions: list });
      onKept();
      undoToast(t('map.layoutKept'));
    });
  };

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) setPending({ source: c.source, target: c.target });
  }, []);
  /** From the keyboard: the selected actor links to one picked in a list. */
  const startLink = useCallback((source: string) => setPending({ source, target: null }), []);

  const onBeforeDelete: OnBeforeDelete<ActorNodeType, RelationEdgeType> = useCallback(
    async ({ nodes: ns, edges: es }) => {
      const nodeIds = new Set(ns.map((n) => n.id));
      await attempt(async () => {
        for (const n of ns) {
          await walk.getState().remove('participations', n.id);
          undoToast(t('map.deletedActor', { name: nameOf.get(n.id) }));
        }
        // Edges of a removed actor go with it in the same change.
        for (const e of es.filter((e) => !nodeIds.has(e.source) && !nodeIds.has(e.target))) {
          await walk.getState().remove('relations', e.id);
          undoToast(t('map.deletedRelation'));
        }
      });
      onDeleted();
      return false;
    },
    [attempt, walk, undoToast, t, nameOf, onDeleted],
  );

  return { onNodeDragStop, keepLayout, onConnect, startLink, pending, closePending: () => setPending(null), onBeforeDelete };
}
