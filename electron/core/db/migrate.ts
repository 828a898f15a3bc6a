import type { Database } from 'better-sqlite3';
import type { ChangeContext } from './change-context';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';

/** Runs every migration after `from`, each in its own transaction with its `user_version` bump. */
export function migrate(db: Database, from: number, context: ChangeContext, list: readonly Migration[] = migrations): void {
  for (const m of list.slice(from)) {
    db.transaction(() => {
      m.up(db, context);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
