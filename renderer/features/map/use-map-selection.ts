import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActorNodeType } from './map-elements';

/** True while Shift is held (React Flow's selection changes do not carry the modifier keys). */
function useShiftHeld() {
  const held = useRef(false);
  useEffect(() => {
    const track = (e: KeyboardEvent) => (held.current = e.shiftKey);
    const release = () => (held.current = false);
    window.addEventListener('keydown', track);
    window.addEventListener('keyup', track);
    window.addEventListener('blur', release);
    return () => {
      window.removeEventListener('keydown', track);
      window.removeEventListener('keyup', track);
      window.removeEventListener('blur', release);
    };
  }, []);
  return held;
}

/**
 * The selected actor and, picked with Shift+click while one is selected, a second actor (the
 * MACTOR influence editor's other actor). React Flow reports selection as node changes; the
 * selection is kept here, not in the nodes (they are derived from it).
 */
export function useMapSelection() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [secondId, setSecondId] = useState<string | null>(null);
  const shiftHeld = useShiftHeld();

  const onSelectChanges = useCallback(
    (changes: NodeChange<ActorNodeType>[]) => {
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
    },
    [shiftHeld],
  );

  const clear = useCallback(() => {
    setSelectedId(null);
    setSecondId(null);
  }, []);

  return { selectedId, setSelectedId, secondId, onSelectChanges, clear };
}

/**
 * React Flow moves nodes while dragging (local state); new derived nodes (from the backend) reset
 * them. Removal goes through onBeforeDelete (the backend decides) and selection through
 * useMapSelection, so only the other changes apply here.
 */
function useLocalNodes(derived: ActorNodeType[]) {
  const [nodes, setNodes] = useState<ActorNodeType[]>(derived);
  const [from, setFrom] = useState(derived);
  if (from !== derived) {
    setFrom(derived);
    setNodes(derived);
  }
  const applyMoves = useCallback(
    (changes: NodeChange<ActorNodeType>[]) => setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), ns)),
    [],
  );
  return { nodes, applyMoves };
}

/** The nodes React Flow draws (moved locally while dragging) and its change handler: moves here, selection to `onSelectChanges`. */
export function useFlowNodes(derived: ActorNodeType[], onSelectChanges: (changes: NodeChange<ActorNodeType>[]) => void) {
  const { nodes, applyMoves } = useLocalNodes(derived);
  const onNodesChange = useCallback(
    (changes: NodeChange<ActorNodeType>[]) => {
      applyMoves(changes);
      onSelectChanges(changes);
    },
    [applyMoves, onSelectChanges],
  );
  return { nodes, onNodesChange };
}
