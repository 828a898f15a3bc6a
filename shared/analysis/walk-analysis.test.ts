import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLEGES } from '../domain/walk/defaults';
import type { WalkSnapshot } from '../domain/walk/snapshot';
import { analyzeWalk, analyzeWalkCore, storedOptions } from './analyze';
import { MactorInputError } from './mactor';
import { whoIsMissing } from './missing';
import { stakeholderReport } from './stakeholders';
import { storedMid, walkNetwork, walkPositions } from './walk-inputs';
import { blankOperation } from '../../test/harness/walk-snapshot';

// A small operation built by hand; the same one is described in docs/analysis/who-is-missing.md and
// docs/analysis/power-interest-salience.md.
type S = WalkSnapshot;
const OP = 'op';
const C = DEFAULT_COLLEGES;
const BAILLEURS = 'college-bailleurs';

const actor = (id: string, name: string) =>
  ({
    id,
    name,
    acronym: '',
    description: '',
    contact: '',
    contactPrivate: true,
    notes: '',
    notesPrivate: true,
    illustrative: false,
    createdAt: '2026-01-01T00:00:00Z',
  }) as S['actors'][number];

const participation = (actorId: string, position: number, collegeId: string | null, influence: number | null, interest: number | null) =>
  ({
    id: `p-${actorId}`,
    operationId: OP,
    actorId,
    role: '',
    collegeId,
    influence,
    influenceSource: '',
    influenceConfidence: null,
    interest,
    interestSource: '',
    interestConfidence: null,
    stance: null,
    stanceSource: '',
    stanceConfidence: null,
    legitimacy: null,
    urgency: null,
    engagement: 'contacted',
    notes: '',
    notesPrivate: true,
    illustrative: false,
    position,
  }) as S['participations'][number];

const hypothesis = (id: string, position: number, status: S['hypotheses'][number]['status']) =>
  ({
    id,
    operationId: OP,
    statement: `Hypothèse ${id}`,
    rationale: '',
    policies: '',
    status,
    illustrative: false,
    position,
  }) as S['hypotheses'][number];

const relation = (
  id: string,
  source: string,
  target: string,
  direction: S['relations'][number]['direction'],
  strength: number,
  status: S['relations'][number]['status'],
) =>
  ({
    id,
    operationId: OP,
    sourceActorId: source,
    targetActorId: target,
    kindId: null,
    direction,
    strength,
    status,
    actionId: null,
    note: '',
    illustrative: false,
  }) as S['relations'][number];

const position = (actorId: string, hypothesisId: string, value: number) =>
  ({
    id: `pos-${actorId}-${hypothesisId}`,
    operationId: OP,
    participationId: `p-${actorId}`,
    hypothesisId,
    value,
    source: '',
    confidence: null,
  }) as S['positions'][number];

const action = (id: string, position: number, leadActorId: string | null, status: S['actions'][number]['status']) =>
  ({
    id,
    operationId: OP,
    title: `Action ${id}`,
    description: '',
    leadActorId,
    partnerIds: [],
    hypothesisIds: [],
    status,
    startDate: null,
    endDate: null,
    budget: null,
    illustrative: false,
    position,
  }) as S['actions'][number];

const SNAPSHOT: S = {
  operation: blankOperation(OP),
  facts: [],
  hypotheses: [hypothesis('H1', 0, 'under_test'), hypothesis('H2', 1, 'draft'), hypothesis('H3', 2, 'abandoned'), hypothesis('H4', 3, 'validated')],
  hypothesisStatusChanges: [],
  // Listed out of table order on purpose: the analyses follow `position`.
  participations: [
    participation('labo', 4, null, 3, null),
    participation('region', 0, C.public_authorities, 5, 4),
    participation('ville', 1, C.public_authorities, 4, 2),
    participation('scierie', 2, C.economic_actors, 2, 5),
    participation('asso', 3, C.civil_society, 1, 2),
  ],
  positions: [
    position('region', 'H1', 3),
    position('ville', 'H1', 1),
    position('scierie', 'H1', -2),
    position('region', 'H2', 1),
    position('scierie', 'H2', -1),
    position('asso', 'H2', -3),
    position('ville', 'H3', -2),
  ],
  relations: [
    relation('r1', 'region', 'ville', 'both', 3, 'existing'),
    relation('r2', 'ville', 'scierie', 'forward', 2, 'to_strengthen'),
    relation('r3', 'labo', 'asso', 'none', 1, 'to_create'),
  ],
  meetings: [],
  decisions: [],
  actions: [action('act1', 0, 'region', 'planned'), action('act2', 1, null, 'planned'), action('act3', 2, null, 'abandoned')],
  fundingLines: [],
  indicators: [],
  measurements: [],
  conditionAssessments: [],
  influences: [],
  actors: [actor('region', 'Région'), actor('ville', 'Ville'), actor('scierie', 'Scierie'), actor('asso', 'Association'), actor('labo', 'Laboratoire')],
  colleges: [
    ...Object.entries(C).map(([key, id], i) => ({ id, key, label: '', position: i })),
    { id: BAILLEURS, key: null, label: 'Bailleurs sociaux', position: 4 },
  ],
  relationKinds: [],
};

describe('from a walk snapshot to analysis inputs', () => {
  it('builds the network as it is: stakeholders as nodes, relations to create left out', () => {
    const { input, excluded } = walkNetwork(SNAPSHOT);
    expect(input.nodes).toEqual([
      { id: 'region', group: C.public_authorities },
      { id: 'ville', group: C.public_authorities },
      { id: 'scierie', group: C.economic_actors },
      { id: 'asso', group: C.civil_society },
      { id: 'labo', group: null },
    ]);
    expect(input.edges).toEqual([
      { id: 'r1', source: 'region', target: 'ville', directed: false, weight: 3 },
      { id: 'r2', source: 'ville', target: 'scierie', directed: true, weight: 2 },
    ]);
    expect(excluded).toEqual({ to_create: 1 });
    expect(walkNetwork(SNAPSHOT, ['existing', 'to_create']).excluded).toEqual({ to_strengthen: 1 });
  });
  it('builds 2MAO over the live hypotheses, 0 where no position is recorded', () => {
    expect(walkPositions(SNAPSHOT)).toEqual({
      actors: ['region', 'ville', 'scierie', 'asso', 'labo'],
      objectives: ['H1', 'H2', 'H4'],
      mao2: [
        [3, 1, 0],
        [1, 0, 0],
        [-2, -1, 0],
        [0, -3, 0],
        [0, 0, 0],
      ],
      missing: 9,
    });
    expect(walkPositions(SNAPSHOT, ['asso', 'region']).mao2).toEqual([
      [0, -3, 0],
      [3, 1, 0],
    ]);
  });
});

describe('power–interest grid and salience', () => {
  const report = stakeholderReport(SNAPSHOT, {
    legitimacy: { region: true, ville: 4, scierie: 2, asso: 5 },
    urgency: { region: 5, ville: false, scierie: true },
  });
  const row = (id: string) => report.rows.find((r) => r.actorId === id)!;
  it('puts each stakeholder in a Mendelow quadrant (high from 3 up)', () => {
    expect(report.quadrants).toEqual({
      manage_closely: ['region'],
      keep_satisfied: ['ville'],
      keep_informed: ['scierie'],
      monitor: ['asso'],
      unknown: ['labo'],
    });
  });
  it('types salience when the three attributes are known, and says what is still possible otherwise', () => {
    expect(row('region').salience).toEqual({ type: 'definitive', class: 'definitive', candidates: ['definitive'] });
    expect(row('ville').salience).toMatchObject({ type: 'dominant', class: 'expectant' });
    expect(row('scierie').salience).toMatchObject({ type: 'demanding', class: 'latent' });
    expect(row('asso').salience).toEqual({ type: 'unknown', class: 'unknown', candidates: ['dependent', 'discretionary'] });
    expect(row('labo').attributes).toEqual({ power: true, legitimacy: null, urgency: null });
    expect(row('labo').salience.candidates).toEqual(['definitive', 'dominant', 'dangerous', 'dormant']);
    expect(report.inputs).toEqual({ legitimacy: true, urgency: true });
  });
  it('reports every type as unknown without legitimacy and urgency', () => {
    const bare = stakeholderReport(SNAPSHOT);
    expect(bare.salience.unknown).toHaveLength(5);
    expect(bare.inputs).toEqual({ legitimacy: false, urgency: false });
  });
  it('refuses an attribute score outside 1–5', () => {
    expect(() => stakeholderReport(SNAPSHOT, { urgency: { region: 6 } })).toThrow(RangeError);
  });
});

describe('who is missing', () => {
  it('finds empty collèges, unsupported or opposed hypotheses, leaderless actions, unlinked influential actors', () => {
    expect(whoIsMissing(SNAPSHOT)).toEqual({
      emptyColleges: [
        { collegeId: C.experts_research, custom: false },
        { collegeId: BAILLEURS, custom: true },
      ],
      withoutCollege: ['labo'],
      hypothesesWithoutSupport: ['H4'],
      hypothesesMostlyOpposed: [{ hypothesisId: 'H2', supporters: 1, opponents: 2 }],
      actionsWithoutLead: ['act2'],
      influentialWithoutRelation: [{ actorId: 'labo', influence: 3, planned: true }],
    });
  });
  it('uses the same threshold as the grid', () => {
    expect(whoIsMissing(SNAPSHOT, { high: 4 }).influentialWithoutRelation).toEqual([]);
  });
});

describe('analyzeWalk', () => {
  it('runs every analysis and carries the labels to print them', () => {
    const a = analyzeWalk(SNAPSHOT);
    expect(a.operation).toEqual({ id: OP, title: 'Filière Bois' });
    expect(a.thresholds).toEqual({ high: 3, seed: 1 });
    expect(a.labels.actors.map((x) => x.name)).toEqual(['Région', 'Ville', 'Scierie', 'Association', 'Laboratoire']);
    expect(a.labels.hypotheses.map((h) => h.id)).toEqual(['H1', 'H2', 'H4']);
    expect(a.network.excluded).toEqual({ to_create: 1 });
    expect(a.network.rankings.betweenness[0]).toBe('ville');
    expect(a.network.nodes[1]!.betweenness).toBeCloseTo(1 / 6, 12);
    expect(a.network.bridges.map((e) => e.id)).toEqual(['r2']);
    expect(a.mactor.weighted).toBeNull();
    expect(a.mactor.missingPositions).toBe(9);
    expect(a.mactor.mobilisation2).toEqual([
      { support: 4, opposition: -2, total: 6 },
      { support: 1, opposition: -4, total: 5 },
      { support: 0, opposition: 0, total: 0 },
    ]);
    expect(a.stakeholders.quadrants.manage_closely).toEqual(['region']);
    expect(a.missing.actionsWithoutLead).toEqual(['act2']);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a); // plain data, ready for a worker or --json
  });
  it('computes the weighted MACTOR results when a MID is given over an actor list', () => {
    const a = analyzeWalk(SNAPSHOT, {
      mid: {
        actors: ['region', 'ville', 'scierie'],
        values: [
          [0, 3, 2],
          [1, 0, 2],
          [0, 0, 0],
        ],
      },
    });
    expect(a.mactor.actors).toEqual(['region', 'ville', 'scierie']);
    expect(a.mactor.weighted!.midi).toEqual([
      [1, 3, 4],
      [1, 1, 3],
      [0, 0, 0],
    ]);
    expect(a.mactor.weighted!.rStar.reduce((x, y) => x + y, 0)).toBeCloseTo(3, 12);
    expect(() => analyzeWalk(SNAPSHOT, { mid: { actors: ['region', 'region'], values: [[0, 1], [1, 0]] } })).toThrow(MactorInputError);
  });

  it('reads the MID, legitimacy and urgency the walk stores unless the options say otherwise', () => {
    const influence = (id: string, source: string, target: string, value: number) =>
      ({ id, operationId: OP, sourceActorId: source, targetActorId: target, value }) as S['influences'][number];
    const stored: S = {
      ...SNAPSHOT,
      participations: SNAPSHOT.participations.map((p) => (p.actorId === 'ville' ? { ...p, legitimacy: 5, urgency: 1 } : p)),
      // region → ville 3, ville → scierie 2; a self-influence and a non-stakeholder are ignored.
      influences: [influence('i1', 'region', 'ville', 3), influence('i2', 'ville', 'scierie', 2), influence('i3', 'asso', 'asso', 4), influence('i4', 'ghost', 'ville', 1)],
    };
    expect(storedMid(stored)).toEqual({
      actors: ['region', 'ville', 'scierie', 'asso', 'labo'],
      values: [
        [0, 3, 0, 0, 0],
        [0, 0, 2, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
      filled: 2,
    });
    expect(storedMid(stored, 2)).toEqual({ actors: ['region', 'ville', 'scierie', 'asso', 'labo'], values: [[0, 3], [0, 0]], filled: 2 });
    expect(storedOptions(SNAPSHOT).mid).toBeNull();

    const a = analyzeWalk(stored);
    expect(a.mactor.weighted!.midi[0]).toEqual([0, 3, 2, 0, 0]);
    expect(a.stakeholders.rows.find((r) => r.actorId === 'ville')!.attributes).toEqual({ power: true, legitimacy: true, urgency: false });
    expect(analyzeWalk(stored, { mid: null, legitimacy: {}, urgency: {} }).mactor.weighted).toBeNull();
    expect(analyzeWalk(stored, { mid: null, legitimacy: {}, urgency: {} }).stakeholders.inputs).toEqual({ legitimacy: false, urgency: false });
  });

  it('analyzeWalkCore is analyzeWalk without the actor × actor convergences and divergences', () => {
    const full = analyzeWalk(SNAPSHOT);
    const core = analyzeWalkCore(SNAPSHOT);
    const { order1, order2, ...rest } = full.mactor;
    expect(order1.caa).toHaveLength(5);
    expect(order2.daa).toHaveLength(5);
    expect(core).toEqual({ ...full, mactor: rest });
  });
});
