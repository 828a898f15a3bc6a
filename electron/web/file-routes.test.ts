import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/domain/operation';
import { call, sha256, tempBackend } from '../../test/harness/temp-workspace';
import { APPLICATION_ID } from '../core/db/header';
import { attachment } from './file-routes';
import { startWebServer, type WebServer } from './server';

let backend: ReturnType<typeof tempBackend>;
let server: WebServer;
afterEach(async () => {
  await server?.close();
  backend?.close();
});

async function start(maxUploadBytes?: number) {
  backend = tempBackend();
  server = await startWebServer({ backend, staticDir: backend.dir.path, files: { maxUploadBytes } });
  const origin = `http://127.0.0.1:${server.port}`;
  const cookie = `tesr-token-${server.port}=${server.token}`;
  return { origin, cookie };
}

/** A valid workspace file made elsewhere, as bytes (what a colleague sends by e-mail). */
async function workspaceBytes(title: string): Promise<Buffer> {
  const other = tempBackend();
  await call(other, 'operations.create', { title });
  const path = other.dir.file('copy.tesr');
  await other.session.copyTo(path);
  const bytes = readFileSync(path);
  other.close();
  return bytes;
}

const dataFiles = () => readdirSync(backend.dir.path).filter((f) => f.endsWith('.tesr')).sort();

describe('download', () => {
  it('sends a consistent copy of the open file, to the token holder only', async () => {
    const { origin, cookie } = await start();
    await call(backend, 'operations.create', { title: 'Téléchargée' });
    expect((await fetch(`${origin}/files/download`)).status).toBe(401);
    expect((await fetch(`${origin}/files/download`, { headers: { cookie, origin: 'http://evil.example' } })).status).toBe(403);
    const res = await fetch(`${origin}/files/download`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(attachment('test.tesr'));
    const file = backend.dir.file('downloaded.bin');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT title FROM operations').pluck().all()).toEqual(['Téléchargée']);
    db.close();
  });
  it('names any file safely', () => {
    expect(attachment('Bassin minier été.tesr')).toBe(`attachment; filename="Bassin minier ete.tesr"; filename*=UTF-8''Bassin%20minier%20%C3%A9t%C3%A9.tesr`);
    expect(attachment('a"b\\c.tesr')).toBe(`attachment; filename="a_b_c.tesr"; filename*=UTF-8''a%22b%5Cc.tesr`);
  });
});

describe('upload', () => {
  const post = (origin: string, headers: Record<string, string>, body: Buffer, name = 'Reçu.tesr') =>
    fetch(`${origin}/files/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });

  it('keeps a valid workspace under a free name in the data folder, ready to open', async () => {
    const { origin, cookie } = await start();
    const bytes = await workspaceBytes('Venue d’ailleurs');
    const res = await post(origin, { cookie, origin }, bytes);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { fileName: 'Reçu.tesr' } });
    const again = await (await post(origin, { cookie, origin }, bytes)).json();
    expect(again).toEqual({ ok: true, value: { fileName: 'Reçu (2).tesr' } });
    await call(backend, 'workspace.open', { fileName: 'Reçu.tesr' });
    expect((await call<Operation[]>(backend, 'operations.list', {})).map((o) => o.title)).toEqual(['Venue d’ailleurs']);
  });

  it('refuses without the cookie, from another origin, or without an origin, and keeps nothing', async () => {
    const { origin, cookie } = await start();
    const bytes = await workspaceBytes('x');
    expect((await post(origin, { origin }, bytes)).status).toBe(401);
    expect((await post(origin, { cookie, origin: 'http://evil.example' }, bytes)).status).toBe(403);
    expect((await post(origin, { cookie }, bytes)).status).toBe(403);
    expect((await fetch(`${origin}/files/upload`, { headers: { cookie } })).status).toBe(405);
    expect(dataFiles()).toEqual(['test.tesr']);
  });

  it('refuses a file too large, a foreign file or a damaged one with a clear message; the open file is untouched', async () => {
    const { origin, cookie } = await start(64 * 1024);
    backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(backend.ws.path);
    const big = await post(origin, { cookie, origin }, Buffer.alloc(200 * 1024, 1), 'Énorme.tesr');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'upload-too-large', params: { file: 'Énorme.tesr' } } });
    const foreign = await post(origin, { cookie, origin }, Buffer.from('Nom;Collège\nCD2E;Experts\n'), 'acteurs.tesr');
    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'workspace-foreign', params: { file: 'acteurs.tesr' } } });
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(8000, 9)]);
    expect(((await (await post(origin, { cookie, origin }, damaged)).json()) as { error: { code: string } }).error.code).toMatch(/workspace-(corrupt|foreign)/);
    expect(dataFiles()).toEqual(['test.tesr']);
    expect(readdirSync(backend.dir.path).filter((f) => f.startsWith('.upload'))).toEqual([]);
    expect(sha256(backend.ws.path)).toBe(before);
    expect(existsSync(backend.dir.file('Reçu.tesr'))).toBe(false);
  });
});
