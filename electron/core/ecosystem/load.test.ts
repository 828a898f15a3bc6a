import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../../../shared/map/ecosystem-data';
import { buildEcosystem } from '../../../shared/map/ecosystem';
import { call, tempBackend } from '../../../test/harness/temp-workspace';

describe('ecosystem.load (real backend)', () => {
  it('reads every current operation’s participations and relations; an actor in two operations is one node', async () => {
    const backend = tempBackend();
    try {
      const [a, b, old] = await Promise.all(['Filière Bois', 'Euralens', 'Ancienne'].map((title) => call<{ id: string }>(backend, 'operations.create', { title })));
      const actor = await call<{ id: string }>(backend, 'actors.create', { name: 'CD2E' });
      const other = await call<{ id: string }>(backend, 'actors.create', { name: 'Lumiwatt' });
      for (const op of [a!, b!, old!]) await call(backend, 'participations.create', { operationId: op.id, actorId: actor.id });
      await call(backend, 'participations.create', { operationId: a!.id, actorId: other.id });
      await call(backend, 'relations.create', { operationId: a!.id, sourceActorId: actor.id, targetActorId: other.id });
      await call(backend, 'operations.archive', { id: old!.id, archived: true });
      const eco = await call<Ecosystem>(backend, 'ecosystem.load', {});
      expect(eco.operations.map((o) => o.title).sort()).toEqual(['Euralens', 'Filière Bois']);
      expect(eco.participations).toHaveLength(3);
      const g = buildEcosystem(eco);
      expect(g.nodes.filter((n) => n.label === 'CD2E')).toHaveLength(1);
      expect(g.nodes.find((n) => n.label === 'CD2E')!.operationIds).toHaveLength(2);
      expect(g.edges).toHaveLength(1);
    } finally {
      backend.close();
    }
  });
});
