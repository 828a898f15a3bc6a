import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { AppError } from '../../../shared/errors';
import type { ProgressEvent } from '../../../shared/events';
import type { FilesPreview } from '../../../shared/files/api-schemas';
import { eachWithOperation, type TempBackend } from '../../../test/harness/operation-fixture';
import { call, sha256, tempBackend, tempDir } from '../../../test/harness/temp-workspace';
import { sizedStakeholderCsv } from '../../../test/harness/generated-csv';
import { uploadBytes } from '../../../test/harness/upload';
import { fileSource } from './byte-source';
import { DEFAULT_LIMITS, WORKER_MIN_BYTES } from './limits';
import { readImport } from './read-import';
import { readImportInWorker } from './read-in-worker';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url));

let backend: TempBackend;
let op: string;
eachWithOperation((b, id) => ((backend = b), (op = id)));

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op });
const request = (uploadId: string, extra: Record<string, unknown> = {}) => ({ operationId: op, kind: 'actors', uploadId, ...extra });
const failure = async (method: string, input: unknown) => {
  const reply = await backend.dispatch(method, input);
  if (reply.ok) throw new Error(`${method} should have failed`);
  return reply.error;
};

const largeCsv = () => sizedStakeholderCsv(WORKER_MIN_BYTES + 1024 * 1024);

/** The workspace file's bytes, everything checkpointed from the WAL. */
const fileHash = () => {
  backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
  return sha256(backend.ws.path);
};

describe('uploads in pieces', () => {
  it('takes pieces in order only, and removes the temp file when discarded', async () => {
    const uploadFolders = () => new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('tesr-uploads-')));
    const earlier = uploadFolders();
    const { uploadId } = await call<{ uploadId: string }>(backend, 'files.uploadStart', { name: 'a.csv', size: 11 });
    const piece = (offset: number, text: string) => ({ uploadId, offset, dataBase64: Buffer.from(text).toString('base64') });
    await call(backend, 'files.uploadChunk', piece(0, 'Nom\n'));
    expect(await failure('files.uploadChunk', piece(0, 'Nom\n'))).toMatchObject({ code: 'invalid-input' });
    expect(await failure('files.preview', request(uploadId))).toMatchObject({ code: 'invalid-input' }); // not complete yet
    expect(await failure('files.uploadChunk', piece(4, 'CD2E\nCERDD\n'))).toMatchObject({ code: 'invalid-input' }); // more than announced
    await call(backend, 'files.uploadChunk', piece(4, 'CD2E\nA\n'));
    expect(await call<FilesPreview>(backend, 'files.preview', request(uploadId))).toMatchObject({ rowCount: 2 });
    const folders = [...uploadFolders()].filter((f) => !earlier.has(f));
    expect(folders).toHaveLength(1);
    expect(await call(backend, 'files.uploadDiscard', { uploadId })).toEqual({ discarded: true });
    expect(await failure('files.preview', request(uploadId))).toMatchObject({ code: 'invalid-input' });
    backend.close();
    expect(existsSync(join(tmpdir(), folders[0]!))).toBe(false);
    backend = tempBackend(); // for afterEach
  });

  it('refuses a file above the upload limit before any byte is sent', async () => {
    expect(await failure('files.uploadStart', { name: 'x.csv', size: 2 * 1024 ** 3 })).toMatchObject({ code: 'invalid-input' });
  });
});

describe('networks and JSON exports from the dialog', () => {
  it('previews a GEXF and a GraphML network as counts, then imports each in one change', async () => {
    for (const name of ['reseau.gexf', 'reseau.graphml']) {
      const uploadId = await uploadBytes(backend, name, fixture(name));
      const p = await call<FilesPreview>(backend, 'files.preview', request(uploadId));
      expect(p).toMatchObject({ format: name.split('.')[1], errorCount: 0, header: [], rows: [] });
      expect(p.created.relations).toBeGreaterThan(0);
      const before = (await load()).relations.length;
      const result = await call<{ written: boolean; created: Record<string, number> }>(backend, 'files.import', request(uploadId));
      expect(result.written).toBe(true);
      expect((await load()).relations.length).toBe(before + result.created.relations!);
    }
    await call(backend, 'history.undo');
    await call(backend, 'history.undo');
    expect((await load()).actors).toHaveLength(0);
  });

  it('previews a JSON export (counts), or its schema errors, and imports it', async () => {
    const source = tempBackend({ example: true });
    const exported = await call<{ files: { contentBase64: string }[] }>(source, 'files.export', { format: 'json', includePrivate: true });
    source.close();
    const json = Buffer.from(exported.files[0]!.contentBase64, 'base64');
    const uploadId = await uploadBytes(backend, 'export.json', json);
    const p = await call<FilesPreview>(backend, 'files.preview', request(uploadId));
    expect(p).toMatchObject({ format: 'json', errorCount: 0 });
    expect(p.created.operations).toBeGreaterThan(0);
    expect(p.created.actors).toBeGreaterThan(0);
    await call(backend, 'files.import', request(uploadId));
    expect((await call<unknown[]>(backend, 'operations.list', {})).length).toBe(1 + p.created.operations!);

    const broken = JSON.parse(json.toString()) as { actors: { name: unknown }[] };
    broken.actors[0]!.name = 42;
    const bad = await call<FilesPreview>(backend, 'files.preview', request(await uploadBytes(backend, 'bad.json', JSON.stringify(broken))));
    expect(bad).toMatchObject({ format: 'json', errorCount: 1, created: {} });
    expect(bad.errors[0]).toMatchObject({ code: 'invalid', path: 'actors[0].name' });
  });
});

describe('large files: worker, progress, cancel', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('parses on a worker thread exactly what it parses in process, with monotone progress', { timeout: 30_000 }, async () => {
    const path = dir.file('grand.csv');
    writeFileSync(path, largeCsv());
    const progress: number[] = [];
    const inWorker = await readImportInWorker(path, 'grand.csv', 'csv', 'actors', { limits: DEFAULT_LIMITS, onProgress: (read) => progress.push(read) });
    const inProcess = await readImport(fileSource(path, 'grand.csv'), 'csv', 'actors', { limits: DEFAULT_LIMITS });
    expect(inWorker).toEqual(inProcess);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(readFileSync(path).length);
  });

  it('sends progress events for a preview, and a cancelled import leaves the file byte-identical', { timeout: 30_000 }, async () => {
    await call(backend, 'actors.create', { name: 'Déjà là' });
    const uploadId = await uploadBytes(backend, 'grand.csv', largeCsv());
    const events: ProgressEvent[] = [];
    const off = backend.onEvent((e) => {
      if (e.type !== 'progress') return;
      events.push(e);
      if (e.jobId === 'import-job-1' && e.phase === 'read') void backend.dispatch('files.cancel', { jobId: 'import-job-1' });
    });
    const before = fileHash();
    const history = await call(backend, 'history.state');
    expect(await failure('files.import', request(uploadId, { jobId: 'import-job-1' }))).toMatchObject({ code: 'import-cancelled' });
    expect(fileHash()).toBe(before);
    expect(await call(backend, 'history.state')).toEqual(history);

    const preview = await call<FilesPreview>(backend, 'files.preview', request(uploadId, { jobId: 'preview-job-1' }));
    off();
    expect(preview).toMatchObject({ errorCount: 0, missing: [] });
    const read = events.filter((e) => e.jobId === 'preview-job-1' && e.phase === 'read').map((e) => e.done);
    expect(read.length).toBeGreaterThan(3);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(events.filter((e) => e.jobId === 'preview-job-1').at(-1)?.phase).toBe('check');
    expect(fileHash()).toBe(before);
  });

  it('a cancel sent before its job starts still stops it', async () => {
    const uploadId = await uploadBytes(backend, 'a.csv', 'Nom\nCD2E\n');
    await call(backend, 'files.cancel', { jobId: 'early-job-1' });
    expect(await failure('files.import', request(uploadId, { jobId: 'early-job-1' }))).toMatchObject({ code: 'import-cancelled' });
    expect((await load()).actors).toHaveLength(0);
  });

  it('stops an oversize file with a clear error, in process and on the worker alike', { timeout: 30_000 }, async () => {
    const path = dir.file('trop.csv');
    writeFileSync(path, largeCsv());
    const limits = { ...DEFAULT_LIMITS, rows: 1000 };
    const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
    const [inProcess, inWorker] = await Promise.all([
      errorOf(readImport(fileSource(path, 'trop.csv'), 'csv', 'actors', { limits })),
      errorOf(readImportInWorker(path, 'trop.csv', 'csv', 'actors', { limits })),
    ]);
    expect(inProcess).toBeInstanceOf(AppError);
    expect(inWorker).toBeInstanceOf(AppError);
    expect((inWorker as AppError).params).toEqual((inProcess as AppError).params);
    expect((inWorker as AppError).message).toMatch(/^trop\.csv has more than 1000 data rows \(line 1012\)/);
    expect(existsSync(path)).toBe(true);
  });
});
