import ExcelJS from 'exceljs';
import { safeCell } from '../../../shared/files/neutralise';
import type { ExportTable } from './export-tables';

/** One sheet per table, header in bold and frozen; numbers as numbers, text neutralised. */
export async function tablesToXlsx(tables: Pick<ExportTable, 'title' | 'header' | 'rows'>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TESR Studio';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.header.map((h) => safeCell(h)));
    sheet.getRow(1).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row.map((v) => safeCell(v)));
    t.header.forEach((h, i) => {
      const longest = Math.max(h.length, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
