import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { detectNewline, detectSeparator, type Separator } from '../../../shared/files/separator';
import type { TableRow } from '../../../shared/files/table';
import type { ByteSource } from './byte-source';
import { candidateEncodings, chunkDecoder, looksBinary, WrongEncoding, type TextEncoding } from './encoding';
import { CSV_CHUNK_BYTES, megabytes, type ImportLimits } from './limits';

export interface CsvRead {
  /** Non-blank rows, each with the line it starts on (quoted cells may span lines). */
  rows: TableRow[];
  encoding: TextEncoding;
  separator: Separator;
}

export interface ReadOptions {
  limits: ImportLimits;
  signal?: AbortSignal;
  /** Bytes read so far and the file's size, for a progress bar. */
  onProgress?: (read: number, total: number) => void;
}

const LINE_BREAKS = /\r\n|\r|\n/g;
const lineBreaks = (cell: string) => cell.match(LINE_BREAKS)?.length ?? 0;
const READ_AHEAD = 3 * CSV_CHUNK_BYTES;
const BOM_AS_1252 = /^(\ufeff|\u00ef\u00bb\u00bf)/;
/** A non-blank line, its line break and one more character (a CR may be the first half of a CRLF). */
const FIRST_LINE = /\S[^\r\n]*(\r\n|\r|\n)[^]/;
const HEAD_CHARS = 65_536;

/** Stops the parse with a reason; papaparse's abort ends the read, the reason is thrown after. */
class Stop {
  constructor(readonly error: unknown) {}
}

/**
 * Streams a CSV file through papaparse in chunks: memory holds the rows kept so far and one chunk,
 * never the whole file, and the read stops as soon as a limit is passed. The separator (`;`, `,`
 * or tab) is the one the first non-blank line uses most; blank lines are skipped.
 */
export async function readCsv(source: ByteSource, options: ReadOptions): Promise<CsvRead> {
  if (source.size === 0) throw new AppError('import-empty', { file: source.name });
  // Enough bytes for a byte-order mark, however the chunks are cut.
  let head: Uint8Array = new Uint8Array();
  for await (const chunk of source.chunks()) {
    head = new Uint8Array([...head, ...chunk.subarray(0, 4)]);
    if (head.length >= 4) break;
  }
  for (const encoding of candidateEncodings(head)) {
    try {
      return await parseAs(source, encoding, options);
    } catch (e) {
      if (!(e instanceof WrongEncoding)) throw e;
    }
  }
  throw new AppError('import-binary', { file: source.name, format: 'CSV' }); // unreachable: Windows-1252 reads any byte
}

async function parseAs(source: ByteSource, encoding: TextEncoding, options: ReadOptions): Promise<CsvRead> {
  const { limits, signal, onProgress } = options;
  const file = source.name;
  if (signal?.aborted) throw new AppError('import-cancelled', { file });
  const decode = chunkDecoder(encoding);
  const state = { fed: 0, consumed: 0, line: 1, chars: 0, stop: null as Stop | null };
  const rows: TableRow[] = [];

  // Decode the start, at least its first whole line (chunks can be cut anywhere), to check the
  // content and choose the separator and the line break before papaparse sees it.
  const iterator = source.chunks()[Symbol.asyncIterator]();
  let bytesRead = 0;
  let headText = '';
  let headDone = false;
  while (!headDone && !FIRST_LINE.test(headText) && headText.length < HEAD_CHARS) {
    const next = await iterator.next();
    headDone = !!next.done;
    const bytes = next.done ? new Uint8Array() : next.value;
    bytesRead += bytes.length;
    headText += decode(bytes, headDone);
  }
  headText = headText.replace(BOM_AS_1252, '');
  if (looksBinary(headText)) {
    await iterator.return?.();
    throw new AppError('import-binary', { file, format: 'CSV' });
  }
  const separator = detectSeparator(headText);
  const newline = detectNewline(headText);

  async function* text(): AsyncGenerator<string> {
    try {
      let chunk = headText;
      let done = headDone;
      for (;;) {
        if (chunk) {
          state.fed += chunk.length;
          yield chunk;
        }
        if (done) return;
        if (signal?.aborted) throw new AppError('import-cancelled', { file });
        // The stream reads a chunk or two ahead of the parser: allow for them.
        if (state.fed - state.consumed > limits.recordChars + READ_AHEAD) {
          throw new AppError('import-record-too-long', { file, line: state.line, limit: limits.recordChars });
        }
        const next = await iterator.next();
        done = !!next.done;
        const bytes = next.done ? new Uint8Array() : next.value;
        bytesRead += bytes.length;
        onProgress?.(bytesRead, source.size);
        chunk = decode(bytes, done);
      }
    } finally {
      await iterator.return?.();
    }
  }

  const stream = Readable.from(text(), { objectMode: true, highWaterMark: 1 });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown, parser?: Papa.Parser) => {
      state.stop = new Stop(error);
      parser?.abort();
      stream.destroy();
      reject(error);
    };
    stream.on('error', (e) => fail(e));
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter: separator,
      newline,
      skipEmptyLines: false,
      step(results, parser) {
        if (state.stop) return;
        if (signal?.aborted && rows.length % 1024 === 0) return fail(new AppError('import-cancelled', { file }), parser);
        const cells = results.data;
        const line = state.line;
        state.line += 1 + cells.reduce((n, c) => n + lineBreaks(c), 0);
        state.consumed = results.meta.cursor;
        const error = results.errors[0];
        if (error && (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) {
          return fail(new AppError('import-malformed', { file, format: 'CSV', line, detail: error.message }), parser);
        }
        if (cells.every((c) => c.trim() === '')) return;
        if (cells.length > limits.columns) return fail(new AppError('import-too-many-columns', { file, limit: limits.columns, line }), parser);
        state.chars += cells.reduce((n, c) => n + c.length, 0);
        if (state.chars > limits.tableChars) return fail(new AppError('import-too-large', { file, limitMb: megabytes(limits.tableChars) }), parser);
        // The header (and a few title lines) come on top of the data rows.
        if (rows.length > limits.rows + 10) return fail(new AppError('import-too-many-rows', { file, limit: limits.rows, line }), parser);
        rows.push({ line, cells });
      },
      complete: () => {
        if (!state.stop) resolve();
      },
      error: (e: unknown) => fail(e),
    });
  });
  if (rows.length === 0) throw new AppError('import-empty', { file });
  return { rows, encoding, separator };
}
