import { createStore } from 'zustand/vanilla';
import type { BackupList, DataFile, RecentFile, WorkspaceDetails } from '../../../shared/workspace-files/api-schemas';
import type { Client } from '../../api/client';

export type FilesTab = 'files' | 'backups';

export interface WorkspaceFilesState {
  info: WorkspaceDetails | null;
  /** The Files dialog, open on one of its tabs, or closed. */
  dialog: FilesTab | null;
  files: DataFile[];
  recent: RecentFile[];
  backups: BackupList | null;
  show(tab: FilesTab): void;
  hide(): void;
  /** Everything the header and the dialog show, read again (after a switch, a backup, a restore). */
  refresh(): Promise<void>;
}

/** The open file, the files around it and its backups, as the top bar and the Files dialog show them. */
export function createWorkspaceFilesStore(client: Client) {
  return createStore<WorkspaceFilesState>()((set, get) => ({
    info: null,
    dialog: null,
    files: [],
    recent: [],
    backups: null,
    show(tab) {
      set({ dialog: tab }); // the dialog reads the lists as it opens
    },
    hide() {
      set({ dialog: null });
    },
    async refresh() {
      const info = await client.call('workspace.info', {});
      set({ info });
      if (!get().dialog) return;
      const [files, recent, backups] = await Promise.all([
        client.call('workspace.list', {}),
        client.call('workspace.recent', {}),
        client.call('backups.list', {}),
      ]);
      set({ files, recent, backups });
    },
  }));
}
export type WorkspaceFilesStore = ReturnType<typeof createWorkspaceFilesStore>;
