import type { Database } from 'better-sqlite3';
import type { ChangeContext } from '../change-context';

/** One step of the schema. Append-only: a released migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database, context: ChangeContext): void;
}
