import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { bulkyWorkbook, messyWorkbook } from '../../../test/fixtures/files/workbooks';
import { bytesSource } from './byte-source';
import { DEFAULT_LIMITS } from './limits';
import { readTable } from './table-reader';
import { cellToText, readXlsx } from './xlsx-reader';

const source = (bytes: Uint8Array, name = 'acteurs.xlsx') => bytesSource(bytes, name);
const failure = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return { code: (e as AppError).code, ...(e as AppError).params };
};

describe('XLSX reading', () => {
  it('finds the stakeholders sheet and the last row of a merged header, with spreadsheet row numbers', async () => {
    const read = await readTable(source(await messyWorkbook()), 'xlsx', undefined, { limits: DEFAULT_LIMITS });
    expect(read.sheet).toBe('Acteurs');
    expect(read.kind).toBe('actors');
    expect(read.table.header).toEqual(['Nom', 'Sigle', 'Collège', 'Influence', 'Intérêt', 'Posture', 'Engagement']);
    expect(read.table.headerLine).toBe(4);
    expect(read.table.rows.map((r) => r.line)).toEqual([5, 7, 8]);
    expect(read.table.rows[1]!.cells).toEqual(['Centre de développement', 'CD2E', 'Experts', '4', '4', '1', 'impliqué']);
  });

  it('picks the relations sheet when asked for relations', async () => {
    const read = await readTable(source(await messyWorkbook()), 'xlsx', 'relations', { limits: DEFAULT_LIMITS });
    expect([read.sheet, read.table.header[1], read.table.rows.length]).toEqual(['Relations', 'Cible', 2]);
  });

  it('turns every kind of cell into text', () => {
    expect(cellToText(new Date('2024-03-05T00:00:00Z'))).toBe('2024-03-05');
    expect(cellToText({ formula: 'A1', result: 3 } as never)).toBe('3');
    expect(cellToText({ error: '#REF!' } as never)).toBe('');
    expect(cellToText({ text: 'site', hyperlink: 'https://x' } as never)).toBe('site');
    expect(cellToText(true)).toBe('true');
    expect(cellToText(null)).toBe('');
  });

  it('refuses what is not a workbook: empty, garbage, truncated, too big', async () => {
    const good = await messyWorkbook();
    expect(await failure(readXlsx(source(new Uint8Array()), DEFAULT_LIMITS))).toMatchObject({ code: 'import-empty' });
    expect(await failure(readXlsx(source(new TextEncoder().encode('Nom;Sigle\n')), DEFAULT_LIMITS))).toMatchObject({ code: 'import-malformed' });
    expect(await failure(readXlsx(source(good.subarray(0, good.length / 2)), DEFAULT_LIMITS))).toMatchObject({ code: 'import-malformed' });
    expect(await failure(readXlsx(source(good), { ...DEFAULT_LIMITS, xlsxBytes: 1000 }))).toMatchObject({ code: 'import-too-large', file: 'acteurs.xlsx' });
  });

  it('counts what a workbook really unpacks to before exceljs loads it (zip bombs)', async () => {
    const bulky = await bulkyWorkbook(2000); // ~1 MB of sheet, a few kB on disk
    expect(bulky.length).toBeLessThan(100_000);
    expect(await failure(readXlsx(source(bulky), { ...DEFAULT_LIMITS, xlsxUnpackedBytes: 200_000 }))).toMatchObject({ code: 'import-too-large' });
    expect(await failure(readXlsx(source(bulky), { ...DEFAULT_LIMITS, rows: 100 }))).toMatchObject({ code: 'import-too-many-rows', limit: 100 });
  });
});
