import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectSeparator } from '../../../shared/files/separator';
import type { TableRow } from '../../../shared/files/table';
import type { ByteSource } from './byte-source';
import { readCsv } from './csv-reader';
import { decodeDocument } from './encoding';
import { DEFAULT_LIMITS } from './limits';

// The streaming reader against papaparse on the whole decoded text: same rows, same lines, whatever
// the chunk boundaries (inside a quoted line break, a CRLF, a UTF-8 character or the BOM).

/** Bytes handed out in the pieces given: the boundaries fall anywhere. */
function piecesSource(bytes: Uint8Array, cuts: number[]): ByteSource {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return {
    name: 'stream.csv',
    size: bytes.length,
    async *chunks() {
      let at = 0;
      for (const p of [...points, bytes.length]) {
        if (p > at) yield bytes.subarray(at, p);
        at = Math.max(at, p);
      }
    },
    readAll: async () => bytes,
  };
}

const LINE_BREAKS = /\r\n|\r|\n/g;

/** The whole text at once: the rows a non-streaming read gives (blank rows dropped, lines counted). */
function wholeRead(bytes: Uint8Array): { rows: TableRow[]; encoding: string } {
  const { text, encoding } = decodeDocument(bytes);
  const body = text.replace(/^\ufeff/, '');
  const data = Papa.parse<string[]>(body, { delimiter: detectSeparator(body), skipEmptyLines: false }).data;
  const rows: TableRow[] = [];
  let line = 1;
  for (const cells of data) {
    if (!cells.every((c) => c.trim() === '')) rows.push({ line, cells });
    line += 1 + cells.reduce((n, c) => n + (c.match(LINE_BREAKS)?.length ?? 0), 0);
  }
  return { rows, encoding };
}

// Characters Windows-1252 can encode too, so one table can be written in either encoding.
const letters = fc.constantFrom('a', 'Z', 'é', 'à', 'ç', '’', '€', 'œ', ' ', '-', '1', '9', ',', ';', '\t', '"', '\n', '\r\n');
const cell = fc.array(letters, { maxLength: 12 }).map((cs) => cs.join(''));
const encode1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ '’': 0x92, '€': 0x80, 'œ': 0x9c })[c] ?? c.charCodeAt(0)));

const table = fc.record({
  separator: fc.constantFrom(';', ',', '\t'),
  newline: fc.constantFrom('\n', '\r\n'),
  header: fc.array(fc.stringMatching(/^[A-Za-zé]{1,8}$/), { minLength: 2, maxLength: 5 }),
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
  blankLines: fc.array(fc.nat(40), { maxLength: 4 }),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
  cuts: fc.array(fc.nat(4000), { maxLength: 25 }),
});

const quote = (c: string, sep: string) => (/["\r\n]/.test(c) || c.includes(sep) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c);

describe('the streaming CSV reader', () => {
  it('reads what a whole-text parse reads, wherever the chunks are cut (1,000 generated files)', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const lines = [t.header.join(t.separator), ...t.rows.map((r) => r.map((c) => quote(c, t.separator)).join(t.separator))];
        for (const at of t.blankLines) lines.splice(1 + (at % lines.length), 0, '');
        const text = lines.join(t.newline) + t.newline;
        const bytes =
          t.encoding === 'windows-1252'
            ? encode1252(text)
            : new Uint8Array([...(t.encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);
        const whole = wholeRead(bytes);
        const streamed = await readCsv(piecesSource(bytes, t.cuts), { limits: DEFAULT_LIMITS });
        expect(streamed.rows).toEqual(whole.rows);
        expect(streamed.encoding).toBe(whole.encoding);
        expect(streamed.separator).toBe(t.separator);
      }),
      { numRuns: 1000 },
    );
  });
});
