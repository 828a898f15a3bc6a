import { useEffect, useRef, useState } from 'react';
import { isWorkspaceFile } from './upload';
import { useWorkspaceActions } from './use-workspace-actions';

const carriesFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

/**
 * A .tesr file dropped anywhere on the window opens it (uploaded first in browser mode). Drops
 * that something else handled (the import dialog's drop zone) and other files are left alone.
 * Returns whether a file is being dragged over the window, for a visible hint.
 */
export function useWorkspaceDrop(): boolean {
  const { openFile } = useWorkspaceActions();
  const openRef = useRef(openFile);
  useEffect(() => {
    openRef.current = openFile;
  });
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault(); // without it the browser would navigate to the dropped file
    };
    const enter = (e: DragEvent) => {
      if (carriesFiles(e)) setDragging(++depth > 0);
    };
    const leave = () => setDragging(--depth > 0);
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (e.defaultPrevented || !carriesFiles(e)) return;
      e.preventDefault();
      const file = Array.from(e.dataTransfer?.files ?? []).find(isWorkspaceFile);
      if (file) void openRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
