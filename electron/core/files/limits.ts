/**
 * What an import accepts before it refuses a file: sizes are checked before a file is read whole,
 * and CSV, which is streamed, stops as soon as it holds too much. Tests pass smaller limits.
 */
export interface ImportLimits {
  /** XLSX files larger than this are refused unread. */
  xlsxBytes: number;
  /** Sum of the unpacked sizes of an XLSX's parts (a zip bomb unpacks to far more than it weighs). */
  xlsxUnpackedBytes: number;
  /** GEXF, GraphML and JSON files larger than this are refused unread. */
  documentBytes: number;
  /** Data rows of a table (CSV, sheet, nodes, edges). */
  rows: number;
  /** Characters of cell text a table may hold in memory (a CSV is streamed, not loaded whole). */
  tableChars: number;
  /** Characters of one CSV record: a quote never closed must not swallow the whole file. */
  recordChars: number;
  /** Columns of a table. */
  columns: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ImportLimits = {
  xlsxBytes: 200 * MB,
  xlsxUnpackedBytes: 400 * MB,
  documentBytes: 200 * MB,
  rows: 200_000,
  tableChars: 64 * MB,
  recordChars: 1 * MB,
  columns: 500,
};

/** Size of the pieces a CSV is read in. */
export const CSV_CHUNK_BYTES = 1 * MB;

export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** Uploads from this size on are parsed on a worker thread (smaller ones parse faster than a worker starts). */
export const WORKER_MIN_BYTES = 8 * MB;
