import { describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { eachWithOperation, type TempBackend } from '../../../test/harness/operation-fixture';
import { call } from '../../../test/harness/temp-workspace';

let backend: TempBackend;
let op: string;
eachWithOperation((b, id) => ((backend = b), (op = id)), 'Écosystème loossois');

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op });
const undo = () => call(backend, 'history.undo');

async function stakeholders(names: string[]) {
  const r = await call<{ participationIds: string[] }>(backend, 'stakeholders.addRows', { operationId: op, rows: names.map((name) => ({ name })) });
  const snap = await load();
  return names.map((_, i) => snap.participations.find((p) => p.id === r.participationIds[i])!.actorId);
}

describe('influences (MACTOR MID)', () => {
  it('sets, changes and clears a cell, one change each, and undoes', async () => {
    const [a, b] = await stakeholders(['Région', 'CD2E']);
    const set = (value: number) => call(backend, 'influences.set', { operationId: op, sourceActorId: a, targetActorId: b, value });
    expect(await set(3)).toMatchObject({ operationId: op, sourceActorId: a, targetActorId: b, value: 3 });
    expect((await load()).influences.map((i) => i.value)).toEqual([3]);
    await set(1);
    expect((await load()).influences).toEqual([expect.objectContaining({ sourceActorId: a, targetActorId: b, value: 1 })]);
    expect(await set(0)).toBeNull();
    expect((await load()).influences).toEqual([]);
    await undo();
    expect((await load()).influences.map((i) => i.value)).toEqual([1]);
    await undo();
    expect((await load()).influences.map((i) => i.value)).toEqual([3]);
    await undo();
    expect((await load()).influences).toEqual([]);
  });

  it('refuses values out of 0..4, self-influence and actors outside the operation', async () => {
    const [a, b] = (await stakeholders(['Région', 'CD2E'])) as [string, string];
    const outsider = (await call<{ id: string }>(backend, 'actors.create', { name: 'Louvre-Lens' })).id;
    const bad = (sourceActorId: string, targetActorId: string, value: number) =>
      backend.dispatch('influences.set', { operationId: op, sourceActorId, targetActorId, value });
    expect(await bad(a, b, 5)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'value' } });
    expect(await bad(a, b, -1)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'value' } });
    expect(await bad(a, a, 2)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'targetActorId' } });
    expect(await bad(a, outsider, 2)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'targetActorId' } });
    expect((await load()).influences).toEqual([]);
  });

  it('removing a stakeholder removes its MID cells, and undo restores them', async () => {
    const [a, b, c] = await stakeholders(['Région', 'CD2E', 'Ville']);
    await call(backend, 'influences.set', { operationId: op, sourceActorId: a, targetActorId: b, value: 2 });
    await call(backend, 'influences.set', { operationId: op, sourceActorId: c, targetActorId: a, value: 4 });
    const before = await load();
    await call(backend, 'participations.delete', { id: before.participations.find((p) => p.actorId === a)!.id });
    expect((await load()).influences).toEqual([]);
    await undo();
    const after = await load();
    const byId = (rows: WalkSnapshot['influences']) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(after.influences)).toEqual(byId(before.influences));
    expect(after.participations).toEqual(before.participations);
  });

  it('stores legitimacy and urgency on participations (1..5 or null)', async () => {
    await stakeholders(['Région']);
    const p = (await load()).participations[0]!;
    expect(p).toMatchObject({ legitimacy: null, urgency: null });
    await call(backend, 'participations.update', { id: p.id, patch: { legitimacy: 4, urgency: 2 } });
    expect((await load()).participations[0]).toMatchObject({ legitimacy: 4, urgency: 2 });
    expect(await backend.dispatch('participations.update', { id: p.id, patch: { urgency: 6 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await undo();
    expect((await load()).participations[0]).toMatchObject({ legitimacy: null, urgency: null });
  });
});
