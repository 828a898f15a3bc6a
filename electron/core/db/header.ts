import { closeSync, openSync, readSync } from 'node:fs';

/** TESR Studio's SQLite `application_id` ("TESR" in ASCII): how a workspace is told from any other SQLite file. */
export const APPLICATION_ID = 0x54455352;

export interface SqliteHeader {
  pageSize: number;
  /** Page count recorded in the header, when the header says it is valid. */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

const MAGIC = 'SQLite format 3\u0000';

/**
 * Reads the 100-byte SQLite header without opening the database, so a file can be judged
 * (foreign, newer, truncated) before SQLite is allowed anywhere near it.
 * Returns null when the file is not an SQLite database at all.
 */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) return null;
  const rawPageSize = buf.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = buf.readUInt32BE(24);
  const validFor = buf.readUInt32BE(92);
  const pageCount = changeCounter === validFor ? buf.readUInt32BE(28) : null;
  return {
    pageSize,
    pageCount,
    userVersion: buf.readInt32BE(60),
    applicationId: buf.readInt32BE(68),
  };
}
