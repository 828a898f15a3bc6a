import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { MAX_UPLOAD_BYTES } from '../../../shared/files/api-schemas';
import type { ParsedFile } from './read-import';

/** A file the renderer sends in pieces (files.upload.*), written to a temp file as it arrives. */
export interface Upload {
  id: string;
  name: string;
  size: number;
  path: string;
  received: number;
}

interface Entry extends Upload {
  fd: number | null;
  /** The last parse of this upload (a preview, then the import, read it once). */
  parsed: { key: string; value: ParsedFile } | null;
}

/** Uploads kept at once: an abandoned one gives way to newer ones. */
const MAX_UPLOADS = 4;

const PREFIX = 'tesr-uploads-';
/** Older than this, an uploads folder is a crashed backend's: no upload lasts a day. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** Removes the uploads folders a crashed backend left in `parent` (another running one's are recent). */
export function sweepStaleUploads(parent = tmpdir(), now = Date.now()): number {
  let removed = 0;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(parent, name);
    try {
      if (now - statSync(path).mtimeMs < STALE_MS) continue;
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch {
      // gone meanwhile, or not ours to remove: left alone
    }
  }
  return removed;
}

const refuse = (detail: string) => new AppError('invalid-input', { path: 'uploadId', detail });

/**
 * Uploads under a private temp folder, removed when the backend closes. Memory holds one piece at
 * a time (the pieces are written as they come), whatever the file's size; pieces must come in
 * order, so a retried or lost piece is refused rather than silently misplaced.
 */
export class Uploads {
  private dir: string | null = null;
  private readonly entries = new Map<string, Entry>();

  start(name: string, size: number): Upload {
    if (size > MAX_UPLOAD_BYTES) throw new AppError('import-too-large', { file: name, limitMb: Math.round(MAX_UPLOAD_BYTES / 1024 / 1024) });
    if (!this.dir) {
      sweepStaleUploads();
      this.dir = mkdtempSync(join(tmpdir(), PREFIX));
    }
    while (this.entries.size >= MAX_UPLOADS) this.discard(this.entries.keys().next().value!);
    const id = randomUUID();
    const path = join(this.dir, id);
    const entry: Entry = { id, name, size, path, received: 0, fd: openSync(path, 'wx', 0o600), parsed: null };
    this.entries.set(id, entry);
    this.closeIfComplete(entry);
    return this.view(entry);
  }

  write(id: string, offset: number, bytes: Uint8Array): Upload {
    const entry = this.entry(id);
    if (entry.fd === null) throw refuse('upload already complete');
    if (offset !== entry.received) throw refuse(`piece at ${offset}, expected ${entry.received}`);
    if (entry.received + bytes.length > entry.size) throw refuse('more bytes than announced');
    let written = 0;
    while (written < bytes.length) written += writeSync(entry.fd, bytes, written, bytes.length - written, offset + written);
    entry.received += bytes.length;
    this.closeIfComplete(entry);
    return this.view(entry);
  }

  /** A complete upload, to read. */
  complete(id: string): Upload {
    const entry = this.entry(id);
    if (entry.received !== entry.size) throw refuse('upload not complete');
    return this.view(entry);
  }

  cached(id: string, key: string): ParsedFile | null {
    const parsed = this.entries.get(id)?.parsed;
    return parsed?.key === key ? parsed.value : null;
  }

  /** Keeps one parse, of the latest upload parsed: a table can hold tens of megabytes. */
  cache(id: string, key: string, value: ParsedFile): void {
    for (const e of this.entries.values()) e.parsed = null;
    const entry = this.entries.get(id);
    if (entry) entry.parsed = { key, value };
  }

  discard(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    if (entry.fd !== null) closeSync(entry.fd);
    rmSync(entry.path, { force: true });
    return true;
  }

  close(): void {
    for (const id of [...this.entries.keys()]) this.discard(id);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw refuse('unknown upload (sent again after a restart?)');
    return entry;
  }

  private closeIfComplete(entry: Entry): void {
    if (entry.received === entry.size && entry.fd !== null) {
      closeSync(entry.fd);
      entry.fd = null;
    }
  }

  private view = ({ id, name, size, path, received }: Entry): Upload => ({ id, name, size, path, received });
}
