import { createStore } from 'zustand/vanilla';
import type { HistoryState } from '../../../shared/domain/history';
import type { Client } from '../../api/client';

export interface HistoryStoreState {
  state: HistoryState;
  refresh(): Promise<void>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;
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
      const state = await client.call('history.undo', {});
      set({ state });
      return state;
    },
    async redo() {
      const state = await client.call('history.redo', {});
      set({ state });
      return state;
    },
  }));
}
export type HistoryStore = ReturnType<typeof createHistoryStore>;
