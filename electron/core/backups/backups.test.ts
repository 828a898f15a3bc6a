import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { AppEvent } from '../../../shared/events';
import type { Backup, BackupList } from '../../../shared/workspace-files/api-schemas';
import { setTimeout as sleep } from 'node:timers/promises';
import { call, sha256, tempBackend } from '../../../test/harness/temp-workspace';
import { openBackend } from '../backend';

const HOUR = 60 * 60 * 1000;

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

const titles = async () => (await call<Operation[]>(backend, 'operations.list', { includeArchived: true })).map((o) => o.title).sort();
const list = () => call<BackupList>(backend, 'backups.list');

describe('backups', () => {
  it('are kept beside the data folder, one folder per file, newest first, the last N only', async () => {
    backend = tempBackend();
    backend.session.autoBackup.stop();
    for (let i = 0; i < 13; i++) {
      await call(backend, 'operations.create', { title: `Op ${i}` });
      await call<Backup>(backend, 'backups.create');
    }
    const { folder, keep, items } = await list();
    expect(folder.startsWith(backend.dir.file('backups/test-'))).toBe(true);
    expect(keep).toBe(10);
    expect(items).toHaveLength(10);
    expect(items.map((b) => b.reason)).toEqual(Array(10).fill('manual'));
    expect([...items].sort((a, b) => (a.id < b.id ? 1 : -1))).toEqual(items);
    expect(readdirSync(folder)).toHaveLength(10); // no temp file left behind
    // The newest holds all 13 operations, the oldest kept one 4.
    const count = (id: string) => {
      const db = new Database(`${folder}/${id}`, { readonly: true });
      const n = db.prepare('SELECT count(*) FROM operations').pluck().get();
      db.close();
      return n;
    };
    expect(count(items[0]!.id)).toBe(13);
    expect(count(items[9]!.id)).toBe(4);
  });

  it('are taken on open and at most daily, only when the file changed', async () => {
    const start = Date.now() + 60_000;
    let now = new Date(start);
    backend = tempBackend();
    const path = backend.ws.path;
    backend.session.close();
    const b = openBackend(path, { preferencesPath: backend.dir.file('preferences.json'), backups: { openDelayMs: 60_000, now: () => now } });
    const dir = backend.dir;
    const closeB = b.close;
    backend = Object.assign(b, { dir, close: () => (closeB(), dir.cleanup()) });
    const auto = b.session.autoBackup;
    const edit = async (title: string) => {
      await sleep(15); // past the file system clock's resolution
      await call(b, 'operations.create', { title });
    };
    expect((await auto.takeIfDue(b.ws, 'open'))?.reason).toBe('open');
    expect(await auto.takeIfDue(b.ws, 'open')).toBeNull(); // unchanged since
    await edit('Nouvelle');
    now = new Date(start + 11 * HOUR);
    expect(await auto.takeIfDue(b.ws, 'daily')).toBeNull(); // changed, but less than a day ago
    now = new Date(start + 25 * HOUR);
    expect((await auto.takeIfDue(b.ws, 'daily'))?.reason).toBe('daily');
    now = new Date(start + 50 * HOUR);
    expect(await auto.takeIfDue(b.ws, 'daily')).toBeNull(); // a day later, but nothing changed
    expect(b.session.listBackups().map((x) => x.reason)).toEqual(['daily', 'open']);
  });

  it('restore replaces the file after checking the backup; restoring the kept copy undoes it', async () => {
    backend = tempBackend();
    backend.session.autoBackup.stop();
    await call(backend, 'operations.create', { title: 'Avant' });
    const saved = await call<Backup>(backend, 'backups.create');
    await call(backend, 'operations.create', { title: 'Après' });
    const seen: AppEvent[] = [];
    backend.onEvent((e) => seen.push(e));
    const { undoId } = await call<{ undoId: string }>(backend, 'backups.restore', { id: saved.id });
    expect(await titles()).toEqual(['Avant']);
    expect(seen).toEqual([{ type: 'workspace', reason: 'restore', name: 'test' }]);
    expect((await list()).items[0]).toMatchObject({ id: undoId, reason: 'before-restore' });
    // Edits go on in the restored file, journaled as usual.
    await call(backend, 'operations.create', { title: 'Pendant' });
    await call(backend, 'history.undo');
    await call(backend, 'backups.restore', { id: undoId });
    expect(await titles()).toEqual(['Après', 'Avant']);
  });

  it('refuses a damaged or foreign backup and changes nothing', async () => {
    backend = tempBackend();
    backend.session.autoBackup.stop();
    await call(backend, 'operations.create', { title: 'Intacte' });
    const good = await call<Backup>(backend, 'backups.create');
    const { folder } = await list();
    const bad = good.id.replace('manual', 'daily');
    writeFileSync(`${folder}/${bad}`, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(8000, 3)]));
    backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(backend.ws.path);
    const ws = backend.ws;
    const reply = await backend.dispatch('backups.restore', { id: bad });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toMatch(/workspace-(corrupt|foreign)/);
    expect(backend.ws).toBe(ws);
    expect(sha256(backend.ws.path)).toBe(before);
    expect(await titles()).toEqual(['Intacte']);
    expect((await list()).items.map((b) => b.id)).toEqual([good.id, bad].sort().reverse());
    for (const id of ['../../test.tesr', 'x.tesr']) expect((await backend.dispatch('backups.restore', { id })).ok).toBe(false);
  });
});
