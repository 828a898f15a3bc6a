import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { bytesSource, type ByteSource } from './byte-source';
import { readCsv } from './csv-reader';
import { decodeDocument, decodeWindows1252, looksBinary } from './encoding';
import { DEFAULT_LIMITS } from './limits';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url));
const read = (text: string | Uint8Array, limits = DEFAULT_LIMITS) =>
  readCsv(bytesSource(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'test.csv'), { limits });
const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return { code: (e as AppError).code, ...(e as AppError).params };
  }
  throw new Error('expected an AppError');
};

describe('encodings', () => {
  it('reads Windows-1252 right where Node 20 reads Latin-1 (’ € œ Œ …)', () => {
    expect(decodeWindows1252(new Uint8Array([0x92, 0x80, 0x9c, 0x8c, 0x85, 0xe9, 0x81]))).toBe('’€œŒ…é\u0081');
  });

  it('prefers UTF-8 (with or without BOM), falls back to Windows-1252, honours UTF-16 marks', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array([0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array([0xe9, 0x92]))).toEqual({ text: 'é’', encoding: 'windows-1252' });
    expect(decodeDocument(new Uint8Array([0xff, 0xfe, 0xe9, 0x00]))).toEqual({ text: 'é', encoding: 'utf-16le' });
  });

  it('tells binary content from text', () => {
    expect(looksBinary('Nom;Sigle\nCD2E;x\n')).toBe(false);
    expect(looksBinary('PK\u0003\u0004\u0014\u0000\u0006')).toBe(true);
    expect(looksBinary(`${'a'.repeat(50)}\u0001\u0002`)).toBe(true);
  });
});

describe('CSV reading', () => {
  it('reads the messy fixture: Windows-1252, `;`, a title line, quoted line breaks, blank lines', async () => {
    const csv = await read(fixture('acteurs-1252.csv'));
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.separator).toBe(';');
    expect(csv.rows.map((r) => r.line)).toEqual([1, 3, 4, 6, 8, 10, 14, 15]);
    expect(csv.rows[1]!.cells[0]).toBe('Nom de l’acteur');
    expect(csv.rows[3]!.cells).toEqual(['Centre de développement des éco-entreprises', 'CD2E', 'Experts', 'Pôle d’excellence\r\nécoconstruction', '4,0', '4', '+1', 'impliqué']);
    expect(csv.rows[5]!.cells[0]).toBe('Association Œuvre commune');
  });

  it('detects `,` and tab, keeps quoted separators and doubled quotes', async () => {
    expect((await read('Name,Role\n"Smith, J.","He said ""hi"""\n')).rows[1]!.cells).toEqual(['Smith, J.', 'He said "hi"']);
    const tab = await read('Nom\tSigle\r\nCD2E\tcd\r\n');
    expect([tab.separator, tab.rows[1]!.cells]).toEqual(['\t', ['CD2E', 'cd']]);
  });

  it('switches to Windows-1252 when invalid UTF-8 comes late, past the first chunk', async () => {
    const head = new TextEncoder().encode(`Nom;Rôle\n${'Acteur;x\n'.repeat(200_000)}`);
    const tail = new Uint8Array([0x43, 0x44, 0x32, 0x45, 0x3b, 0x92, 0x0a]); // CD2E;’
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    const csv = await read(bytes);
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.rows.at(-1)!.cells).toEqual(['CD2E', '’']);
    expect(csv.rows[0]!.cells).toEqual(['Nom', 'RÃ´le']); // what UTF-8 bytes read as Windows-1252 look like
  });

  it('refuses empty files, binary content and unclosed quotes, with the line', async () => {
    expect(await code(read(''))).toMatchObject({ code: 'import-empty' });
    expect(await code(read('\n\n  \r\n;;;\n'))).toMatchObject({ code: 'import-empty' });
    expect(await code(read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])))).toMatchObject({ code: 'import-binary' });
    expect(await code(read('Nom;Sigle\nA;B\n"C;D\nE;F\n'))).toMatchObject({ code: 'import-malformed', line: 3 });
  });

  it('stops at the limits: rows, columns, record length, table size', async () => {
    const limits = { ...DEFAULT_LIMITS, rows: 5, columns: 4, recordChars: 1000, tableChars: 10_000 };
    expect(await code(read(`Nom\n${'a\n'.repeat(20)}`, limits))).toMatchObject({ code: 'import-too-many-rows', limit: 5 });
    expect(await code(read('a;b;c;d;e\n', limits))).toMatchObject({ code: 'import-too-many-columns', line: 1 });
    expect(await code(read(`Nom\n"${'x'.repeat(5_000_000)}`, limits))).toMatchObject({ code: 'import-record-too-long', line: 2 });
    expect(await code(read(`Nom\n${`${'y'.repeat(4000)}\n`.repeat(4)}`, limits))).toMatchObject({ code: 'import-too-large' });
  });

  it('streams a 500 MB file without loading it: the read stops at the limit, memory stays bounded', async () => {
    const row = new TextEncoder().encode(`${'Acteur quelconque;Collège;Rôle assez long pour remplir;3;4;1;contacté\n'.repeat(1000)}`);
    const total = 500 * 1024 * 1024;
    let produced = 0;
    const source: ByteSource = {
      name: 'enorme.csv',
      size: total,
      async *chunks() {
        produced = 0;
        yield new TextEncoder().encode('Nom;Collège;Rôle;Influence;Intérêt;Posture;Engagement\n');
        while (produced < total) {
          produced += row.length;
          yield row;
        }
      },
      readAll: () => Promise.reject(new Error('a CSV is never read whole')),
    };
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const limits = { ...DEFAULT_LIMITS, rows: 10_000_000, tableChars: 16 * 1024 * 1024 };
    const error = await code(readCsv(source, { limits }));
    clearInterval(timer);
    expect(error).toMatchObject({ code: 'import-too-large' });
    expect(produced).toBeLessThan(total / 10); // stopped early: it never read the 500 MB
    expect(peak - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('reports progress and can be cancelled while reading', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const big = new TextEncoder().encode(`Nom\n${'acteur\n'.repeat(1_000_000)}`);
    const p = readCsv(bytesSource(big, 'grand.csv'), {
      limits: { ...DEFAULT_LIMITS, rows: 10_000_000 },
      signal: controller.signal,
      onProgress: (read, total) => {
        progress.push(read / total);
        controller.abort();
      },
    });
    expect(await code(p)).toMatchObject({ code: 'import-cancelled' });
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress[0]).toBeLessThan(1);
  });
});
