import { FORMULA_TRIGGERS, startsWithQuotedTrigger } from './values';

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading quote, as OWASP recommends against CSV injection; numbers are written as numbers
 * and need none. Imports strip the quote back (values.ts `unneutralise`).
 */
export function neutraliseCell(text: string): string {
  // Text already starting with quotes + trigger gets one more quote, so the import gives it back intact.
  const needs = (FORMULA_TRIGGERS as readonly string[]).includes(text[0] ?? '') || startsWithQuotedTrigger(text);
  return needs ? `'${text}` : text;
}

export type CellValue = string | number | null;

/** A cell ready for a CSV or XLSX file: text neutralised, numbers and empties as they are. */
export const safeCell = (value: CellValue): CellValue => (typeof value === 'string' ? neutraliseCell(value) : value);
