import { AppError, type Locale } from '../../../shared/errors';
import { issueMessage, type RowIssue } from '../../../shared/files/issues';
import type { Mapping } from '../../../shared/files/table';

/** What the importers of tables and networks take besides the table. */
export interface TableImportOptions {
  operationId?: string | null;
  dryRun?: boolean;
  locale: Locale;
  /** The mapping the user chose; by default the one guessed from the header. */
  mapping?: Mapping;
  /** Lines the user chose to leave out (e.g. a duplicate they do not want merged). */
  skipLines?: readonly number[];
}

export type ImportKind = 'actors' | 'relations' | 'json' | 'gexf' | 'graphml';
export type ImportFormat = 'csv' | 'xlsx' | 'json' | 'gexf' | 'graphml';

/** A row whose actor already exists (matched by name, ignoring case, accents and punctuation). */
export interface DuplicateMatch {
  line: number;
  name: string;
  /** The existing actor the row will complete, or null when it repeats an earlier row of the file. */
  actorId: string | null;
  actorName: string;
  /** The earlier row of the same file, when the duplicate is within the file. */
  sameAsLine?: number;
  /** The actor already takes part in the operation: its participation is completed, not doubled. */
  participating: boolean;
}

/** What an import read, found and did (or, in a dry run, would do). */
export interface ImportReport {
  file: string;
  kind: ImportKind;
  format: ImportFormat;
  encoding?: string;
  separator?: string;
  sheet?: string;
  header?: string[];
  headerLine?: number;
  /** The mapping used (proposed from the header unless one was given): field -> column index. */
  mapping?: Mapping;
  operationId: string | null;
  /** The operation's title (or the title of the one to create). */
  operationTitle: string | null;
  /** No operation was named and the workspace had none: one is created, named after the file. */
  operationCreated: boolean;
  /** Data rows (or nodes and edges, or records) read. */
  rows: number;
  errors: RowIssue[];
  warnings: RowIssue[];
  duplicates: DuplicateMatch[];
  /** Records created (or to be created) by table: actors, participations, relations, colleges... */
  created: Record<string, number>;
  /** Records completed (or to be completed) by table: participations of actors already taking part. */
  updated: Record<string, number>;
  dryRun: boolean;
  written: boolean;
}

export function emptyReport(file: string, kind: ImportKind, format: ImportFormat, dryRun: boolean): ImportReport {
  return {
    file,
    kind,
    format,
    operationId: null,
    operationTitle: null,
    operationCreated: false,
    rows: 0,
    errors: [],
    warnings: [],
    duplicates: [],
    created: {},
    updated: {},
    dryRun,
    written: false,
  };
}

/** Rows with errors: nothing is written. Carries the whole report, so the caller can list every error. */
export class ImportInvalidError extends AppError {
  constructor(readonly report: ImportReport) {
    const first = report.errors[0];
    const detail = (locale: Locale) => (first ? issueMessage(first, locale) : '');
    super('import-invalid', { file: report.file, count: report.errors.length, detail: detail('en'), detailFr: detail('fr') });
  }
}

/** Throws when the report has errors; otherwise lets the import go on. */
export function assertNoErrors(report: ImportReport): void {
  if (report.errors.length) throw new ImportInvalidError(report);
}

export const countOf = (created: Record<string, number>, table: string, n = 1) => {
  created[table] = (created[table] ?? 0) + n;
};
