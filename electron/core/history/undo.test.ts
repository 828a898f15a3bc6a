import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../../shared/domain/history';
import type { Operation } from '../../../shared/domain/operation';
import type { ChangeEvent } from '../../../shared/events';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { openBackend } from '../backend';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

const list = (includeArchived = true) => call<Operation[]>(backend, 'operations.list', { includeArchived });
const titles = async () => (await list()).map((o) => o.title).sort();
const create = (title: string) => call<Operation>(backend, 'operations.create', { title, territory: 'Loos-en-Gohelle' });

interface JournalRow {
  change_id: number;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}
/** The journal of this test's edits, without the base content every new file starts with. */
const journal = () =>
  backend.ws.db
    .prepare(`SELECT j.* FROM journal j JOIN changes c ON c.id = j.change_id WHERE c.state <> 'base' ORDER BY j.seq`)
    .all() as JournalRow[];
const changeCount = () => backend.ws.db.prepare(`SELECT count(*) FROM changes WHERE state <> 'base'`).pluck().get();

describe('change journal', () => {
  it('records every edit, in the same transaction, with its before and after state', async () => {
    backend = tempBackend();
    const op = await create('Filière Bois');
    await call(backend, 'operations.update', { id: op.id, patch: { title: 'Filière bois-énergie' } });
    await call(backend, 'operations.delete', { id: op.id });
    const rows = journal();
    expect(rows.map((r) => [r.entity, r.entity_id])).toEqual([
      ['operations', op.id],
      ['operations', op.id],
      ['operations', op.id],
    ]);
    expect(rows[0]!.before).toBeNull();
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ title: 'Filière Bois', territory: 'Loos-en-Gohelle' });
    expect(JSON.parse(rows[1]!.before!).title).toBe('Filière Bois');
    expect(JSON.parse(rows[1]!.after!).title).toBe('Filière bois-énergie');
    expect(rows[2]!.after).toBeNull();
    const changes = backend.ws.db.prepare(`SELECT method, origin FROM changes WHERE state <> 'base' ORDER BY id`).all();
    expect(changes).toEqual([
      { method: 'operations.create', origin: 'edit' },
      { method: 'operations.update', origin: 'edit' },
      { method: 'operations.delete', origin: 'edit' },
    ]);
  });

  it('refuses a write made outside a change: nothing reaches the file unjournaled', () => {
    backend = tempBackend();
    const raw = () =>
      backend.ws.db
        .prepare(`INSERT INTO operations (id, title, created_at, updated_at) VALUES ('x', 'sneaky', 'now', 'now')`)
        .run();
    expect(raw).toThrow(/NOT NULL/);
    expect(backend.ws.db.prepare('SELECT count(*) FROM operations').pluck().get()).toBe(0);
  });

  it('rolls back the whole edit, journal included, when the edit fails half way', () => {
    backend = tempBackend();
    expect(() =>
      backend.ws.change('test.failing', () => {
        backend.ws.db
          .prepare(`INSERT INTO operations (id, title, created_at, updated_at) VALUES ('a', 'first', 'now', 'now')`)
          .run();
        throw new Error('half way');
      }),
    ).toThrow('half way');
    expect(backend.ws.db.prepare('SELECT count(*) FROM operations').pluck().get()).toBe(0);
    expect(journal()).toHaveLength(0);
    expect(changeCount()).toBe(0);
  });

  it('emits one change event per committed edit, naming the tables touched and the client', async () => {
    backend = tempBackend();
    const events: ChangeEvent[] = [];
    backend.ws.onChange((e) => events.push(e));
    const reply = await backend.dispatch('operations.create', { title: 'Euralens' }, 'window-2');
    expect(reply.ok).toBe(true);
    expect(events).toEqual([
      expect.objectContaining({ type: 'change', origin: 'edit', method: 'operations.create', entities: ['operations'], clientId: 'window-2' }),
    ]);
  });

  it('forgets a change that touched nothing, so undo is never a no-op', () => {
    backend = tempBackend();
    backend.ws.change('test.nothing', () => undefined);
    expect(changeCount()).toBe(0);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes each kind of edit: create, update, archive, delete', async () => {
    backend = tempBackend();
    const op = await create('Filière Bois');
    await call(backend, 'operations.update', { id: op.id, patch: { title: 'Bois', lead: 'Mme Martin' } });
    await call(backend, 'operations.archive', { id: op.id, archived: true });
    await call(backend, 'operations.delete', { id: op.id });
    expect(await list()).toEqual([]);

    await call(backend, 'history.undo'); // delete
    expect(await list()).toEqual([expect.objectContaining({ id: op.id, title: 'Bois', archived: true })]);
    await call(backend, 'history.undo'); // archive
    expect((await list())[0]).toMatchObject({ archived: false, lead: 'Mme Martin' });
    await call(backend, 'history.undo'); // update
    expect((await list())[0]).toMatchObject({ title: 'Filière Bois', lead: '' });
    await call(backend, 'history.undo'); // create
    expect(await list()).toEqual([]);
    await expect(call(backend, 'history.undo')).rejects.toThrow('nothing-to-undo');

    await call(backend, 'history.redo');
    expect(await titles()).toEqual(['Filière Bois']);
    await call(backend, 'history.redo');
    await call(backend, 'history.redo');
    await call(backend, 'history.redo');
    expect(await list()).toEqual([]);
    await expect(call(backend, 'history.redo')).rejects.toThrow('nothing-to-redo');
  });

  it('restores a deleted row with its original id and timestamps', async () => {
    backend = tempBackend();
    const op = await create('Euralens');
    await call(backend, 'operations.delete', { id: op.id });
    await call(backend, 'history.undo');
    expect(await call(backend, 'operations.get', { id: op.id })).toEqual(op);
  });

  it('a new edit after an undo clears the redo stack', async () => {
    backend = tempBackend();
    await create('A');
    await call(backend, 'history.undo');
    let state = await call<HistoryState>(backend, 'history.state');
    expect(state).toMatchObject({ canUndo: false, canRedo: true, redoMethod: 'operations.create' });
    await create('B');
    state = await call<HistoryState>(backend, 'history.state');
    expect(state).toMatchObject({ canUndo: true, canRedo: false, undoMethod: 'operations.create' });
    expect(await titles()).toEqual(['B']);
  });

  it('redo replays in the reverse order of the undos', async () => {
    backend = tempBackend();
    await create('A');
    await create('B');
    await call(backend, 'history.undo');
    await call(backend, 'history.undo');
    await call(backend, 'history.redo');
    expect(await titles()).toEqual(['A']);
    await call(backend, 'history.redo');
    expect(await titles()).toEqual(['A', 'B']);
  });

  it('survives a restart: the stacks live in the file', async () => {
    backend = tempBackend();
    await create('A');
    await create('B');
    await call(backend, 'history.undo');
    const path = backend.ws.path;
    backend.ws.close();
    const reopened = openBackend(path, { preferencesPath: backend.dir.file('p.json') });
    try {
      expect(await call<HistoryState>(reopened, 'history.state')).toMatchObject({ canUndo: true, canRedo: true });
      await call(reopened, 'history.undo');
      expect(await call<Operation[]>(reopened, 'operations.list', {})).toEqual([]);
      await call(reopened, 'history.redo');
      await call(reopened, 'history.redo');
      expect((await call<Operation[]>(reopened, 'operations.list', {})).map((o) => o.title)).toEqual(['A', 'B']);
    } finally {
      reopened.close();
    }
  });

  it('journals undo and redo themselves, and tells every window', async () => {
    backend = tempBackend();
    const events: ChangeEvent[] = [];
    backend.ws.onChange((e) => events.push(e));
    await create('A');
    await call(backend, 'history.undo');
    await call(backend, 'history.redo');
    expect(events.map((e) => e.origin)).toEqual(['edit', 'undo', 'redo']);
    expect(new Set(journal().map((r) => r.change_id)).size).toBe(3);
  });

  it('does not undo the example a first run starts with', async () => {
    backend = tempBackend({ example: true });
    expect((await list()).length).toBeGreaterThanOrEqual(10);
    expect(await call<HistoryState>(backend, 'history.state')).toMatchObject({ canUndo: false });
  });
});
