import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/domain/operation';
import type { AppEvent } from '../../../shared/events';
import type { DataFile, RecentFile, WorkspaceDetails } from '../../../shared/workspace-files/api-schemas';
import { call, sha256, tempBackend } from '../../../test/harness/temp-workspace';
import { LATEST_VERSION } from '../db/migrations';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

const titles = async () => (await call<Operation[]>(backend, 'operations.list', { includeArchived: true })).map((o) => o.title).sort();
const refusal = async (method: string, input: unknown) => {
  const reply = await backend.dispatch(method, input);
  if (reply.ok) throw new Error(`${method} was accepted`);
  return reply.error;
};

function events(): AppEvent[] {
  const seen: AppEvent[] = [];
  backend.onEvent((e) => seen.push(e));
  return seen;
}

describe('switching the open workspace', () => {
  it('creates a file in the data folder, switches to it, and tells every window', async () => {
    backend = tempBackend();
    await call(backend, 'operations.create', { title: 'Filière bois' });
    const seen = events();
    const info = await call<WorkspaceDetails>(backend, 'workspace.new', { name: 'Bassin minier' });
    expect(info).toMatchObject({ name: 'Bassin minier', fileName: 'Bassin minier.tesr', inDataFolder: true, formatVersion: LATEST_VERSION });
    expect(info.path).toBe(backend.dir.file('Bassin minier.tesr'));
    expect(await titles()).toEqual([]);
    expect(seen).toEqual([{ type: 'workspace', reason: 'new', name: 'Bassin minier' }]);
    // Change events now come from the new file, and only from it.
    await call(backend, 'operations.create', { title: 'Mobilité' });
    expect(seen.filter((e) => e.type === 'change')).toHaveLength(1);
    const files = await call<DataFile[]>(backend, 'workspace.list');
    expect(files.map((f) => [f.fileName, f.current])).toEqual([
      ['Bassin minier.tesr', true],
      ['test.tesr', false],
    ]);
  });

  it('opens a file of the data folder or a recent file, and lists recent files with missing ones flagged', async () => {
    backend = tempBackend();
    const first = backend.ws.path;
    await call(backend, 'operations.create', { title: 'Premier' });
    await call(backend, 'workspace.new', { name: 'Second' });
    await call(backend, 'workspace.new', { name: 'Troisième' });
    await call(backend, 'workspace.open', { fileName: 'Second.tesr' });
    expect(backend.ws.name).toBe('Second');
    await call(backend, 'workspace.open', { recentPath: first });
    expect(await titles()).toEqual(['Premier']);
    backend.session.recent.add(backend.dir.file('gone.tesr'));
    const recent = await call<RecentFile[]>(backend, 'workspace.recent');
    expect(recent.map((r) => [r.name, r.exists, r.current])).toEqual([
      ['gone', false, false],
      ['test', true, true],
      ['Second', true, false],
      ['Troisième', true, false],
    ]);
  });

  it('never opens a path the user did not choose, nor overwrites a file with "new"', async () => {
    backend = tempBackend();
    writeFileSync(backend.dir.file('other.tesr'), 'x');
    expect((await refusal('workspace.open', { recentPath: '/etc/passwd' })).code).toBe('not-found');
    expect((await refusal('workspace.open', { fileName: '../test.tesr' })).code).toBe('not-found');
    expect((await refusal('workspace.open', { fileName: 'preferences.json' })).code).toBe('not-found');
    expect((await refusal('workspace.new', { name: '../escape' })).code).toBe('invalid-input');
    const before = sha256(backend.dir.file('other.tesr'));
    expect((await refusal('workspace.new', { name: 'other' })).code).toBe('file-exists');
    expect(sha256(backend.dir.file('other.tesr'))).toBe(before);
  });

  it.each([
    ['foreign', (p: string) => writeFileSync(p, 'Nom;Collège\nCD2E;Experts\n'), 'workspace-foreign'],
    [
      'newer',
      (p: string) => {
        const db = new Database(p);
        db.pragma(`application_id = ${0x54455352}`);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.exec('CREATE TABLE t (x)');
        db.close();
      },
      'workspace-newer',
    ],
    ['damaged', (p: string) => writeFileSync(p, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(4000, 7)])), 'workspace-corrupt'],
  ])('refuses a %s file and leaves the current workspace open and untouched', async (_kind, make, code) => {
    backend = tempBackend();
    await call(backend, 'operations.create', { title: 'Gardée' });
    make(backend.dir.file('bad.tesr'));
    const badBefore = sha256(backend.dir.file('bad.tesr'));
    const current = backend.ws;
    const seen = events();
    const error = await refusal('workspace.open', { fileName: 'bad.tesr' });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/not changed|damaged/);
    expect(backend.ws).toBe(current);
    expect(current.db.open).toBe(true);
    expect(await titles()).toEqual(['Gardée']);
    expect(sha256(backend.dir.file('bad.tesr'))).toBe(badBefore);
    expect(seen).toEqual([]);
  });

  it('saves as a copy while edits go on, then continues on the copy; the original keeps what it had', async () => {
    backend = tempBackend();
    const original = backend.ws.path;
    // Large enough (a few MB) for the backup API to copy it in several steps.
    for (let i = 0; i < 300; i++) {
      const op = await call<Operation>(backend, 'operations.create', { title: `Opération ${i}` });
      await call(backend, 'operations.update', { id: op.id, patch: { missionLetter: `${i} ${'lettre de mission '.repeat(400)}` } });
    }
    const saving = call<WorkspaceDetails>(backend, 'workspace.saveAs', { name: 'Copie' });
    // Edits that land while the copy is being written are in the copy.
    const during = Promise.all(Array.from({ length: 20 }, (_, i) => call(backend, 'operations.create', { title: `Pendant ${i}` })));
    const [info] = await Promise.all([saving, during]);
    expect(info.fileName).toBe('Copie.tesr');
    expect(backend.ws.path).toBe(backend.dir.file('Copie.tesr'));
    expect(await titles()).toHaveLength(320);
    await call(backend, 'operations.create', { title: 'Après' });
    const check = new Database(original, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM operations').pluck().get()).toBe(320);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(existsSync(backend.dir.file('Copie.tesr'))).toBe(true);
    expect((await refusal('workspace.saveAs', { name: 'test' })).code).toBe('file-exists');
  });
});
