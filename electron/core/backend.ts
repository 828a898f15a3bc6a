import { join } from 'node:path';
import type { AppEvent } from '../../shared/events';
import { createDispatcher, type Dispatch } from './dispatch';
import type { OpenOptions } from './db/open';
import { seedExample } from './example/example-workspace';
import { handlers } from './handlers';
import { dataDir } from './paths';
import { PreferencesStore } from './preferences/store';
import { Workspace } from './workspace/workspace';

export interface Backend {
  ws: Workspace;
  prefs: PreferencesStore;
  dispatch: Dispatch;
  /** Every event for the windows: committed changes and preference changes. */
  onEvent(listener: (e: AppEvent) => void): () => void;
  close(): void;
}

export interface BackendOptions extends OpenOptions {
  /** Fill a newly created file with the example workspace (first run). */
  example?: boolean;
  preferencesPath?: string;
}

/** Opens a workspace and wires the dispatcher to it: what every transport (IPC, WebSocket) serves. */
export function openBackend(path: string, options: BackendOptions = {}): Backend {
  const ws = Workspace.open(path, options);
  if (ws.opened.created && options.example) seedExample(ws);
  const prefs = new PreferencesStore(options.preferencesPath ?? join(dataDir(), 'preferences.json'));
  const dispatch = createDispatcher(handlers, () => ({ ws, prefs }));
  return {
    ws,
    prefs,
    dispatch,
    onEvent(listener) {
      const offChange = ws.onChange(listener);
      const offPrefs = prefs.onChange((preferences) => listener({ type: 'preferences', preferences }));
      return () => {
        offChange();
        offPrefs();
      };
    },
    close: () => ws.close(),
  };
}
