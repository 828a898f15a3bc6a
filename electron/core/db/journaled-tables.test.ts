import { afterEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { insertRecord } from '../entities/repository';
import { specs } from '../entities/specs';
import { withBulkInsertJournal } from './journaled-tables';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

const journalOf = (change: number) =>
  backend.ws.db.prepare('SELECT entity, entity_id AS id, before, after FROM journal WHERE change_id = ? ORDER BY seq').all(change) as { entity: string; id: string; before: string | null; after: string }[];
const lastChange = () => Number(backend.ws.db.prepare('SELECT max(id) FROM changes').pluck().get());

describe('bulk journaling of inserts', () => {
  it('journals exactly what the triggers would, undoes in one step, and puts the triggers back', async () => {
    backend = tempBackend();
    const op = await call<{ id: string }>(backend, 'operations.create', { title: 'Op' });
    const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ name: `Acteur ${from + i}` }));
    // The same rows written once with a trigger per row, once in bulk.
    await call(backend, 'stakeholders.addRows', { operationId: op.id, rows: rows(3, 0) });
    const perRow = journalOf(lastChange());
    backend.ws.change('test.bulk', () =>
      withBulkInsertJournal(backend.ws.db, ['actors', 'participations'], () => {
        for (const r of rows(3, 3)) {
          const actor = insertRecord(backend.ws.db, specs.actors, { name: r.name, acronym: '' });
          insertRecord(backend.ws.db, specs.participations, { operationId: op.id, actorId: actor.id, position: 10 });
        }
      }),
    );
    const bulk = journalOf(lastChange());
    expect(bulk.map((e) => e.entity)).toEqual(['actors', 'actors', 'actors', 'participations', 'participations', 'participations']);
    const keys = (entries: typeof bulk) => entries.map((e) => [e.entity, Object.keys(JSON.parse(e.after)).sort().join(','), e.before]).sort();
    expect(keys(bulk)).toEqual(keys(perRow));
    for (const e of bulk) {
      const table = e.entity === 'actors' ? 'actors' : 'participations';
      const row = backend.ws.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(e.id);
      expect(JSON.parse(e.after)).toEqual(row);
    }

    const before = await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
    expect(before.participations).toHaveLength(6);
    await call(backend, 'history.undo');
    const after = await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
    expect(after.participations.map((p) => p.actorId).sort()).toEqual(before.participations.slice(0, 3).map((p) => p.actorId).sort());
    expect(after.actors).toHaveLength(3);

    // Triggers are back: an ordinary insert is journaled again.
    await call(backend, 'stakeholders.addRows', { operationId: op.id, rows: rows(1, 9) });
    expect(journalOf(lastChange()).map((e) => e.entity)).toEqual(['actors', 'participations']);
  });

  it('refuses to run outside a change, and a failed write leaves the triggers and the file as they were', async () => {
    backend = tempBackend();
    const db = backend.ws.db;
    expect(() => withBulkInsertJournal(db, ['actors'], () => 0)).toThrow(/inside a change/);
    const triggers = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    const all = triggers();
    expect(() =>
      backend.ws.change('test.fail', () =>
        withBulkInsertJournal(db, ['actors'], () => {
          insertRecord(db, specs.actors, { name: 'Gone', acronym: '' });
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    expect(triggers()).toEqual(all);
    expect(db.prepare('SELECT count(*) FROM actors').pluck().get()).toBe(0);
    // Outside a change, a write is still refused by the journal (its trigger is in place).
    expect(() => db.prepare("INSERT INTO actors (id, name, created_at) VALUES ('x', 'y', '')").run()).toThrow(/journal.change_id/);
  });
});
