import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { CSV_CHUNK_BYTES, megabytes } from './limits';

/**
 * Where an import reads from: a file on disk (the CLI, the desktop app) or bytes already in memory
 * (an upload in browser mode, tests). Either way it can be read again from the start, which the
 * CSV reader needs when a file that looked like UTF-8 turns out to be Windows-1252.
 */
export interface ByteSource {
  /** The file name, for messages. */
  name: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
  readAll(): Promise<Uint8Array>;
}

const sourceError = (name: string, e: unknown) => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'ENOENT') return new AppError('workspace-missing', { file: name });
  return new AppError('workspace-unreadable', { file: name, detail: code || String(e) });
};

/** A file on disk, read in chunks; `name` (the file's own by default) is what messages call it. */
export function fileSource(path: string, name = basename(path)): ByteSource {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new AppError('workspace-unreadable', { file: name, detail: 'not a file' });
    size = st.size;
  } catch (e) {
    throw e instanceof AppError ? e : sourceError(name, e);
  }
  return {
    name,
    size,
    async *chunks() {
      try {
        for await (const chunk of createReadStream(path, { highWaterMark: CSV_CHUNK_BYTES })) yield chunk as Buffer;
      } catch (e) {
        throw e instanceof AppError ? e : sourceError(name, e);
      }
    },
    async readAll() {
      try {
        return await readFile(path);
      } catch (e) {
        throw sourceError(name, e);
      }
    },
  };
}

export function bytesSource(bytes: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: bytes.length,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += CSV_CHUNK_BYTES) yield bytes.subarray(i, i + CSV_CHUNK_BYTES);
    },
    readAll: async () => bytes,
  };
}

/** Reads a whole-document format (XLSX, XML, JSON) after checking its size, never past the limit. */
export async function readWhole(source: ByteSource, limit: number): Promise<Uint8Array> {
  if (source.size > limit) throw new AppError('import-too-large', { file: source.name, limitMb: megabytes(limit) });
  if (source.size === 0) throw new AppError('import-empty', { file: source.name });
  return source.readAll();
}
