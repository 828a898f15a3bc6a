import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeWalk } from '../../../shared/analysis/analyze';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { createAnalysisEngine, LIST_SHOWN, MATRIX_KEYS, MATRIX_SHOWN } from './analysis-engine';
import { matrixCsv } from './csv';

// An operation bigger than what the screen shows (45 actors > 40): the engine sends blocks and
// short lists, and builds the whole matrices for downloads, equal to what analyzeWalk gives.
const N = 45;
let snapshot: WalkSnapshot;
let backend: ReturnType<typeof tempBackend> | undefined;

beforeAll(async () => {
  backend = tempBackend();
  const op = (await call<{ id: string }>(backend, 'operations.create', { title: 'Grande opération' })).id;
  const added = await call<{ participationIds: string[] }>(backend, 'stakeholders.addRows', {
    operationId: op,
    rows: Array.from({ length: N }, (_, i) => ({ name: `Acteur ${i + 1}`, influence: 1 + (i % 5), interest: 1 + ((i * 3) % 5) })),
  });
  const load = () => call<WalkSnapshot>(backend!, 'walk.load', { operationId: op });
  const actors = [...(await load()).participations].sort((a, b) => a.position - b.position);
  for (const statement of ['H1', 'H2']) {
    const h = await call<{ id: string }>(backend, 'hypotheses.create', { operationId: op, statement });
    for (const [i, id] of added.participationIds.entries()) {
      if (i % 4 !== 3) await call(backend, 'positions.set', { participationId: id, hypothesisId: h.id, value: ((i * 5 + statement.length) % 7) - 3 });
    }
  }
  for (let i = 0; i < N; i++) {
    const j = (i * 7 + 3) % N;
    if (i !== j) await call(backend, 'influences.set', { operationId: op, sourceActorId: actors[i]!.actorId, targetActorId: actors[j]!.actorId, value: 1 + (i % 4) });
  }
  snapshot = await load();
}, 60_000);
afterAll(() => backend?.close());

describe('the analysis engine (what the worker sends the screen)', () => {
  it('sends blocks of the matrices, short lists, and the rest as analyzeWalk computes it', () => {
    const full = analyzeWalk(snapshot);
    const view = createAnalysisEngine().analyze(7, snapshot);
    expect(view.id).toBe(7);
    expect(full.mactor.weighted).not.toBeNull();
    const whole = {
      mid: full.mactor.weighted!.mid,
      midi: full.mactor.weighted!.midi,
      mao2: full.mactor.mao2,
      caa1: full.mactor.order1.caa,
      daa1: full.mactor.order1.daa,
      caa2: full.mactor.order2.caa,
      daa2: full.mactor.order2.daa,
      caa3: full.mactor.weighted!.order3.caa,
      daa3: full.mactor.weighted!.order3.daa,
    };
    for (const key of MATRIX_KEYS) {
      const m = whole[key];
      expect(view.matrices[key], key).toEqual({ rows: N, cols: m[0]!.length, values: m.slice(0, MATRIX_SHOWN).map((row) => row.slice(0, MATRIX_SHOWN)) });
    }
    expect(view.network.rankings.degree).toEqual(full.network.rankings.degree.slice(0, LIST_SHOWN));
    expect(view.network.bridges).toEqual(full.network.bridges.slice(0, LIST_SHOWN));
    expect(view.network.nodes).toEqual(full.network.nodes);
    const { mid: _mid, midi: _midi, mao3: _mao3, order3: _order3, ...weighted } = full.mactor.weighted!;
    expect(view.mactor.weighted).toEqual(weighted);
    expect(view.stakeholders).toEqual(full.stakeholders);
    expect(view.missing).toEqual(full.missing);
  });

  it('reuses the last analysis for a reloaded snapshot with the same content, never for a changed one', () => {
    const engine = createAnalysisEngine();
    const first = engine.analyze(1, snapshot);
    const again = engine.analyze(2, structuredClone(snapshot));
    expect({ ...again, id: 1 }).toEqual(first);
    const fewer = { ...snapshot, influences: snapshot.influences.slice(1) };
    const changed = engine.analyze(3, fewer);
    expect(changed.mactor.weighted).toEqual(createAnalysisEngine().analyze(9, fewer).mactor.weighted);
    expect(changed.mactor.weighted!.influence).not.toEqual(first.mactor.weighted!.influence);
    expect(engine.exportMatrix(2, 'midi', 'csv', 'Acteur')).not.toBeNull();
  });

  it('builds a whole matrix for a download, and none for an analysis it no longer keeps', () => {
    const engine = createAnalysisEngine(2);
    engine.analyze(1, snapshot);
    const full = analyzeWalk(snapshot);
    const names = new Map(snapshot.actors.map((a) => [a.id, a.name]));
    const rowNames = full.mactor.actors.map((id) => names.get(id)!);
    const csv = engine.exportMatrix(1, 'daa2', 'csv', 'Acteur');
    expect(csv).toEqual({ format: 'csv', csv: matrixCsv('Acteur', rowNames, rowNames, full.mactor.order2.daa) });
    const table = engine.exportMatrix(1, 'mao2', 'table', 'Acteur');
    expect(table).toMatchObject({ format: 'table', header: ['Acteur', 'H1', 'H2'] });
    expect(table?.format === 'table' && table.rows[0]).toEqual([rowNames[0], ...full.mactor.mao2[0]!]);
    engine.analyze(2, snapshot);
    engine.analyze(3, snapshot);
    expect(engine.exportMatrix(1, 'caa1', 'csv', 'Acteur')).toBeNull();
    expect(engine.exportMatrix(3, 'caa1', 'csv', 'Acteur')).not.toBeNull();
  });
});
