import type { Locale } from '../../../shared/errors';
import type { Mapping } from '../../../shared/files/table';
import type { Workspace } from '../workspace/workspace';
import type { ByteSource } from './byte-source';
import { importActors } from './import-actors';
import { importGraph } from './import-graph';
import { importRelations } from './import-relations';
import type { ImportKind, ImportReport } from './import-report';
import { importWorkspaceFile } from './json-import';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { formatOf, readImport, reportFor, type ParsedFile } from './read-import';

export interface ApplyOptions {
  /** The operation receiving actors, relations or a network (see operation-target.ts). */
  operationId?: string | null;
  /** Check everything, report what would happen, write nothing. */
  dryRun?: boolean;
  locale: Locale;
  mapping?: Mapping;
  skipLines?: readonly number[];
}

export interface ImportOptions extends ApplyOptions {
  /** What the file holds; by default from its extension (and, for tables, from its header). */
  kind?: ImportKind;
  limits?: ImportLimits;
  signal?: AbortSignal;
  onProgress?: (read: number, total: number) => void;
}

/**
 * Checks a parsed file against the workspace and writes it all in ONE change, or nothing (a dry
 * run, or rows with errors: an ImportInvalidError carries the report). Synchronous: nothing else
 * runs between the checks and the commit.
 */
export function applyImport(ws: Workspace, parsed: ParsedFile, options: ApplyOptions): ImportReport {
  const report = reportFor(parsed, !!options.dryRun);
  if (parsed.format === 'json') return importWorkspaceFile(ws, parsed.file, report, options);
  if ('graph' in parsed) return importGraph(ws, parsed.graph, report, options);
  return (parsed.table.kind === 'actors' ? importActors : importRelations)(ws, parsed.table.table, report, options);
}

/**
 * The one entry point of the command line: reads the file with the parser of its format (CSV
 * streamed from disk), then `applyImport`. Errors about the file throw an AppError; errors about
 * rows throw an ImportInvalidError with the report.
 */
export async function importFile(ws: Workspace, source: ByteSource, options: ImportOptions): Promise<ImportReport> {
  const format = formatOf(source.name, options.kind);
  const kind = options.kind === 'actors' || options.kind === 'relations' ? options.kind : undefined;
  const parsed = await readImport(source, format, kind, { limits: options.limits ?? DEFAULT_LIMITS, signal: options.signal, onProgress: options.onProgress });
  return applyImport(ws, parsed, options);
}
