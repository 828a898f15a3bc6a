import { safeCell, type CellValue } from '../../../shared/files/neutralise';

/** One CSV line: cells neutralised against formula injection, quoted when needed (RFC 4180). */
const line = (cells: CellValue[]) =>
  cells
    .map((c) => {
      const v = safeCell(c);
      const text = v === null ? '' : String(v);
      return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');

/** A square or rectangular matrix as CSV: a header of column names, each row led by its name. */
export function matrixCsv(corner: string, rowNames: string[], colNames: string[], values: number[][]): string {
  return [line([corner, ...colNames]), ...values.map((row, i) => line([rowNames[i] ?? '', ...row.map((v) => Number(v.toFixed(6)))]))].join('\r\n') + '\r\n';
}

/** A data: URL is refused by some CSPs; a Blob URL is revoked when the link goes away. */
export function csvBlobUrl(text: string): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  return URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
}
