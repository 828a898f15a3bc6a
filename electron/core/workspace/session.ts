import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ChangeEvent, WorkspaceEvent } from '../../../shared/events';
import type { Backup } from '../../../shared/workspace-files/api-schemas';
import { AutoBackup, type AutoBackupOptions } from '../backups/auto-backup';
import { BackupStore } from '../backups/backup-store';
import { inspectWorkspaceFile, type OpenOptions } from '../db/open';
import { RecentFiles } from './recent-files';
import { Workspace } from './workspace';

export interface SessionOptions extends Pick<OpenOptions, 'nativeBinding'> {
  /** The user's data folder: workspace files made from the page, recent files, backups. */
  dataDir: string;
  backups?: AutoBackupOptions & { keep?: number };
}

type SwitchReason = WorkspaceEvent['reason'];

/** SQLite's side files: left behind, they would be replayed into whatever file takes the name. */
function removeSideFiles(path: string): void {
  for (const side of [`${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(side, { force: true });
}

/**
 * The workspace file open in the app, which can change at runtime: open, new, save as, restore.
 * A file that cannot be opened (foreign, newer, damaged) is refused before the current one is
 * touched; after a switch, change events follow the new file and a `workspace` event tells every
 * window to reload.
 */
export class WorkspaceSession {
  readonly backups: BackupStore;
  readonly recent: RecentFiles;
  readonly autoBackup: AutoBackup;
  openedAt: Date;
  private ws: Workspace;
  private detach: () => void;
  private readonly changeListeners = new Set<(e: ChangeEvent) => void>();
  private readonly switchListeners = new Set<(e: WorkspaceEvent) => void>();
  private readonly now: () => Date;

  constructor(
    first: Workspace,
    readonly options: SessionOptions,
  ) {
    this.now = options.backups?.now ?? (() => new Date());
    this.backups = new BackupStore(join(options.dataDir, 'backups'), options.backups?.keep);
    this.recent = new RecentFiles(join(options.dataDir, 'recent-files.json'));
    this.autoBackup = new AutoBackup(this.backups, options.backups);
    this.ws = first;
    this.detach = this.attach(first);
    this.openedAt = this.now();
    this.remember(first.path);
    this.autoBackup.watch(first);
  }

  get current(): Workspace {
    return this.ws;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onSwitch(listener: (e: WorkspaceEvent) => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  /** Opens an existing file; the current one stays open, untouched, if this one is refused. */
  open(path: string): Workspace {
    const full = resolve(path);
    if (full === resolve(this.ws.path)) return this.ws;
    return this.switchTo(Workspace.open(full, this.openOptions()), 'open');
  }

  /** Creates and opens a new, empty file; an existing file of that name is never overwritten. */
  create(path: string): Workspace {
    const full = resolve(path);
    if (existsSync(full)) throw new AppError('file-exists', { file: full });
    return this.switchTo(Workspace.open(full, { ...this.openOptions(), create: true }), 'new');
  }

  /**
   * Copies the open file to `path` with the backup API (edits made meanwhile on this connection
   * are carried into the copy) and continues on the copy, as desktop "save as" does.
   */
  async saveAs(path: string, { overwrite = false } = {}): Promise<Workspace> {
    const full = resolve(path);
    if (full === resolve(this.ws.path)) return this.ws;
    if (existsSync(full) && !overwrite) throw new AppError('file-exists', { file: full });
    const tmp = join(dirname(full), `.${process.pid}-${Date.now()}.tesr.partial`);
    const source = this.ws;
    try {
      await source.db.backup(tmp);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new AppError('export-failed', { file: full, detail: e instanceof Error ? e.message : String(e) });
    }
    // No await from here on: nothing can be written to the old file once its copy is final.
    if (this.ws !== source) {
      rmSync(tmp, { force: true });
      throw new AppError('conflict');
    }
    removeSideFiles(full);
    renameSync(tmp, full);
    return this.switchTo(Workspace.open(full, this.openOptions()), 'saveAs');
  }

  /** A consistent copy of the open file at `path` (a download), without switching to it. */
  copyTo(path: string): Promise<unknown> {
    return this.ws.db.backup(path);
  }

  listBackups(): Backup[] {
    return this.backups.list(this.ws.path);
  }

  backupNow(): Promise<Backup> {
    return this.autoBackup.take(this.ws, 'manual');
  }

  /**
   * Replaces the open file with one of its backups, after checking the backup in full. The file
   * as it was is first kept as a backup itself: restoring that one undoes the restore.
   */
  async restore(id: string): Promise<{ undoId: string; ws: Workspace }> {
    const target = this.ws.path;
    const source = this.backups.pathOf(target, id);
    inspectWorkspaceFile(source, this.options.nativeBinding, true);
    // Staged beside the target first: the rotation below may remove the backup being restored.
    const staged = `${target}.restoring`;
    copyFileSync(source, staged);
    let before: Backup;
    try {
      before = await this.autoBackup.take(this.ws, 'before-restore');
    } catch (e) {
      rmSync(staged, { force: true });
      throw e;
    }
    // No await from here on: the backup just taken holds every edit made until now.
    if (this.ws.path !== target) {
      rmSync(staged, { force: true });
      throw new AppError('conflict');
    }
    const old = this.ws;
    this.detach();
    old.close();
    removeSideFiles(target);
    renameSync(staged, target);
    let next: Workspace;
    try {
      next = Workspace.open(target, this.openOptions());
    } catch (e) {
      // Should not happen (the backup was checked); put the file back as it was.
      copyFileSync(this.backups.pathOf(target, before.id), target);
      removeSideFiles(target);
      this.ws = Workspace.open(target, this.openOptions());
      this.detach = this.attach(this.ws);
      throw e;
    }
    return { undoId: before.id, ws: this.install(next, 'restore', old) };
  }

  close(): void {
    this.autoBackup.stop();
    this.detach();
    this.ws.close();
  }

  private switchTo(next: Workspace, reason: SwitchReason): Workspace {
    const old = this.ws;
    this.detach();
    return this.install(next, reason, old);
  }

  private install(next: Workspace, reason: SwitchReason, old: Workspace): Workspace {
    this.ws = next;
    this.detach = this.attach(next);
    if (old !== next) old.close();
    this.openedAt = this.now();
    this.remember(next.path);
    this.autoBackup.watch(next, { skipOpen: reason === 'restore' }); // a restored file is a backup already
    const event: WorkspaceEvent = { type: 'workspace', reason, name: next.name };
    for (const l of this.switchListeners) {
      try {
        l(event);
      } catch (e) {
        console.error('workspace listener failed', e);
      }
    }
    return next;
  }

  private attach(ws: Workspace): () => void {
    return ws.onChange((e) => {
      for (const l of this.changeListeners) l(e);
    });
  }

  private remember(path: string): void {
    try {
      this.recent.add(path, this.now());
    } catch (e) {
      console.error('could not update the recent files', e); // a read-only data folder must not stop opening
    }
  }

  private openOptions() {
    return { nativeBinding: this.options.nativeBinding };
  }
}
