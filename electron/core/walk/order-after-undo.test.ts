import { afterEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
afterEach(() => backend?.close());

describe('lists without positions after an undone delete', () => {
  it('put the row back in its place, not last', async () => {
    backend = tempBackend();
    const op = await call<{ id: string }>(backend, 'operations.create', { title: 'Op' });
    const added = await call<{ participationIds: string[] }>(backend, 'stakeholders.addRows', { operationId: op.id, rows: ['A', 'B', 'C', 'D'].map((name) => ({ name })) });
    const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
    const actors = (await load()).participations.map((p) => p.actorId);
    expect(added.participationIds).toHaveLength(4);
    for (const [s, t] of [[0, 1], [1, 2], [2, 3]] as const) {
      await call(backend, 'relations.create', { operationId: op.id, sourceActorId: actors[s], targetActorId: actors[t] });
    }
    const before = (await load()).relations.map((r) => r.id);
    await call(backend, 'relations.delete', { id: before[1] });
    expect((await load()).relations.map((r) => r.id)).toEqual([before[0], before[2]]);
    await call(backend, 'history.undo');
    expect((await load()).relations.map((r) => r.id)).toEqual(before);
  });
});
