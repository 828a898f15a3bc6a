import { createStore } from 'zustand/vanilla';
import type { ApiError } from '../../../shared/envelope';
import type { WriteObserver } from '../../api/client';

export interface Toast {
  id: number;
  message: string;
  /** An action offered with the message, typically "Undo" after a deletion. */
  action?: { label: string; run: () => void };
}

export interface StatusState {
  pendingWrites: number;
  lastSavedAt: Date | null;
  lastError: ApiError | null;
  /** Whether the last write was refused: what the "saved" indicator reports (reads do not count). */
  lastWriteFailed: boolean;
  connected: boolean;
  toasts: Toast[];
  showToast(toast: Omit<Toast, 'id'>): void;
  dismissToast(id: number): void;
  reportError(error: ApiError): void;
  clearError(): void;
  setConnected(connected: boolean): void;
}

const TOAST_MS = 8000;

/** The window's "saved" indicator, error banner and toasts, fed by every write the client makes. */
export function createStatusStore() {
  let nextToast = 1;
  const store = createStore<StatusState>()((set, get) => ({
    pendingWrites: 0,
    lastSavedAt: null,
    lastError: null,
    lastWriteFailed: false,
    connected: true,
    toasts: [],
    showToast(toast) {
      const id = nextToast++;
      set({ toasts: [...get().toasts.slice(-2), { ...toast, id }] });
      setTimeout(() => get().dismissToast(id), TOAST_MS);
    },
    dismissToast(id) {
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
    reportError(error) {
      set({ lastError: error });
    },
    clearError() {
      set({ lastError: null });
    },
    setConnected(connected) {
      set({ connected });
    },
  }));
  const observer: WriteObserver = {
    started() {
      store.setState((s) => ({ pendingWrites: s.pendingWrites + 1 }));
    },
    finished(_method, error) {
      store.setState((s) => ({
        pendingWrites: s.pendingWrites - 1,
        ...(error ? { lastError: error, lastWriteFailed: true } : { lastSavedAt: new Date(), lastError: null, lastWriteFailed: false }),
      }));
    },
  };
  return { store, observer };
}
export type StatusStore = ReturnType<typeof createStatusStore>['store'];
