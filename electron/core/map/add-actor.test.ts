import { describe, expect, it } from 'vitest';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

describe('map.addActor (real backend)', () => {
  it('creates a new actor and its participation where asked, in one change that one undo takes back', async () => {
    const backend = tempBackend();
    try {
      const op = await call<{ id: string }>(backend, 'operations.create', { title: 'Filière Bois' });
      const p = await call<{ id: string; actorId: string; mapX: number; mapY: number; collegeId: string | null }>(backend, 'map.addActor', {
        operationId: op.id,
        actor: { name: 'Scierie du Ternois', acronym: '' },
        collegeId: null,
        x: 120,
        y: -40,
      });
      expect([p.mapX, p.mapY]).toEqual([120, -40]);
      let snap = await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
      expect(snap.actors.find((a) => a.id === p.actorId)?.name).toBe('Scierie du Ternois');
      await call(backend, 'history.undo', {});
      snap = await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
      expect(snap.participations).toHaveLength(0);
      expect(snap.actors.some((a) => a.name === 'Scierie du Ternois')).toBe(false);
    } finally {
      backend.close();
    }
  });

  it('adds an existing actor once, and refuses it a second time', async () => {
    const backend = tempBackend();
    try {
      const op = await call<{ id: string }>(backend, 'operations.create', { title: 'Euralens' });
      const actor = await call<{ id: string }>(backend, 'actors.create', { name: 'CD2E' });
      const input = { operationId: op.id, actor: { id: actor.id }, collegeId: null, x: 0, y: 0 };
      await call(backend, 'map.addActor', input);
      const again = await backend.dispatch('map.addActor', input);
      expect(again.ok ? null : again.error.code).toBe('invalid-input');
    } finally {
      backend.close();
    }
  });
});
