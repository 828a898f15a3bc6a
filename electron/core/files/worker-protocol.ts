import type { ErrorCode, Params } from '../../../shared/errors';
import type { TableKind } from '../../../shared/files/table';
import type { ImportFormat, ImportReport } from './import-report';
import type { ImportLimits } from './limits';
import type { ParsedFile } from './read-import';

/** What the parsing worker is given, and what it answers (structured clone both ways). */
export interface WorkerRequest {
  path: string;
  name: string;
  format: ImportFormat;
  kind: TableKind | undefined;
  limits: ImportLimits;
}

export type WorkerReply =
  | { type: 'progress'; read: number; total: number }
  | { type: 'done'; parsed: ParsedFile }
  | { type: 'invalid'; report: ImportReport }
  | { type: 'error'; code: ErrorCode; params: Params };
