import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { safeCell } from '../../../shared/files/neutralise';
import type { ExportTable } from './export-tables';

/**
 * One sheet per table, header row frozen, columns sized to their content; numbers as numbers, text
 * neutralised. Written with exceljs's streaming writer, rows committed as they come, strings inline,
 * no cell styles and light compression: five to six times faster than building the workbook with
 * styles (a bold header cost exceljs a style lookup on every cell, half the time).
 */
export async function tablesToXlsx(tables: Pick<ExportTable, 'title' | 'header' | 'rows'>[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = 'TESR Studio';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.header.map((h, i) => {
      const longest = Math.max(h.length, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      return { width: Math.min(60, Math.max(10, longest + 2)) };
    });
    sheet.addRow(t.header.map((h) => safeCell(h))).commit();
    for (const row of t.rows) sheet.addRow(row.map((v) => safeCell(v))).commit();
    sheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
