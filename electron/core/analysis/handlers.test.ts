import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

describe('analysis.exportXlsx', () => {
  it('writes a matrix as one sheet: numbers as numbers, formula-like names neutralised', async () => {
    backend = tempBackend();
    const out = await call<{ name: string; mimeType: string; contentBase64: string }>(backend, 'analysis.exportXlsx', {
      fileName: 'midi.csv',
      sheetName: 'MIDI [ordre 2]',
      header: ['', 'CD2E', '=cmd|calc'],
      rows: [
        ['CD2E', 0, 3],
        ['=cmd|calc', 2.5, 0],
      ],
    });
    expect(out.name).toBe('midi.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(out.contentBase64, 'base64') as unknown as ExcelJS.Buffer); // exceljs types predate Node's generic Buffer
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('MIDI  ordre 2 ');
    expect(sheet.getRow(1).values).toEqual([undefined, undefined, 'CD2E', "'=cmd|calc"]); // the empty corner is no cell
    expect(sheet.getRow(3).values).toEqual([undefined, "'=cmd|calc", 2.5, 0]);
  });

  it('refuses a malformed matrix at the boundary', async () => {
    backend = tempBackend();
    const reply = await backend.dispatch('analysis.exportXlsx', { fileName: 'x', sheetName: 'x', header: [], rows: [[{}]] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
