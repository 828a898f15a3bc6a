import type { Database } from 'better-sqlite3';

/**
 * Tables whose every row change is journaled (and so can be undone). The journal names tables
 * by these strings; undo refuses any other name, so a tampered file cannot aim SQL elsewhere.
 */
export const journaledTables = [
  'operations', 'facts', 'hypotheses', 'hypothesis_status_changes', 'colleges', 'relation_kinds', 'actors',
  'participations', 'positions', 'actions', 'action_partners', 'action_hypotheses', 'funding_lines',
  'relations', 'meetings', 'meeting_attendees', 'decisions', 'indicators', 'measurements',
  'indicator_actions', 'condition_assessments', 'influences',
] as const;
export type JournaledTable = (typeof journaledTables)[number];

export function isJournaledTable(name: string): name is JournaledTable {
  return (journaledTables as readonly string[]).includes(name);
}

export function columnsOf(db: Database, table: JournaledTable): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
}

/** SQL function returning the id of the change being written, or NULL between changes. */
export const CHANGE_FUNCTION = 'tesr_change_id';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A row as the journal stores it: a JSON object of every column (`prefix` NEW. or OLD. in triggers). */
const rowJson = (cols: readonly string[], prefix = '') => `json_object(${cols.map((c) => `'${c}', ${prefix}${q(c)}`).join(', ')})`;

/**
 * (Re)creates the triggers that copy every insert, update and delete of `table` into the journal,
 * inside the same transaction. The change id comes from a function the app registers on its own
 * connection: a write made outside a change (or by another program) gets none and is refused by
 * the journal's NOT NULL constraint, so nothing reaches the file unjournaled. Call again from any
 * migration that changes the table's columns.
 */
export function installJournalTriggers(db: Database, table: JournaledTable): void {
  const cols = columnsOf(db, table);
  const row = (alias: 'NEW' | 'OLD') => rowJson(cols, `${alias}.`);
  const change = `${CHANGE_FUNCTION}()`;
  const ops = {
    insert: { id: 'NEW.id', before: 'NULL', after: row('NEW') },
    update: { id: 'NEW.id', before: row('OLD'), after: row('NEW') },
    delete: { id: 'OLD.id', before: row('OLD'), after: 'NULL' },
  };
  for (const [op, v] of Object.entries(ops)) {
    const name = q(`journal_${table}_${op}`);
    db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    db.exec(
      `CREATE TRIGGER ${name} AFTER ${op.toUpperCase()} ON ${q(table)} BEGIN
         INSERT INTO journal (change_id, entity, entity_id, before, after)
         VALUES (${change}, '${table}', ${v.id}, ${v.before}, ${v.after});
       END`,
    );
  }
}

/**
 * Runs `write`, which inserts many rows into `tables`, with those tables' insert triggers set aside,
 * then journals the new rows with one statement per table, in the same transaction. The journal
 * holds what the triggers would have written (table after table instead of interleaved, which undo
 * replays in reverse: rows that refer to others are listed after them), at about half the cost of
 * a trigger per row: an import of tens of thousands of rows is one change and stays one undo.
 * Updates and deletes made by `write` keep their triggers. Only inside a change (a transaction):
 * the DDL is part of it, so a failure rolls the triggers back with everything else.
 */
export function withBulkInsertJournal<T>(db: Database, tables: readonly JournaledTable[], write: () => T): T {
  if (!db.inTransaction) throw new Error('withBulkInsertJournal runs inside a change');
  // New rows of a rowid table take rowids above the current largest.
  const from = tables.map((t) => db.prepare(`SELECT coalesce(max(rowid), 0) FROM ${q(t)}`).pluck().get() as number);
  for (const t of tables) db.exec(`DROP TRIGGER IF EXISTS ${q(`journal_${t}_insert`)}`);
  try {
    const result = write();
    tables.forEach((t, i) => {
      db.prepare(
        `INSERT INTO journal (change_id, entity, entity_id, before, after)
         SELECT ${CHANGE_FUNCTION}(), '${t}', id, NULL, ${rowJson(columnsOf(db, t))} FROM ${q(t)} WHERE rowid > ? ORDER BY rowid`,
      ).run(from[i]);
    });
    return result;
  } finally {
    for (const t of tables) installJournalTriggers(db, t);
  }
}
