import { describe, expect, it } from 'vitest';
import { isTablePaste, parseClipboardTable, parseLocaleNumber } from './clipboard';

describe('clipboard tables', () => {
  it('reads tab-separated rows from a spreadsheet, with quoted line breaks and a BOM', () => {
    const text = '\uFEFFCD2E\tExperts\t4\r\n"Région\nHauts-de-France"\tPouvoirs publics\t5\r\n\r\n';
    expect(parseClipboardTable(text)).toEqual([
      ['CD2E', 'Experts', '4'],
      ['Région\nHauts-de-France', 'Pouvoirs publics', '5'],
    ]);
  });
  it('tells a table paste from a single value', () => {
    expect(isTablePaste('CD2E')).toBe(false);
    expect(isTablePaste('CD2E\n')).toBe(false);
    expect(isTablePaste('CD2E\tCERDD')).toBe(true);
    expect(isTablePaste('CD2E\nCERDD')).toBe(true);
  });
  it('reads numbers written the French or English way', () => {
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1\u202f234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5')).toBe(1234.5);
    expect(parseLocaleNumber('12 %')).toBe(12);
    expect(parseLocaleNumber('−3')).toBe(-3);
    expect(parseLocaleNumber('3,5')).toBe(3.5);
    expect(parseLocaleNumber('')).toBeNull();
    expect(parseLocaleNumber('beaucoup')).toBeNull();
  });
});
