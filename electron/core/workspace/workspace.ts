import type { Database, Statement } from 'better-sqlite3';
import { basename } from 'node:path';
import type { ChangeEvent } from '../../../shared/events';
import { openDatabase, type OpenOptions, type OpenResult } from '../db/open';

export type ChangeOrigin = 'edit' | 'undo' | 'redo';

export interface ChangeMeta {
  method: string;
  origin: ChangeOrigin;
  /** For undo and redo: the edit being reversed or replayed. */
  target?: number;
  client?: string;
}

type Listener = (event: ChangeEvent) => void;

/** Checkpoint the WAL once edits pause, off the hot path; the large auto-checkpoint is a safety net. */
const IDLE_CHECKPOINT_MS = 1000;
const AUTOCHECKPOINT_PAGES = 10_000;

/**
 * An open workspace file. All writes go through `change()`: one transaction that records the
 * change, lets the journal triggers capture every row it touches, and, once committed, tells
 * every listener (windows, browser tabs) what changed.
 */
export class Workspace {
  readonly name: string;
  /** Whether the last change written actually changed rows (a change that touched nothing is not kept). */
  lastChangeWrote = false;
  private readonly listeners = new Set<Listener>();
  private checkpointTimer: NodeJS.Timeout | null = null;
  private readonly stmts: Record<'insertChange' | 'entities' | 'dropRedo' | 'forget', Statement>;
  private readonly transaction: <T>(fn: () => T) => T;

  constructor(
    readonly path: string,
    readonly db: Database,
    readonly opened: Omit<OpenResult, 'db'>,
  ) {
    this.name = basename(path).replace(/\.tesr$/i, '');
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    this.stmts = {
      insertChange: db.prepare('INSERT INTO changes (at, method, origin, target, client) VALUES (?, ?, ?, ?, ?)'),
      entities: db.prepare('SELECT DISTINCT entity FROM journal WHERE change_id = ?').pluck(),
      dropRedo: db.prepare(`UPDATE changes SET state = 'dropped' WHERE origin = 'edit' AND state = 'undone'`),
      forget: db.prepare('DELETE FROM changes WHERE id = ?'),
    };
    const tx = db.transaction((fn: () => unknown) => fn());
    this.transaction = <T>(fn: () => T) => tx(fn) as T;
  }

  static open(path: string, options: OpenOptions = {}): Workspace {
    const { db, ...opened } = openDatabase(path, options);
    return new Workspace(path, db, opened);
  }

  /** The id of the change being written, for handlers (undo) that need to refer to it. */
  get currentChange(): number | null {
    return this.opened.context.current;
  }

  /** Runs `fn` as one edit: all of it commits with its journal, or none of it does. */
  change<T>(method: string, fn: () => T, client?: string): T {
    return this.record({ method, origin: 'edit', client }, fn);
  }

  record<T>(meta: ChangeMeta, fn: () => T): T {
    const context = this.opened.context;
    if (context.current !== null) return fn(); // a change inside a change joins it
    const { value, id, entities } = this.transaction(() => {
      const id = Number(
        this.stmts.insertChange.run(new Date().toISOString(), meta.method, meta.origin, meta.target ?? null, meta.client ?? null)
          .lastInsertRowid,
      );
      context.current = id;
      try {
        const value = fn();
        const entities = this.stmts.entities.all(id) as string[];
        if (entities.length === 0) this.stmts.forget.run(id); // nothing changed: nothing to undo
        else if (meta.origin === 'edit') this.stmts.dropRedo.run();
        return { value, id, entities };
      } finally {
        context.current = null;
      }
    });
    this.lastChangeWrote = entities.length > 0;
    if (entities.length > 0) {
      this.scheduleCheckpoint();
      this.emit({ type: 'change', changeId: id, origin: meta.origin, method: meta.method, entities, clientId: meta.client });
    }
    return value;
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) this.checkpointTimer.refresh();
    else {
      this.checkpointTimer = setTimeout(() => {
        this.checkpointTimer = null;
        if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
      }, IDLE_CHECKPOINT_MS);
      this.checkpointTimer.unref();
    }
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (e) {
        console.error('change listener failed', e); // one broken window must not stop the others
      }
    }
  }

  close(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }
}
