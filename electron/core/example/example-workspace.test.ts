import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../../shared/domain/history';
import type { Operation } from '../../../shared/domain/operation';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { exampleOperations } from './example-workspace';
import { A, ILLUSTRATIVE_MARK, LOOS_TITLE, SEED_SOURCE, loosExampleCounts, loosIndicators } from './loos-example';

let backend: ReturnType<typeof tempBackend>;
let operations: Operation[];
let snap: WalkSnapshot;

beforeAll(async () => {
  backend = tempBackend({ example: true });
  operations = await call<Operation[]>(backend, 'operations.list', {});
  const loos = operations.find((o) => o.title === LOOS_TITLE)!;
  // walk.load succeeding means the whole snapshot passed the contract’s output schema.
  snap = await call<WalkSnapshot>(backend, 'walk.load', { operationId: loos.id });
});
afterAll(() => backend.close());

describe('the first-run example workspace', () => {
  it('has the ten operations: the Loos-en-Gohelle ecosystem and the nine ODs', () => {
    expect(operations.map((o) => o.title).sort()).toEqual(exampleOperations.map((o) => o.title).sort());
    expect(operations).toHaveLength(10);
  });

  it('leaves the nine ODs at their title and territory', async () => {
    for (const op of operations.filter((o) => o.title !== LOOS_TITLE)) {
      const s = await call<WalkSnapshot>(backend, 'walk.load', { operationId: op.id });
      expect(s.operation).toMatchObject({ territory: 'Nord-Pas de Calais', issueKind: null, issueStatement: '', pillars: [] });
      expect(s.facts.length + s.hypotheses.length + s.participations.length + s.actions.length + s.indicators.length).toBe(0);
    }
  });

  it('walks the Loos operation through every step, with the counts it describes', () => {
    const { actors, colleges, relationKinds, operation, ...scoped } = snap;
    const { actors: actorCount, ...scopedCounts } = loosExampleCounts;
    expect(Object.fromEntries(Object.entries(scoped).map(([k, v]) => [k, v.length]))).toEqual(scopedCounts);
    expect(actors).toHaveLength(actorCount);
    expect(colleges.length).toBeGreaterThanOrEqual(4);
    expect(relationKinds.length).toBeGreaterThanOrEqual(7);
    expect(operation).toMatchObject({
      territory: 'Loos-en-Gohelle',
      issueKind: 'difficulty',
      issueScale: 'territorial',
      pillars: ['renewable_energy', 'producer_buildings', 'energy_storage', 'energy_efficiency', 'circular_economy', 'mobility'],
      commons: expect.stringMatching(/sols.*paysages/),
    });
    expect(operation.issueStatement).toContain('Destructuration socio-économique');
    expect(operation.issueWhyCollective).toMatch(/illustrative/);
    expect(operation.missionLetter).toContain(ILLUSTRATIVE_MARK);
  });

  it('states the seed facts with their figures and source', () => {
    const byFigure = (figure: number, unit: string) => snap.facts.find((f) => f.figure === figure && f.unit === unit);
    for (const [figure, unit] of [
      [380_000, 'emplois'],
      [220_000, 'emplois'],
      [3, 'points'],
      [50, '% des friches'],
      [7_000, 'habitants'],
      [1_270, 'ha'],
      [260, 'ha'],
      [210, 'ha'],
      [9, 'puits'],
      [8, 'terrils'],
    ] as const) {
      expect(byFigure(figure, unit), `${figure} ${unit}`).toBeDefined();
    }
    expect(byFigure(380_000, 'emplois')).toMatchObject({ year: 2000 });
    expect(snap.facts.find((f) => f.statement.includes('1850'))).toMatchObject({ year: 1986 });
    for (const f of snap.facts) expect(f).toMatchObject({ source: SEED_SOURCE, illustrative: false });
  });

  it("measures the seed’s results, with approximate dates said so", () => {
    const value = (name: string) => snap.measurements.find((m) => m.indicatorId === snap.indicators.find((i) => i.name === name)?.id);
    expect(value('Emplois créés (1999-2008)')).toMatchObject({ value: 321, date: '2008-12-31' });
    expect(value('Énergie photovoltaïque produite par les particuliers')).toMatchObject({ value: 81_700 });
    expect(value('Part du parc automobile de la ville à l’électricité ou au gaz')).toMatchObject({ value: 43 });
    for (const m of snap.measurements) expect(m.note).toMatch(/approximative/);
    for (const i of snap.indicators) expect(i.baseline).toBeNull();
  });

  it('marks as illustrative everything the seed does not state', () => {
    const seedActors = new Set<string>(Object.values(A));
    for (const a of snap.actors) expect(seedActors.has(a.name) && !a.illustrative, a.name).toBe(true);
    for (const list of [snap.participations, snap.hypotheses, snap.relations, snap.actions, snap.meetings]) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.illustrative).toBe(true);
    }
    const seedIndicators = new Set(loosIndicators.filter((i) => !i.illustrative).map((i) => i.name));
    expect(seedIndicators.size).toBe(16);
    for (const i of snap.indicators) expect(i.illustrative).toBe(!seedIndicators.has(i.name));
    expect(snap.indicators.some((i) => i.illustrative && i.actionIds.length > 0)).toBe(true);
    // Entities without the flag say so in their text.
    for (const p of snap.positions) expect(p.source).toBe(ILLUSTRATIVE_MARK);
    for (const f of snap.fundingLines) expect(f.note).toContain(ILLUSTRATIVE_MARK);
    for (const d of snap.decisions) expect(d.text).toContain(ILLUSTRATIVE_MARK);
    expect(snap.conditionAssessments).toEqual([]);
    // No invented disagreement attributed to a real organisation.
    expect(snap.participations.every((p) => p.stance === null || p.stance >= 0)).toBe(true);
    expect(snap.positions.every((p) => p.value >= 0)).toBe(true);
  });

  it('links the parts together as the method does', () => {
    const toCreate = snap.relations.filter((r) => r.status === 'to_create');
    expect(toCreate.length).toBeGreaterThan(0);
    for (const r of toCreate) expect(snap.actions.map((a) => a.id)).toContain(r.actionId);
    for (const a of snap.actions) {
      expect(a.leadActorId).not.toBeNull();
      expect(a.hypothesisIds.length).toBeGreaterThan(0);
      const funding = snap.fundingLines.filter((f) => f.actionId === a.id);
      expect(funding.length).toBeGreaterThan(0);
      expect(a.budget).toBe(funding.reduce((s, f) => s + (f.amount ?? 0), 0));
    }
    expect(snap.actions.map((a) => a.title)).toContain("Lumiwatt – 2nde phase sur les stockages d’énergie");
    expect(snap.meetings[0]?.attendeeIds.length).toBeGreaterThan(2);
    const participants = new Set(snap.participations.map((p) => p.actorId));
    for (const r of snap.relations) expect(participants.has(r.sourceActorId) && participants.has(r.targetActorId)).toBe(true);
    expect(snap.hypothesisStatusChanges.map((c) => c.hypothesisId).sort()).toEqual(snap.hypotheses.map((h) => h.id).sort());
    for (const c of snap.hypothesisStatusChanges) expect(c.status).toBe(snap.hypotheses.find((h) => h.id === c.hypothesisId)!.status);
  });

  it('is base content: nothing to undo', async () => {
    expect(await call<HistoryState>(backend, 'history.state')).toMatchObject({ canUndo: false, canRedo: false });
  });
});
