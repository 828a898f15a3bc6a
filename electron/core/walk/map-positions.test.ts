import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { openBackend, type Backend } from '../backend';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

let backend: ReturnType<typeof tempBackend>;
let op: string;
let ids: string[];
beforeEach(async () => {
  backend = tempBackend();
  op = (await call<{ id: string }>(backend, 'operations.create', { title: 'Écosystème loossois' })).id;
  ids = (await call<{ participationIds: string[] }>(backend, 'stakeholders.addRows', { operationId: op, rows: [{ name: 'CD2E' }, { name: 'CERDD' }, { name: 'Région' }] })).participationIds;
});
afterEach(() => backend.close());

const load = (b: Backend = backend) => call<WalkSnapshot>(b, 'walk.load', { operationId: op });
const placed = (s: WalkSnapshot) => Object.fromEntries(s.participations.map((p) => [p.id, [p.mapX ?? null, p.mapY ?? null]]));

describe('map positions', () => {
  it('start unplaced, and a drag is one undoable participations.update', async () => {
    expect(Object.values(placed(await load()))).toEqual([[null, null], [null, null], [null, null]]);
    await call(backend, 'participations.update', { id: ids[0], patch: { mapX: 120.5, mapY: -40 } });
    await call(backend, 'participations.update', { id: ids[0], patch: { mapX: 200, mapY: 10 } });
    expect(placed(await load())[ids[0]!]).toEqual([200, 10]);
    await call(backend, 'history.undo');
    expect(placed(await load())[ids[0]!]).toEqual([120.5, -40]);
    await call(backend, 'history.undo');
    expect(placed(await load())[ids[0]!]).toEqual([null, null]);
  });

  it('keeps a whole layout in one change, which survives a reload and one undo takes back', async () => {
    await call(backend, 'participations.update', { id: ids[2], patch: { mapX: 5, mapY: 5 } });
    const positions = ids.map((id, i) => ({ id, x: i * 100, y: 10 - i * 50 }));
    await call(backend, 'participations.setPositions', { operationId: op, positions });
    // Close the file (without removing the temp folder) and open it again, as after a restart.
    const dir = backend.dir;
    backend.ws.close();
    const reopened = openBackend(dir.file('test.tesr'), { preferencesPath: dir.file('preferences.json') });
    const closeReopened = reopened.close;
    backend = Object.assign(reopened, {
      dir,
      close: () => {
        closeReopened();
        dir.cleanup();
      },
    });
    expect(placed(await load(reopened))).toEqual({ [ids[0]!]: [0, 10], [ids[1]!]: [100, -40], [ids[2]!]: [200, -90] });
    await call(reopened, 'history.undo');
    expect(placed(await load(reopened))).toEqual({ [ids[0]!]: [null, null], [ids[1]!]: [null, null], [ids[2]!]: [5, 5] });
    await call(reopened, 'history.redo');
    expect(placed(await load(reopened))[ids[1]!]).toEqual([100, -40]);
  });

  it('refuses a participation of another operation, and changes nothing then', async () => {
    const other = (await call<{ id: string }>(backend, 'operations.create', { title: 'Autre' })).id;
    const reply = await backend.dispatch('participations.setPositions', { operationId: other, positions: [{ id: ids[0], x: 1, y: 1 }] });
    expect(reply.ok).toBe(false);
    const bad = await backend.dispatch('participations.setPositions', { operationId: op, positions: [{ id: ids[0], x: Number.NaN, y: 1 }] });
    expect(bad.ok).toBe(false);
    expect(placed(await load())[ids[0]!]).toEqual([null, null]);
  });
});
