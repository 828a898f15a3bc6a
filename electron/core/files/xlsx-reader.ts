import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import type { TableRow } from '../../../shared/files/table';
import { readWhole, type ByteSource } from './byte-source';
import { megabytes, type ImportLimits } from './limits';
import { checkZip } from './zip-guard';

export interface Sheet {
  name: string;
  /** Non-blank rows, numbered as the spreadsheet numbers them. */
  rows: TableRow[];
}

type Cell = ExcelJS.CellValue | undefined;

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().replace(/T00:00:00\.000Z$/, ''));

/** A cell as text: rich text joined, formulas by their result, dates as ISO, errors empty. */
export function cellToText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
    if ('hyperlink' in value) return cellToText((value as { text?: Cell }).text);
    if ('result' in value) return cellToText((value as { result?: Cell }).result);
    if ('error' in value) return '';
  }
  return '';
}

/** Reads every sheet of a workbook, after checking its size and what it unpacks to. */
export async function readXlsx(source: ByteSource, limits: ImportLimits): Promise<Sheet[]> {
  const file = source.name;
  const bytes = await readWhole(source, limits.xlsxBytes);
  await checkZip(bytes, file, limits.xlsxUnpackedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new AppError('import-malformed', { file, format: 'XLSX', detail: e instanceof Error ? e.message : String(e) });
  }
  let chars = 0;
  let count = 0;
  return workbook.worksheets.map((ws) => {
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const values = Array.isArray(row.values) ? (row.values as Cell[]).slice(1) : [];
      if (values.length > limits.columns) throw new AppError('import-too-many-columns', { file, limit: limits.columns, line });
      const cells = Array.from(values, (v) => cellToText(v));
      if (cells.every((c) => c.trim() === '')) return;
      chars += cells.reduce((n, c) => n + c.length, 0);
      if (chars > limits.tableChars) throw new AppError('import-too-large', { file, limitMb: megabytes(limits.tableChars) });
      if (++count > limits.rows + 10) throw new AppError('import-too-many-rows', { file, limit: limits.rows, line });
      rows.push({ line, cells });
    });
    return { name: ws.name, rows };
  });
}
