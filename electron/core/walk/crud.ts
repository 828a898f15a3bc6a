import type { HandlerContext } from '../handler-types';
import { deleteRecord, getRecord, insertRecord, reorderRecords, updateRecord, type Row } from '../entities/repository';
import { specs, type EntityName } from '../entities/specs';
import type { Database } from 'better-sqlite3';

type AnyHandler = (input: never, ctx: HandlerContext) => unknown;

/** Extra work done in the same change as a generic write (e.g. keeping a status history). */
export interface CrudHooks {
  afterWrite?(db: Database, record: Row, before: Row | null): void;
  beforeWrite?(db: Database, values: Row, before: Row | null): void;
  beforeDelete?(db: Database, record: Row): void;
}

/**
 * `name.create`, `name.update`, `name.delete` (and `name.reorder` for ordered entities) on the
 * generic repository, each one journaled change. Inputs arrive already validated by the contract.
 */
export function crudHandlers(name: EntityName, hooks: CrudHooks = {}): Record<string, AnyHandler> {
  const spec = specs[name];
  const handlers: Record<string, AnyHandler> = {
    [`${name}.create`]: ((input: Row, { ws, clientId }: HandlerContext) =>
      ws.change(
        `${name}.create`,
        () => {
          hooks.beforeWrite?.(ws.db, input, null);
          const record = insertRecord(ws.db, spec, input);
          hooks.afterWrite?.(ws.db, record, null);
          return record;
        },
        clientId,
      )) as AnyHandler,
    [`${name}.update`]: (({ id, patch }: { id: string; patch: Row }, { ws, clientId }: HandlerContext) =>
      ws.change(
        `${name}.update`,
        () => {
          const before = getRecord(ws.db, spec, id);
          hooks.beforeWrite?.(ws.db, patch, before);
          const record = updateRecord(ws.db, spec, id, patch);
          hooks.afterWrite?.(ws.db, record, before);
          return record;
        },
        clientId,
      )) as AnyHandler,
    [`${name}.delete`]: (({ id }: { id: string }, { ws, clientId }: HandlerContext) =>
      ws.change(
        `${name}.delete`,
        () => {
          hooks.beforeDelete?.(ws.db, getRecord(ws.db, spec, id));
          deleteRecord(ws.db, spec, id);
          return { id };
        },
        clientId,
      )) as AnyHandler,
  };
  // Manual order within an operation (facts, hypotheses...); workspace lists keep creation order.
  if ('ordered' in spec && spec.ordered && !('workspace' in spec && spec.workspace)) {
    handlers[`${name}.reorder`] = (({ operationId, ids }: { operationId: string; ids: string[] }, { ws, clientId }: HandlerContext) =>
      ws.change(
        `${name}.reorder`,
        () => {
          reorderRecords(ws.db, spec, operationId, ids);
          return {};
        },
        clientId,
      )) as AnyHandler;
  }
  return handlers;
}
