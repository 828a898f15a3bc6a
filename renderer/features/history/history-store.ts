import { createStore } from 'zustand/vanilla';
import type { HistoryState } from '../../../shared/domain/history';
import type { Client } from '../../api/client';

export interface HistoryStoreState {
  state: HistoryState;
  refresh(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const empty: HistoryState = { canUndo: false, canRedo: false, undoMethod: null, redoMethod: null, lastChangeAt: null };

/** Undo and redo, built on the backend's journal: the same stack in every window, across restarts. */
export function createHistoryStore(client: Client) {
  return createStore<HistoryStoreState>()((set) => ({
    state: empty,
    async refresh() {
      set({ state: await client.call('history.state', {}) });
    },
    async undo() {
      set({ state: await client.call('history.undo', {}) });
    },
    async redo() {
      set({ state: await client.call('history.redo', {}) });
    },
  }));
}
export type HistoryStore = ReturnType<typeof createHistoryStore>;
