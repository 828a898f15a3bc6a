import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryStoreState } from '../features/history/history-store';
import type { OperationsState } from '../features/operations/operations-store';
import type { PreferencesState } from '../features/preferences/preferences-store';
import type { StatusState } from '../features/status/status-store';
import type { WalkState } from '../features/walk/walk-store';
import type { WorkspaceFilesState } from '../features/workspace-files/workspace-files-store';
import type { Services } from './services';

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing');
  return services;
}

interface FeatureStates {
  status: StatusState;
  operations: OperationsState;
  history: HistoryStoreState;
  preferences: PreferencesState;
  walk: WalkState;
  workspaceFiles: WorkspaceFilesState;
}

/** Narrow subscription to one feature store: `useFeature('operations', (s) => s.items)`. */
export function useFeature<K extends keyof FeatureStates, T>(key: K, selector: (state: FeatureStates[K]) => T): T {
  const store = useServices()[key] as unknown as StoreApi<FeatureStates[K]>;
  return useStore(store, selector);
}
