import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/core/backend';
import { insertRecord } from '../../electron/core/entities/repository';
import { specs } from '../../electron/core/entities/specs';
import { addStakeholderRows } from '../../electron/core/walk/stakeholders';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../shared/domain/walk/defaults';
import { Hypothesis, Position, Relation } from '../../shared/domain/walk/entities';
import type { WalkSnapshot } from '../../shared/domain/walk/snapshot';
import { seededRandom } from '../../shared/analysis/rng';
import { buildGraph } from '../../shared/map/graph';
import { forceLayout, forceIterations } from '../../shared/map/layouts';

export interface GeneratedMap {
  actors: number;
  relations: number;
  hypotheses: number;
  /** Save a ForceAtlas2 layout (as a user who kept one would have): the map opens on placed actors. */
  placed: boolean;
}

const CLUSTER = 25;

/**
 * Writes one generated operation straight into a new workspace with the core (one change):
 * stakeholders spread over the default collèges with influence, interest and stance, hypotheses
 * with a position of every actor, and distinct relations of every kind and status, most of them
 * inside groups of 25 actors (real maps have communities; uniform random graphs do not).
 * Returns the operation id and its snapshot (walk.load).
 */
export async function seedGeneratedWorkspace(path: string, dataDir: string, spec: GeneratedMap, title = 'Bench'): Promise<{ operationId: string; snapshot: WalkSnapshot }> {
  let backend: Backend | null = null;
  try {
    backend = openBackend(path, { create: true, preferencesPath: join(dataDir, 'preferences.json') });
    const created = await backend.dispatch('operations.create', { title });
    if (!created.ok) throw new Error(`operations.create failed: ${JSON.stringify(created.error)}`);
    const operationId = (created.value as { id: string }).id;
    const rnd = seededRandom(42);
    const colleges = Object.values(DEFAULT_COLLEGES);
    const kinds = Object.values(DEFAULT_RELATION_KINDS);
    const statuses = ['existing', 'existing', 'existing', 'existing', 'to_create', 'to_strengthen', 'to_weaken'] as const;
    const ws = backend.ws;
    ws.change('bench.seed', () => {
      const rows = Array.from({ length: spec.actors }, (_, i) => ({
        name: `Acteur ${i + 1}`,
        acronym: `A${i + 1}`,
        role: '',
        collegeId: colleges[Math.floor(i / CLUSTER) % colleges.length]!,
        influence: 1 + Math.floor(rnd() * 5),
        interest: 1 + Math.floor(rnd() * 5),
        stance: Math.floor(rnd() * 5) - 2,
        engagement: 'not_contacted' as const,
      }));
      const participationIds: string[] = [];
      for (let i = 0; i < rows.length; i += 5000) participationIds.push(...addStakeholderRows(ws.db, operationId, rows.slice(i, i + 5000)).participationIds);
      const actorOf = ws.db.prepare('SELECT actor_id FROM participations WHERE id = ?').pluck();
      const actorIds = participationIds.map((id) => String(actorOf.get(id)));
      for (let h = 0; h < spec.hypotheses; h++) {
        const hyp = insertRecord(ws.db, specs.hypotheses, Hypothesis.fields.parse({ operationId, statement: `Hypothèse ${h + 1}` }));
        for (const participationId of participationIds) {
          const value = Math.floor(rnd() * 7) - 3;
          if (value !== 0) insertRecord(ws.db, specs.positions, Position.fields.parse({ operationId, participationId, hypothesisId: hyp.id, value }));
        }
      }
      const pairs = new Set<string>();
      while (pairs.size < spec.relations) {
        const s = Math.floor(rnd() * spec.actors);
        const local = rnd() < 0.8;
        const t = local ? Math.min(spec.actors - 1, Math.floor(s / CLUSTER) * CLUSTER + Math.floor(rnd() * CLUSTER)) : Math.floor(rnd() * spec.actors);
        if (s === t || pairs.has(`${s}:${t}`) || pairs.has(`${t}:${s}`)) continue;
        pairs.add(`${s}:${t}`);
        insertRecord(
          ws.db,
          specs.relations,
          Relation.fields.parse({
            operationId,
            sourceActorId: actorIds[s],
            targetActorId: actorIds[t],
            kindId: kinds[Math.floor(rnd() * kinds.length)],
            status: statuses[Math.floor(rnd() * statuses.length)],
            direction: rnd() < 0.5 ? 'both' : 'forward',
            strength: 1 + Math.floor(rnd() * 3),
          }),
        );
      }
    });
    const load = async () => {
      const loaded = await backend!.dispatch('walk.load', { operationId });
      if (!loaded.ok) throw new Error(`walk.load failed: ${JSON.stringify(loaded.error)}`);
      return loaded.value as WalkSnapshot;
    };
    let snapshot = await load();
    if (snapshot.participations.length !== spec.actors || snapshot.relations.length !== spec.relations) {
      throw new Error(`seeded ${snapshot.participations.length} stakeholders / ${snapshot.relations.length} relations`);
    }
    if (spec.placed) {
      const graph = buildGraph(snapshot);
      const p = forceLayout(graph.nodes, graph.edges, forceIterations(graph.nodes.length), 1);
      const positions = graph.nodes.map((n) => ({ id: n.id, x: Math.round(p[n.id]!.x), y: Math.round(p[n.id]!.y) }));
      const saved = await backend.dispatch('participations.setPositions', { operationId, positions });
      if (!saved.ok) throw new Error(`participations.setPositions failed: ${JSON.stringify(saved.error)}`);
      snapshot = await load();
    }
    return { operationId, snapshot };
  } finally {
    backend?.close();
  }
}
