import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';

interface Input {
  selectedId: string | null;
  focus: unknown;
  exitFocus: () => void;
  clear: () => void;
  select: (id: string) => void;
  /** Opens the relation form from the selected actor, the other actor to pick in a list. */
  startLink: (source: string) => void;
}

/**
 * The map without a mouse (UX.md, "Keyboard"): Tab reaches each actor and selects it, arrows move
 * it (React Flow), C links it to another actor, Delete removes it (with undo), Esc leaves the
 * focus, then the selection. Keys typed in a field are left alone.
 */
export function useMapKeys({ selectedId, focus, exitFocus, clear, select, startLink }: Input) {
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if ((e.target as Element).closest('input, select, textarea, [contenteditable="true"]') || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.key === 'c' || e.key === 'C') && selectedId) {
        e.preventDefault();
        startLink(selectedId);
      } else if (e.key === 'Escape') {
        if (focus) exitFocus();
        else clear();
      }
    },
    [selectedId, focus, exitFocus, clear, startLink],
  );
  const onFocus = useCallback(
    (e: FocusEvent) => {
      const node = (e.target as Element).closest('.react-flow__node');
      const id = node?.getAttribute('data-id');
      if (id && id !== selectedId) select(id);
    },
    [selectedId, select],
  );
  return { onKeyDown, onFocus };
}
