import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { brokenCsv, brokenGexf, brokenGraphml, brokenJson } from '../../../test/fixtures/files/fuzz-inputs';
import { bulkyWorkbook, messyWorkbook } from '../../../test/fixtures/files/workbooks';
import { tempBackend } from '../../../test/harness/temp-workspace';
import { listOperations } from '../operations/repository';
import { countRows } from '../workspace/counts';
import { bytesSource } from './byte-source';
import { readCsv } from './csv-reader';
import { importFile, type ImportOptions } from './import-file';
import { DEFAULT_LIMITS } from './limits';
import { exportJson } from './workspace-dump';
import { readXlsx } from './xlsx-reader';

/**
 * Every parser against random and broken input, 1,000 runs each: it may refuse the input, but only
 * with an AppError (a code and a message in both languages), never with anything else. The dry
 * runs go through the whole import (reading, header, mapping, checks, matching against a real
 * workspace) and must write nothing.
 */
const RUNS = 1000;
const limits = { ...DEFAULT_LIMITS, rows: 500, recordChars: 10_000 };

async function onlyAppErrors(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toMatch(/^(import-|not-found|workspace-)/);
  }
}

let backend: ReturnType<typeof tempBackend>;
let operationId: string;
let before: string;
beforeAll(() => {
  backend = tempBackend({ example: true });
  operationId = listOperations(backend.ws.db, true)[0]!.id;
  before = JSON.stringify(countRows(backend.ws.db));
});
afterAll(() => {
  // Thousands of dry runs, and not one row written, not one change recorded.
  expect(JSON.stringify(countRows(backend.ws.db))).toBe(before);
  backend.close();
});

const dryRun = (bytes: Uint8Array | string, name: string, options: Partial<ImportOptions> = {}) =>
  onlyAppErrors(() =>
    importFile(backend.ws, bytesSource(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name), {
      locale: 'fr',
      operationId,
      dryRun: true,
      limits,
      ...options,
    }),
  );

describe('fuzz: CSV', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (bytes) => onlyAppErrors(() => readCsv(bytesSource(bytes, 'f.csv'), { limits }))), { numRuns: RUNS });
  });

  it('broken tables, through the whole import (actors or relations)', async () => {
    let peak = 0;
    await fc.assert(
      fc.asyncProperty(brokenCsv, fc.constantFrom<ImportOptions['kind']>(undefined, 'actors', 'relations'), async (bytes, kind) => {
        await dryRun(bytes, 'f.csv', { kind });
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }),
      { numRuns: RUNS },
    );
    expect(peak).toBeLessThan(1024 * 1024 * 1024); // bounded: no run kept what it read
  });
});

describe('fuzz: XLSX', () => {
  it('random bytes, and bytes behind a zip signature', async () => {
    const zipLike = fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), zipLike), (bytes) => onlyAppErrors(() => readXlsx(bytesSource(bytes, 'f.xlsx'), limits))), {
      numRuns: RUNS,
    });
  });

  it('real workbooks with bytes flipped, cut or spliced', async () => {
    const books = [await messyWorkbook(), await bulkyWorkbook(30)];
    const damaged = fc
      .record({ book: fc.nat(books.length - 1), flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), cut: fc.option(fc.nat(), { nil: null }) })
      .map(({ book, flips, cut }) => {
        const bytes = Uint8Array.from(books[book]!);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        return cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
      });
    await fc.assert(fc.asyncProperty(damaged, (bytes) => dryRun(bytes, 'f.xlsx')), { numRuns: RUNS });
  });
});

describe('fuzz: GEXF and GraphML', () => {
  for (const [format, broken] of [
    ['gexf', brokenGexf],
    ['graphml', brokenGraphml],
  ] as const) {
    it(`${format}: random text`, async () => {
      await fc.assert(fc.asyncProperty(fc.string({ maxLength: 500 }), (text) => dryRun(text, `f.${format}`)), { numRuns: RUNS });
    });
    it(`${format}: broken documents, through the whole import`, async () => {
      await fc.assert(fc.asyncProperty(broken, (text) => dryRun(text, `f.${format}`)), { numRuns: RUNS });
    });
  }
});

describe('fuzz: JSON', () => {
  it('random text and random JSON values', async () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((v) => JSON.stringify(v)), fc.jsonValue().map((v) => JSON.stringify({ format: 'tesr-studio', version: 1, actors: v })));
    await fc.assert(fc.asyncProperty(text, (t) => dryRun(t, 'f.json')), { numRuns: RUNS });
  });

  it('a real export with one value broken', async () => {
    const valid = JSON.parse(exportJson(backend.ws.db, { includePrivate: true }));
    await fc.assert(fc.asyncProperty(brokenJson(valid), (t) => dryRun(t, 'f.json')), { numRuns: RUNS });
  });
});
