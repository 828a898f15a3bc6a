import Papa from 'papaparse';

/**
 * Cells copied from a spreadsheet (Excel, LibreOffice, Google Sheets put tab-separated text on the
 * clipboard, with quoted cells for line breaks). Empty trailing rows are dropped; cells are trimmed.
 */
export function parseClipboardTable(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { data } = Papa.parse<string[]>(clean, { delimiter: '\t', skipEmptyLines: 'greedy' });
  return data.map((row) => row.map((cell) => cell.trim())).filter((row) => row.some((cell) => cell !== ''));
}

/** A paste is a table when it spans several cells; a single value is left to the input. */
export const isTablePaste = (text: string) => /[\t\n]/.test(text.replace(/\s+$/, ''));

/** Reads a number written the French or English way: "1 234,5", "1,234.5", "12 %", "−3". */
export function parseLocaleNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f%€]/g, '').replace(/−/g, '-');
  if (t === '') return null;
  const normalized = /,\d{1,2}$|,\d+$/.test(t) && !/\.\d+$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}
