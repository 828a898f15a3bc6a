import { afterEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api';
import { tempBackend } from '../../test/harness/temp-workspace';
import { combineHandlers, handlers } from './handlers';
import { createDispatcher } from './dispatch';
import { FileTasks } from './files/file-tasks';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

describe('dispatch', () => {
  it('answers an unknown method with an error envelope, not an exception', async () => {
    backend = tempBackend();
    expect(await backend.dispatch('operations.explode', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown-method' }),
    });
    expect(await backend.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('validates input with zod and names the field path', async () => {
    backend = tempBackend();
    const cases: [string, unknown, string][] = [
      ['operations.create', { title: 5 }, 'title'],
      ['operations.create', { title: '   ' }, 'title'],
      ['operations.create', { title: 'x'.repeat(201) }, 'title'],
      ['operations.create', { title: 'ok', extra: true }, ''],
      ['operations.update', { id: 'not-a-uuid', patch: { title: 'x' } }, 'id'],
      ['operations.update', { id: '0190a5a0-0000-7000-8000-000000000000', patch: {} }, 'patch'],
      ['operations.archive', { id: '0190a5a0-0000-7000-8000-000000000000', archived: 'yes' }, 'archived'],
      ['operations.list', { includeArchived: 1 }, 'includeArchived'],
      ['operations.list', 'not an object', ''],
    ];
    for (const [method, input, path] of cases) {
      const reply = await backend.dispatch(method, input);
      expect(reply, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid-input', path } });
    }
    expect(backend.ws.db.prepare('SELECT count(*) FROM operations').pluck().get()).toBe(0);
  });

  it('cleans user text at the boundary: trims, folds spaces, drops control characters', async () => {
    backend = tempBackend();
    const reply = await backend.dispatch('operations.create', { title: '  Lutte\u0000 contre\n\tle   diabète  ', territory: '\u0007Hauts' });
    expect(reply).toMatchObject({ ok: true, value: { title: 'Lutte contre le diabète', territory: 'Hauts', lead: '' } });
  });

  it('keeps hostile text as plain data', async () => {
    backend = tempBackend();
    const title = `<script>alert(1)</script>'; DROP TABLE operations; --`;
    const reply = await backend.dispatch('operations.create', { title });
    expect(reply).toMatchObject({ ok: true, value: { title } });
    expect(await backend.dispatch('operations.list', {})).toMatchObject({ ok: true, value: [{ title }] });
  });

  it('replies not-found for an id that does not exist', async () => {
    backend = tempBackend();
    const id = '0190a5a0-0000-7000-8000-000000000000';
    for (const [method, input] of [
      ['operations.get', { id }],
      ['operations.update', { id, patch: { title: 'x' } }],
      ['operations.delete', { id }],
    ] as const) {
      expect(await backend.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('hides internal failures behind a stable code', async () => {
    backend = tempBackend();
    const broken = createDispatcher({ ...handlers, 'workspace.info': () => { throw new Error('secret path /home/x'); } }, () => ({ ws: backend.ws, prefs: backend.prefs, session: backend.session, files: new FileTasks() }));
    const reply = await broken('workspace.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('secret');
  });

  it('validates outputs too, so a handler cannot leak a malformed reply', async () => {
    backend = tempBackend();
    const broken = createDispatcher({ ...handlers, 'history.state': () => ({ canUndo: 'maybe' }) as never }, () => ({ ws: backend.ws, prefs: backend.prefs, session: backend.session, files: new FileTasks() }));
    expect(await broken('history.state', {})).toMatchObject({ ok: false });
  });
});

describe('combineHandlers', () => {
  it('has exactly one handler per method of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });
  it('fails on a method defined twice', () => {
    expect(() => combineHandlers(handlers, { 'operations.list': () => [] })).toThrow('defined twice: operations.list');
  });
  it('fails on a method with no handler', () => {
    const { 'operations.list': _dropped, ...rest } = handlers;
    expect(() => combineHandlers(rest)).toThrow('no handler for: operations.list');
  });
});
