import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ApiError, Envelope } from '../../shared/envelope';
import { AppError } from '../../shared/errors';
import { MAX_WORKSPACE_UPLOAD_BYTES } from '../../shared/workspace-files/api-schemas';
import type { Backend } from '../core/backend';
import { inspectWorkspaceFile } from '../core/db/open';
import { freeDataFilePath } from '../core/workspace/data-folder';
import { securityHeaders } from './security-headers';

export interface FileRouteOptions {
  maxUploadBytes?: number;
}

function reply(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders });
  res.end(JSON.stringify(envelope));
}

const refusal = (e: AppError): { ok: false; error: ApiError } => ({ ok: false, error: { code: e.code, message: e.message, params: e.params } });

/** `attachment; filename=...` for any name: an ASCII fallback plus the exact UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%]/g, '_') || 'workspace.tesr';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The open file as a download: a consistent copy (backup API) to a temp file, streamed, then removed. */
async function download(res: ServerResponse, backend: Backend): Promise<void> {
  const tmp = join(tmpdir(), `tesr-download-${randomUUID()}.tesr`);
  try {
    await backend.session.copyTo(tmp);
    const fileName = basename(backend.ws.path);
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': statSync(tmp).size,
      'Content-Disposition': attachment(fileName),
      'Cache-Control': 'no-store',
    });
    await pipeline(createReadStream(tmp), res);
  } catch (e) {
    if (!res.headersSent) reply(res, 500, refusal(new AppError('export-failed', { file: basename(backend.ws.path), detail: String(e) })));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * A .tesr file sent by the page: streamed to a temp file of the data folder with a size limit,
 * checked in full (ours, not newer, intact), then kept under a free name. Anything refused is
 * removed and nothing else changes; opening it is the page's next call.
 */
async function upload(req: IncomingMessage, res: ServerResponse, backend: Backend, limit: number): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const original = basename(url.searchParams.get('name') ?? '').slice(0, 200) || 'Import.tesr';
  const tooLarge = () => refusal(new AppError('upload-too-large', { file: original, limitMb: Math.round(limit / 1024 / 1024) }));
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    res.setHeader('Connection', 'close');
    return reply(res, 413, tooLarge());
  }
  const folder = backend.session.dataDir;
  mkdirSync(folder, { recursive: true });
  const tmp = join(folder, `.upload-${randomUUID()}.part`);
  let received = 0;
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          received += chunk.length;
          if (received > limit) throw new AppError('upload-too-large');
          yield chunk;
        }
      },
      createWriteStream(tmp, { flags: 'wx' }),
    );
    try {
      inspectWorkspaceFile(tmp, undefined, true);
    } catch (e) {
      if (e instanceof AppError) throw new AppError(e.code, { ...e.params, file: original });
      throw e;
    }
    const kept = freeDataFilePath(backend.session, original);
    renameSync(tmp, kept);
    reply(res, 200, { ok: true, value: { fileName: basename(kept) } });
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof AppError && e.code === 'upload-too-large') {
      res.setHeader('Connection', 'close');
      return reply(res, 413, tooLarge());
    }
    if (e instanceof AppError) return reply(res, 422, refusal(e));
    reply(res, 400, refusal(new AppError('transport')));
  }
}

/**
 * `GET /files/download` and `POST /files/upload?name=...`, for requests already judged (loopback
 * Host, own Origin, token cookie). An upload must also name its Origin: browsers always send it
 * with a POST, and a cross-site form could not forge ours. Returns false for any other path.
 */
export function handleFileRoute(req: IncomingMessage, res: ServerResponse, backend: Backend, options: FileRouteOptions = {}): boolean {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/files/download' && (req.method === 'GET' || req.method === 'HEAD')) {
    void download(res, backend);
    return true;
  }
  if (pathname === '/files/upload') {
    if (req.method !== 'POST') reply(res, 405, refusal(new AppError('unknown-method', { method: String(req.method) })));
    else if (!req.headers.origin) reply(res, 403, refusal(new AppError('unauthorized')));
    else void upload(req, res, backend, options.maxUploadBytes ?? MAX_WORKSPACE_UPLOAD_BYTES);
    return true;
  }
  return false;
}
