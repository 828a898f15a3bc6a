import { extname } from 'node:path';
import { AppError, type Locale } from '../../../shared/errors';
import type { Mapping } from '../../../shared/files/table';
import type { Workspace } from '../workspace/workspace';
import type { ByteSource } from './byte-source';
import { gexfGraph } from './gexf-reader';
import { graphmlGraph } from './graphml-reader';
import { importActors } from './import-actors';
import { importGraph } from './import-graph';
import { importRelations } from './import-relations';
import { emptyReport, type ImportFormat, type ImportKind, type ImportReport } from './import-report';
import { importJson } from './json-import';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { readTable } from './table-reader';
import { readXml } from './xml-reader';

export interface ImportOptions {
  /** What the file holds; by default from its extension (and, for tables, from its header). */
  kind?: ImportKind;
  /** The operation receiving actors, relations or a network (see operation-target.ts). */
  operationId?: string | null;
  /** Read and check everything, report what would happen, write nothing. */
  dryRun?: boolean;
  locale: Locale;
  limits?: ImportLimits;
  mapping?: Mapping;
  skipLines?: readonly number[];
  signal?: AbortSignal;
  onProgress?: (read: number, total: number) => void;
}

const formats: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
};

function formatOf(name: string, kind: ImportKind | undefined): ImportFormat {
  if (kind === 'json' || kind === 'gexf' || kind === 'graphml') return kind;
  const format = formats[extname(name).toLowerCase()];
  if (kind) {
    // Actors or relations: a table; a file without a known extension is read as CSV.
    if (format === 'xlsx') return format;
    if (format === undefined || format === 'csv') return 'csv';
    throw new AppError('import-unsupported', {
      file: name,
      detail: `${kind} are read from CSV or XLSX files`,
      detailFr: `les ${kind === 'actors' ? 'acteurs' : 'relations'} se lisent dans un fichier CSV ou XLSX`,
    });
  }
  if (!format) {
    throw new AppError('import-unsupported', {
      file: name,
      detail: 'unknown file type (expected .csv, .xlsx, .json, .gexf or .graphml; or say which with --kind)',
      detailFr: 'type de fichier inconnu (attendu : .csv, .xlsx, .json, .gexf ou .graphml ; ou précisez-le avec --kind)',
    });
  }
  return format;
}

/**
 * The one entry point of every import (the CLI now, the app's screens later): reads the file with
 * the parser of its format, checks every row, and writes it all in one change, or nothing. Errors
 * about the file throw an AppError; errors about rows throw an ImportInvalidError with the report.
 */
export async function importFile(ws: Workspace, source: ByteSource, options: ImportOptions): Promise<ImportReport> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const format = formatOf(source.name, options.kind);
  const dryRun = !!options.dryRun;
  if (format === 'json') return importJson(ws, source, emptyReport(source.name, 'json', format, dryRun), { dryRun, limits });
  if (format === 'gexf' || format === 'graphml') {
    const doc = await readXml(source, format === 'gexf' ? 'GEXF' : 'GraphML', limits);
    const graph = format === 'gexf' ? gexfGraph(doc, source.name) : graphmlGraph(doc, source.name);
    if (graph.nodes.length === 0) throw new AppError('import-empty', { file: source.name });
    if (graph.nodes.length + graph.edges.length > limits.rows) {
      throw new AppError('import-too-many-rows', { file: source.name, limit: limits.rows, line: graph.edges.at(-1)?.line ?? 0 });
    }
    return importGraph(ws, graph, emptyReport(source.name, format, format, dryRun), options);
  }
  const kind = options.kind === 'actors' || options.kind === 'relations' ? options.kind : undefined;
  const read = await readTable(source, format, kind, { limits, signal: options.signal, onProgress: options.onProgress });
  const report = emptyReport(source.name, read.kind, format, dryRun);
  Object.assign(report, { encoding: read.encoding, separator: read.separator, sheet: read.sheet });
  return (read.kind === 'actors' ? importActors : importRelations)(ws, read.table, report, options);
}
