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

/**
 * An open workspace file. All writes go through `change()`: one transaction that records the
 * change, lets the journal triggers capture every row it touches, and, once committed, tells
 * every listener (windows, browser tabs) what changed.
 */
export class Workspace {
  readonly name: string;
  private readonly listeners = new Set<Listener>();
  private current: number | null = null;
  private readonly stmts: Record<'insertChange' | 'setContext' | 'clearContext' | 'entities' | 'dropRedo' | 'forget', Statement>;

  constructor(
    readonly path: string,
    readonly db: Database,
    readonly opened: Omit<OpenResult, 'db'>,
  ) {
    this.name = basename(path).replace(/\.tesr$/i, '');
    this.stmts = {
      insertChange: db.prepare(
        'INSERT INTO changes (at, method, origin, target, client) VALUES (?, ?, ?, ?, ?)',
      ),
      setContext: db.prepare('INSERT INTO change_context (change_id) VALUES (?)'),
      clearContext: db.prepare('DELETE FROM change_context'),
      entities: db.prepare('SELECT DISTINCT entity FROM journal WHERE change_id = ?').pluck(),
      dropRedo: db.prepare(`UPDATE changes SET state = 'dropped' WHERE state = 'undone'`),
      forget: db.prepare('DELETE FROM changes WHERE id = ?'),
    };
  }

  static open(path: string, options: OpenOptions = {}): Workspace {
    const { db, ...opened } = openDatabase(path, options);
    return new Workspace(path, db, opened);
  }

  /** The id of the change being written, for handlers (undo) that need to refer to it. */
  get currentChange(): number | null {
    return this.current;
  }

  /** Runs `fn` as one edit: all of it commits with its journal, or none of it does. */
  change<T>(method: string, fn: () => T, client?: string): T {
    return this.record({ method, origin: 'edit', client }, fn);
  }

  record<T>(meta: ChangeMeta, fn: () => T): T {
    if (this.current !== null) return fn(); // a change inside a change joins it
    const run = this.db.transaction(() => {
      const id = Number(
        this.stmts.insertChange.run(new Date().toISOString(), meta.method, meta.origin, meta.target ?? null, meta.client ?? null)
          .lastInsertRowid,
      );
      this.stmts.setContext.run(id);
      this.current = id;
      try {
        const value = fn();
        const entities = this.stmts.entities.all(id) as string[];
        this.stmts.clearContext.run();
        if (entities.length === 0) this.stmts.forget.run(id); // nothing changed: nothing to undo
        else if (meta.origin === 'edit') this.stmts.dropRedo.run();
        return { value, id, entities };
      } finally {
        this.current = null;
      }
    });
    const { value, id, entities } = run();
    if (entities.length > 0) {
      this.emit({ type: 'change', changeId: id, origin: meta.origin, method: meta.method, entities, clientId: meta.client });
    }
    return value;
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
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }
}
