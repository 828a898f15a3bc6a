import { statSync } from 'node:fs';
import type { Backup, BackupReason } from '../../../shared/workspace-files/api-schemas';
import type { Workspace } from '../workspace/workspace';
import type { BackupStore } from './backup-store';

export interface AutoBackupOptions {
  /** Wait after opening before the first backup, so it never competes with the window loading. */
  openDelayMs?: number;
  /** At most one backup per this interval while a file stays open. */
  intervalMs?: number;
  /** How often to look whether the interval has passed. */
  checkEveryMs?: number;
  /** The clock that names backups and judges the interval (tests move it). */
  now?: () => Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** When the file last changed: edits land in the WAL first, so its time counts too. */
function modifiedAt(path: string): number {
  let latest = 0;
  for (const p of [path, `${path}-wal`]) {
    try {
      latest = Math.max(latest, statSync(p).mtimeMs);
    } catch {
      // no WAL yet
    }
  }
  return latest;
}

/**
 * Takes the automatic backups of the open file: one shortly after it opens and then at most one
 * a day, each only if the file changed since the newest backup (reopening an unchanged file must
 * not push older, useful backups out of the rotation). Backups run one at a time.
 */
export class AutoBackup {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly store: BackupStore,
    private readonly options: AutoBackupOptions = {},
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Starts watching a newly opened workspace (and stops watching the previous one). */
  watch(ws: Workspace, { skipOpen = false } = {}): void {
    this.stop();
    this.stopped = false;
    const daily = setInterval(() => void this.takeIfDue(ws, 'daily'), this.options.checkEveryMs ?? 60 * 60 * 1000);
    this.timers = [daily];
    if (!skipOpen) this.timers.push(setTimeout(() => void this.takeIfDue(ws, 'open'), this.options.openDelayMs ?? 5000));
    for (const t of this.timers) t.unref();
  }

  /** A backup of `ws` for `reason` if one is due; resolves with it, or null when none was needed. */
  takeIfDue(ws: Workspace, reason: 'open' | 'daily'): Promise<Backup | null> {
    return this.serial(async () => {
      if (this.stopped || !ws.db.open) return null;
      const newest = this.store.list(ws.path)[0];
      // Both times of "changed since" come from the file system's clock, the interval from ours.
      const changed = !newest || modifiedAt(ws.path) > modifiedAt(this.store.pathOf(ws.path, newest.id));
      const age = newest ? this.now().getTime() - Date.parse(newest.createdAt) : Infinity;
      const due = changed && (reason === 'open' || age >= (this.options.intervalMs ?? DAY));
      if (!due) return null;
      try {
        return await this.store.create(ws.db, ws.path, reason, this.now());
      } catch (e) {
        if (ws.db.open && !this.stopped) console.error('automatic backup failed', e);
        return null; // the file was closed meanwhile: nothing to back up
      }
    });
  }

  /** Runs `fn` after every backup already under way, so two never write the same set at once. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.running.then(fn, fn);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Manual and before-restore backups go through the same queue as the automatic ones. */
  take(ws: Workspace, reason: BackupReason): Promise<Backup> {
    return this.serial(() => this.store.create(ws.db, ws.path, reason, this.now()));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}
