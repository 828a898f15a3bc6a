import type { Locale } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { csvFiles } from './csv-export';
import { exportTables } from './export-tables';
import { exportGexf } from './gexf-export';
import { writeFileAtomic, writeFolderAtomic, refuseWorkspacePath } from './write-atomic';
import { collectWorkspace, exportJson, type DumpOptions } from './workspace-dump';
import { tablesToXlsx } from './xlsx-export';

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'gexf';

export interface ExportOptions extends DumpOptions {
  locale: Locale;
}

export interface ExportResult {
  format: ExportFormat;
  /** Files written (CSV: one per table, in the output folder). */
  files: string[];
  /** Rows written per table (JSON: records per list). */
  counts: Record<string, number>;
  includePrivate: boolean;
}

/** The default output beside the current folder: `<workspace>.json`, `<workspace>-csv/`, … */
export const defaultOutput = (ws: Workspace, format: ExportFormat) => (format === 'csv' ? `${ws.name}-csv` : `${ws.name}.${format}`);

/**
 * Writes the workspace (or one operation) in a format: JSON (everything), CSV (one file per table
 * in a folder), XLSX (one sheet per table), GEXF (the network). Files are written whole or not at all.
 */
export async function exportWorkspace(ws: Workspace, format: ExportFormat, out: string, options: ExportOptions): Promise<ExportResult> {
  refuseWorkspacePath(out, ws.path);
  const includePrivate = !!options.includePrivate;
  if (format === 'json') {
    const text = exportJson(ws.db, options);
    writeFileAtomic(out, text);
    const content = JSON.parse(text) as { actors: unknown[]; operations: unknown[] };
    return { format, files: [out], counts: { actors: content.actors.length, operations: content.operations.length }, includePrivate };
  }
  const content = collectWorkspace(ws.db, options);
  if (format === 'gexf') {
    writeFileAtomic(out, exportGexf(content, options.locale, !!options.operationId));
    const relations = content.operations.reduce((n, w) => n + w.relations.length, 0);
    const nodes = options.operationId ? content.operations[0]!.participations.length : content.actors.length;
    return { format, files: [out], counts: { nodes, edges: relations }, includePrivate: false };
  }
  const tables = exportTables(content, options.locale);
  const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
  if (format === 'xlsx') {
    writeFileAtomic(out, await tablesToXlsx(tables));
    return { format, files: [out], counts, includePrivate };
  }
  const files = writeFolderAtomic(out, csvFiles(tables, options.locale));
  return { format, files, counts, includePrivate };
}
