import { dirname, join } from 'node:path';
import type { AppEvent } from '../../shared/events';
import { createDispatcher, type Dispatch } from './dispatch';
import type { OpenOptions } from './db/open';
import { seedExample } from './example/example-workspace';
import { FileTasks } from './files/file-tasks';
import { handlers } from './handlers';
import { dataDir } from './paths';
import { PreferencesStore } from './preferences/store';
import { WorkspaceSession, type SessionOptions } from './workspace/session';
import { Workspace } from './workspace/workspace';

export interface Backend {
  /** The workspace open now (it changes when the user opens another file). */
  readonly ws: Workspace;
  session: WorkspaceSession;
  prefs: PreferencesStore;
  dispatch: Dispatch;
  /** Every event for the windows: committed changes, preference changes, workspace switches. */
  onEvent(listener: (e: AppEvent) => void): () => void;
  close(): void;
}

export interface BackendOptions extends OpenOptions {
  /** Fill a newly created file with the example workspace (first run). */
  example?: boolean;
  preferencesPath?: string;
  /**
   * The data folder (files made from the page, recent files, backups). Defaults to the folder of
   * `preferencesPath` when one is given (tests keep everything in their temp folder), else the user's.
   */
  dataDir?: string;
  backups?: SessionOptions['backups'];
}

/** Opens a workspace and wires the dispatcher to it: what every transport (IPC, WebSocket) serves. */
export function openBackend(path: string, options: BackendOptions = {}): Backend {
  const ws = Workspace.open(path, options);
  if (ws.opened.created && options.example) seedExample(ws);
  const folder = options.dataDir ?? (options.preferencesPath ? dirname(options.preferencesPath) : dataDir());
  const prefs = new PreferencesStore(options.preferencesPath ?? join(folder, 'preferences.json'));
  const session = new WorkspaceSession(ws, { dataDir: folder, nativeBinding: options.nativeBinding, backups: options.backups });
  const files = new FileTasks();
  const dispatch = createDispatcher(handlers, () => ({ ws: session.current, prefs, session, files }));
  return {
    get ws() {
      return session.current;
    },
    session,
    prefs,
    dispatch,
    onEvent(listener) {
      const offs = [
        session.onChange(listener),
        session.onSwitch(listener),
        prefs.onChange((preferences) => listener({ type: 'preferences', preferences })),
        files.jobs.onProgress(listener),
      ];
      return () => offs.forEach((off) => off());
    },
    close: () => {
      files.close();
      session.close();
    },
  };
}
