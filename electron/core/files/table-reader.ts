import { AppError } from '../../../shared/errors';
import { guessKind, locateHeader } from '../../../shared/files/columns';
import type { Table, TableKind, TableRow } from '../../../shared/files/table';
import { nameKey } from '../../../shared/domain/walk/names';
import type { ByteSource } from './byte-source';
import { readCsv, type ReadOptions } from './csv-reader';
import { readXlsx, type Sheet } from './xlsx-reader';

export type TableFormat = 'csv' | 'xlsx';

export interface ReadTable {
  table: Table;
  kind: TableKind;
  format: TableFormat;
  encoding?: string;
  separator?: string;
  sheet?: string;
}

/** Sheet names that say what a sheet holds, best first (our own XLSX export has all of them). */
const sheetWords: Record<TableKind, string[]> = {
  actors: ['participations', 'parties prenantes', 'stakeholders', 'acteurs', 'actors', 'elements', 'éléments', 'nodes', 'nœuds'],
  relations: ['relations', 'liens', 'links', 'connections', 'edges', 'arêtes'],
};

function pickSheet(sheets: Sheet[], kind: TableKind | undefined): Sheet | undefined {
  const filled = sheets.filter((s) => s.rows.length > 0);
  for (const k of kind ? [kind] : (['actors', 'relations'] as const)) {
    for (const word of sheetWords[k]) {
      const hit = filled.find((s) => nameKey(s.name) === nameKey(word));
      if (hit) return hit;
    }
  }
  return filled[0];
}

function locate(file: string, rows: TableRow[], kind: TableKind | undefined): { table: Table; kind: TableKind } {
  // The header is searched for with the kind's column names; unknown kind: relations when a header
  // names both ends and no actor, stakeholders otherwise.
  const tryKind = (k: TableKind) => locateHeader(rows, k);
  let chosen = kind;
  if (!chosen) {
    const asRelations = tryKind('relations');
    chosen = asRelations && guessKind(asRelations.header) === 'relations' ? 'relations' : 'actors';
  }
  const located = tryKind(chosen);
  if (!located || located.rows.length === 0) throw new AppError('import-empty', { file });
  return { table: located, kind: chosen };
}

/** Reads a CSV or XLSX file into the neutral table: header found, data rows with their lines. */
export async function readTable(source: ByteSource, format: TableFormat, kind: TableKind | undefined, options: ReadOptions): Promise<ReadTable> {
  if (format === 'csv') {
    const csv = await readCsv(source, options);
    return { ...locate(source.name, csv.rows, kind), format, encoding: csv.encoding, separator: csv.separator };
  }
  const sheets = await readXlsx(source, options.limits);
  const sheet = pickSheet(sheets, kind);
  if (!sheet) throw new AppError('import-empty', { file: source.name });
  return { ...locate(source.name, sheet.rows, kind), format, sheet: sheet.name };
}
