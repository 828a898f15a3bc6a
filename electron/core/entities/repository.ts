import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { columnsOf } from '../db/journaled-tables';
import { stmt } from '../db/statements';
import { newId } from './new-id';
import { toColumn, toField, type TableSpec } from './table-spec';

export type Row = Record<string, unknown>;
type SqlValue = string | number | null;

const q = (name: string) => `"${name}"`;

function toSql(spec: TableSpec, field: string, value: unknown): SqlValue {
  if (spec.bools?.includes(field)) return value ? 1 : 0;
  if (spec.json?.includes(field)) return JSON.stringify(value);
  return value as SqlValue;
}

/** How a stored value becomes a field's value (booleans and JSON are stored as 1/0 and text). */
function fieldValue(spec: TableSpec, field: string): ((value: unknown) => unknown) | null {
  if (spec.bools?.includes(field)) return (value) => value === 1;
  if (spec.json?.includes(field)) return (value) => JSON.parse(String(value));
  return null;
}

function addLinks(db: Database, spec: TableSpec, out: Row): Row {
  for (const [field, link] of Object.entries(spec.links ?? {})) {
    out[field] = stmt(db, `SELECT ${q(link.other)} FROM ${q(link.table)} WHERE ${q(link.own)} = ? ORDER BY rowid`).pluck().all(out.id);
  }
  return out;
}

function fromRow(db: Database, spec: TableSpec, row: Row): Row {
  const out: Row = {};
  for (const column in row) {
    const field = toField(column);
    const convert = fieldValue(spec, field);
    out[field] = convert ? convert(row[column]) : row[column];
  }
  return addLinks(db, spec, out);
}

type Plan = { field: string; convert: ((value: unknown) => unknown) | null }[];
const plans = new WeakMap<TableSpec, Map<string, Plan>>();

/** Each column's field and conversion, worked out once per table and column list. */
function planOf(spec: TableSpec, columns: string[]): Plan {
  let bySpec = plans.get(spec);
  if (!bySpec) plans.set(spec, (bySpec = new Map()));
  const key = columns.join(',');
  let plan = bySpec.get(key);
  if (!plan) bySpec.set(key, (plan = columns.map((c) => ({ field: toField(c), convert: fieldValue(spec, toField(c)) }))));
  return plan;
}

/**
 * Rows of one table, as API records, for the given WHERE clause (trusted SQL, bound values). Read
 * as arrays and converted by a plan made once: an export reads tens of thousands of rows, and one
 * object per row instead of two halves the garbage.
 */
export function selectRecords(db: Database, spec: TableSpec, where: string, params: SqlValue[]): Row[] {
  const statement = stmt(db, `SELECT * FROM ${q(spec.table)} WHERE ${where} ORDER BY ${spec.orderBy}`);
  const plan = planOf(spec, statement.columns().map((c) => c.name));
  let rows: unknown[][];
  try {
    rows = statement.raw(true).all(...params) as unknown[][];
  } finally {
    statement.raw(false); // the statement is shared (statements.ts): leave it as others expect it
  }
  return rows.map((values) => {
    const out: Row = {};
    for (let i = 0; i < plan.length; i++) {
      const { field, convert } = plan[i]!;
      out[field] = convert ? convert(values[i]) : values[i];
    }
    return addLinks(db, spec, out);
  });
}

export function getRecord(db: Database, spec: TableSpec, id: string): Row {
  const row = stmt(db, `SELECT * FROM ${q(spec.table)} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not-found', { id });
  return fromRow(db, spec, row);
}

/** Refuses references to rows of another operation (ids are unguessable, but files get edited). */
function checkSameOperation(db: Database, spec: TableSpec, operationId: unknown, values: Row): void {
  for (const [field, table] of Object.entries(spec.sameOperation ?? {})) {
    const ids = values[field];
    for (const id of Array.isArray(ids) ? ids : [ids]) {
      if (id === null || id === undefined) continue;
      const owner = stmt(db, `SELECT operation_id FROM ${q(table)} WHERE id = ?`).pluck().get(id);
      if (owner !== operationId) throw new AppError('invalid-input', { path: field, detail: 'unknown reference' });
    }
  }
}

function writeLinks(db: Database, spec: TableSpec, record: Row, values: Row): void {
  for (const [field, link] of Object.entries(spec.links ?? {})) {
    const ids = values[field];
    if (!Array.isArray(ids)) continue;
    stmt(db, `DELETE FROM ${q(link.table)} WHERE ${q(link.own)} = ?`).run(record.id);
    const insert = stmt(db, `INSERT INTO ${q(link.table)} (id, operation_id, ${q(link.own)}, ${q(link.other)}) VALUES (?, ?, ?, ?)`);
    for (const other of new Set(ids as string[])) insert.run(newId(), record.operationId as string, record.id as string, other);
  }
}

function plainFields(spec: TableSpec, values: Row): string[] {
  return Object.keys(values).filter((f) => !(f in (spec.links ?? {})));
}

export interface InsertOptions {
  /**
   * Return the values written rather than the row read back (bulk imports: thousands of reads
   * saved; links and defaults of the table are then not in the result).
   */
  readBack?: boolean;
}

export function insertRecord(db: Database, spec: TableSpec, values: Row, { readBack = true }: InsertOptions = {}): Row {
  const id = newId();
  const now = new Date().toISOString();
  const row: Row = { id, ...values };
  if (spec.created) row.createdAt = now;
  if (spec.updated) row.updatedAt = now;
  // A position given by the caller (a bulk insert numbering its rows) saves a max() per row.
  if (spec.ordered && typeof values.position !== 'number') {
    // Workspace-level lists (collèges, relation kinds) are ordered across the workspace.
    const scoped = !spec.workspace;
    const max = stmt(db, `SELECT max(position) FROM ${q(spec.table)} WHERE ${scoped ? 'operation_id = ?' : '1'}`)
      .pluck()
      .get(...(scoped ? [values.operationId as string] : []));
    row.position = typeof max === 'number' ? max + 1 : 0;
  }
  checkSameOperation(db, spec, values.operationId, values);
  const fields = plainFields(spec, row);
  stmt(
    db,
    `INSERT INTO ${q(spec.table)} (${fields.map((f) => q(toColumn(f))).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`,
  ).run(...fields.map((f) => toSql(spec, f, row[f])));
  writeLinks(db, spec, row, values);
  return readBack ? getRecord(db, spec, id) : row;
}

export function updateRecord(db: Database, spec: TableSpec, id: string, patch: Row): Row {
  const before = getRecord(db, spec, id);
  checkSameOperation(db, spec, before.operationId, patch);
  const row: Row = { ...patch };
  if (spec.updated) row.updatedAt = new Date().toISOString();
  const fields = plainFields(spec, row);
  if (fields.length) {
    stmt(db, `UPDATE ${q(spec.table)} SET ${fields.map((f) => `${q(toColumn(f))} = ?`).join(', ')} WHERE id = ?`).run(
      ...fields.map((f) => toSql(spec, f, row[f])),
      id,
    );
  }
  writeLinks(db, spec, before, patch);
  return getRecord(db, spec, id);
}

export function deleteRecord(db: Database, spec: TableSpec, id: string): void {
  getRecord(db, spec, id);
  stmt(db, `DELETE FROM ${q(spec.table)} WHERE id = ?`).run(id);
}

/** Puts the given rows in this order (the others keep theirs, after them). */
export function reorderRecords(db: Database, spec: TableSpec, operationId: string, ids: string[]): void {
  const update = stmt(db, `UPDATE ${q(spec.table)} SET position = ? WHERE id = ? AND operation_id = ?`);
  ids.forEach((id, i) => {
    if (update.run(i, id, operationId).changes !== 1) throw new AppError('not-found', { id });
  });
}

/** Every column of the table has a field in the spec's records: used by tests to catch drift. */
export const recordFields = (db: Database, spec: TableSpec) => columnsOf(db, spec.table).map(toField);
