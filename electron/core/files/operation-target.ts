import type { Database } from 'better-sqlite3';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { requiredLine } from '../../../shared/domain/text';
import { listOperations, getOperation, insertOperation } from '../operations/repository';

/** The operation an import goes into: the one named, the only one, or (none at all) a new one. */
export interface OperationTarget {
  id: string | null;
  title: string;
  /** Title of the operation to create when the workspace has none. */
  createTitle: string | null;
}

export function operationTarget(db: Database, operationId: string | null | undefined, file: string): OperationTarget {
  if (operationId) {
    const operation = getOperation(db, operationId);
    return { id: operation.id, title: operation.title, createTitle: null };
  }
  const operations = listOperations(db, false);
  if (operations.length === 1) return { id: operations[0]!.id, title: operations[0]!.title, createTitle: null };
  if (operations.length === 0) {
    const title = requiredLine(200).safeParse(basename(file, extname(file)).slice(0, 200));
    const createTitle = title.success ? title.data : 'Import';
    return { id: null, title: createTitle, createTitle };
  }
  throw new AppError('import-needs-operation', { count: operations.length });
}

/** Records the target in a report. */
export function reportTarget(report: { operationId: string | null; operationTitle: string | null; operationCreated: boolean }, target: OperationTarget): void {
  report.operationId = target.id;
  report.operationTitle = target.title;
  report.operationCreated = !target.id;
}

/** Inside the import's change: the operation's id, creating it if needed. */
export function ensureOperation(db: Database, target: OperationTarget): string {
  if (target.id) return target.id;
  return insertOperation(db, { title: target.createTitle ?? 'Import', territory: '', lead: '' }).id;
}
