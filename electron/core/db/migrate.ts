import type { Database } from 'better-sqlite3';
import { migrations } from './migrations';

/** Runs every migration after `from`, each in its own transaction with its `user_version` bump. */
export function migrate(db: Database, from: number): void {
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
