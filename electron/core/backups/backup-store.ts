import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { BackupIdSchema, backupReasons, type Backup, type BackupReason } from '../../../shared/workspace-files/api-schemas';
import { stemOf } from '../../../shared/workspace-files/file-name';

export const DEFAULT_KEEP = 10;

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const dateOf = (id: string) => id.slice(0, 24).replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4');
const reasonOf = (id: string) => backupReasons.find((r) => id.slice(25).startsWith(r)) ?? 'manual';

/**
 * The rotating backups of each workspace file, in `<dataDir>/backups/<stem>-<hash>/`: one folder
 * per file (the hash of its full path tells apart two files with the same name), one file per
 * backup named by its time and reason, the newest `keep` kept.
 */
export class BackupStore {
  constructor(
    readonly root: string,
    readonly keep = DEFAULT_KEEP,
  ) {}

  folderFor(workspacePath: string): string {
    const full = resolve(workspacePath);
    const hash = createHash('sha256').update(full).digest('hex').slice(0, 10);
    return join(this.root, `${stemOf(basename(full)).slice(0, 60)}-${hash}`);
  }

  /** Newest first. Files that are not backups (a temp file of a backup in progress) are left out. */
  list(workspacePath: string): Backup[] {
    const folder = this.folderFor(workspacePath);
    if (!existsSync(folder)) return [];
    const items: Backup[] = [];
    for (const id of readdirSync(folder)) {
      if (!BackupIdSchema.safeParse(id).success) continue;
      try {
        items.push({ id, createdAt: dateOf(id), size: statSync(join(folder, id)).size, reason: reasonOf(id) });
      } catch {
        // removed meanwhile (rotation by another window)
      }
    }
    return items.sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  /** The file of one backup; a malformed or unknown id is `not-found`, never a path elsewhere. */
  pathOf(workspacePath: string, id: string): string {
    if (!BackupIdSchema.safeParse(id).success) throw new AppError('not-found');
    const path = join(this.folderFor(workspacePath), id);
    if (!existsSync(path)) throw new AppError('not-found');
    return path;
  }

  /**
   * Copies the open database with SQLite's backup API (consistent while edits go on, in steps that
   * leave the event loop free), under a temp name, then renames it into the set and rotates.
   */
  async create(db: Database, workspacePath: string, reason: BackupReason, now = new Date()): Promise<Backup> {
    const folder = this.folderFor(workspacePath);
    mkdirSync(folder, { recursive: true });
    const id = this.freeId(folder, `${stampOf(now)}-${reason}`);
    const tmp = join(folder, `.${id}.partial`);
    try {
      await db.backup(tmp);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    renameSync(tmp, join(folder, id));
    this.rotate(workspacePath);
    return { id, createdAt: now.toISOString(), size: statSync(join(folder, id)).size, reason };
  }

  rotate(workspacePath: string): void {
    const folder = this.folderFor(workspacePath);
    for (const old of this.list(workspacePath).slice(this.keep)) rmSync(join(folder, old.id), { force: true });
  }

  private freeId(folder: string, base: string): string {
    let id = `${base}.tesr`;
    for (let n = 2; existsSync(join(folder, id)); n++) id = `${base}-${n}.tesr`;
    return id;
  }
}
