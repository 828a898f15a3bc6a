import type { JournaledTable } from '../db/journaled-tables';

/** A many-to-many set stored in a link table, exposed as an array of ids on the owner's record. */
export interface LinkSpec {
  table: JournaledTable;
  /** Column pointing back at the owner (e.g. `action_id`). */
  own: string;
  /** Column holding the linked ids (e.g. `actor_id`). */
  other: string;
}

/**
 * How an entity of the API maps onto its table: the generic repository turns camelCase fields into
 * snake_case columns, SQLite integers into booleans, JSON text into arrays, link tables into id arrays.
 */
export interface TableSpec {
  table: JournaledTable;
  /** Fields stored as 0/1. */
  bools?: readonly string[];
  /** Fields stored as JSON text. */
  json?: readonly string[];
  links?: Readonly<Record<string, LinkSpec>>;
  /**
   * Fields referring to rows that belong to an operation: they must belong to the same operation
   * as the record (a funding line cannot point at another operation's action).
   */
  sameOperation?: Readonly<Record<string, JournaledTable>>;
  /** Belongs to the workspace (actors, collèges...) rather than to one operation. */
  workspace?: boolean;
  /** Has a `position` column for manual order (new rows go last). */
  ordered?: boolean;
  /** Has `created_at` (and `updated_at` when `updated`) columns filled by the backend. */
  created?: boolean;
  updated?: boolean;
  orderBy: string;
}

/** Names are few and asked for on every row of every read and write: each is converted once. */
const memo = (convert: (name: string) => string) => {
  const seen = new Map<string, string>();
  return (name: string) => {
    let out = seen.get(name);
    if (out === undefined) seen.set(name, (out = convert(name)));
    return out;
  };
};
export const toColumn = memo((field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
export const toField = memo((column) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
