import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { TableKind } from '../../../shared/files/table';
import type { WorkspaceFile } from '../../../shared/files/json-format';
import { readWhole, type ByteSource } from './byte-source';
import type { ReadOptions } from './csv-reader';
import { decodeDocument } from './encoding';
import { gexfGraph } from './gexf-reader';
import type { GraphData } from './graph-data';
import { graphmlGraph } from './graphml-reader';
import { emptyReport, type ImportFormat, type ImportKind, type ImportReport } from './import-report';
import { parseWorkspaceFile } from './json-import';
import { readTable, type ReadTable } from './table-reader';
import { readXml } from './xml-reader';

/**
 * A file read and parsed, before it meets the workspace: plain data (it crosses from the parsing
 * worker by structured clone), then checked and written by `applyImport` in one change.
 */
export type ParsedFile =
  | { format: 'csv' | 'xlsx'; name: string; table: ReadTable }
  | { format: 'gexf' | 'graphml'; name: string; graph: GraphData }
  | { format: 'json'; name: string; file: WorkspaceFile };


const formats: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
};

/** The format of a file, from what the user says it holds and otherwise from its extension. */
export function formatOf(name: string, kind: ImportKind | undefined): ImportFormat {
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

/** The report an import of this parsed file starts from. */
export function reportFor(parsed: ParsedFile, dryRun: boolean): ImportReport {
  if (parsed.format === 'csv' || parsed.format === 'xlsx') {
    const { kind, encoding, separator, sheet } = parsed.table;
    return Object.assign(emptyReport(parsed.name, kind, parsed.format, dryRun), { encoding, separator, sheet });
  }
  return emptyReport(parsed.name, parsed.format, parsed.format, dryRun);
}

/**
 * Reads and parses a file of the given format without touching a workspace: streamed for CSV (memory
 * holds the rows, never the whole file), whole and size-checked for the others. Errors about the
 * file throw an AppError; a JSON export failing its schema throws an ImportInvalidError.
 */
export async function readImport(source: ByteSource, format: ImportFormat, kind: TableKind | undefined, options: ReadOptions): Promise<ParsedFile> {
  const { limits, onProgress } = options;
  const name = source.name;
  const done = <T>(value: T) => {
    onProgress?.(source.size, source.size);
    return value;
  };
  if (options.signal?.aborted) throw new AppError('import-cancelled', { file: name });
  if (format === 'csv' || format === 'xlsx') return done({ format, name, table: await readTable(source, format, kind, options) });
  if (format === 'json') {
    const bytes = await readWhole(source, limits.documentBytes);
    return done({ format, name, file: parseWorkspaceFile(decodeDocument(bytes).text, name, emptyReport(name, 'json', 'json', true)) });
  }
  const doc = await readXml(source, format === 'gexf' ? 'GEXF' : 'GraphML', limits);
  const graph = format === 'gexf' ? gexfGraph(doc, name) : graphmlGraph(doc, name);
  if (graph.nodes.length === 0) throw new AppError('import-empty', { file: name });
  if (graph.nodes.length + graph.edges.length > limits.rows) {
    throw new AppError('import-too-many-rows', { file: name, limit: limits.rows, line: graph.edges.at(-1)?.line ?? 0 });
  }
  return done({ format, name, graph });
}
