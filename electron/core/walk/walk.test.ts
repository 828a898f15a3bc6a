import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { eachWithOperation, type TempBackend } from '../../../test/harness/operation-fixture';
import { call } from '../../../test/harness/temp-workspace';

let backend: TempBackend;
let op: string;
eachWithOperation((b, id) => ((backend = b), (op = id)), 'Écosystème loossois');

const load = () => call<WalkSnapshot>(backend, 'walk.load', { operationId: op });
const undo = () => call(backend, 'history.undo');
const redo = () => call(backend, 'history.redo');
type R = { id: string } & Record<string, unknown>;

async function stakeholders(names: string[]) {
  const r = await call<{ participationIds: string[] }>(backend, 'stakeholders.addRows', { operationId: op, rows: names.map((name) => ({ name })) });
  const snap = await load();
  return names.map((_, i) => snap.participations.find((p) => p.id === r.participationIds[i])!.actorId);
}

describe('walk: every entity round-trips, with undo', () => {
  it('saves the salient issue and the operation card field by field', async () => {
    await call(backend, 'operations.update', {
      id: op,
      patch: { issueKind: 'threat', issueStatement: 'Fin de l’activité minière', issueScale: 'territorial', pillars: ['mobility', 'mobility', 'circular_economy'] },
    });
    await call(backend, 'operations.update', { id: op, patch: { missionLetter: 'Ligne 1\nLigne 2' } });
    let { operation } = await load();
    expect(operation).toMatchObject({ issueKind: 'threat', issueScale: 'territorial', pillars: ['mobility', 'circular_economy'], missionLetter: 'Ligne 1\nLigne 2', title: 'Écosystème loossois' });
    await undo();
    ({ operation } = await load());
    expect(operation.missionLetter).toBe('');
    expect(operation.issueKind).toBe('threat');
  });

  it('keeps facts in manual order', async () => {
    const a = await call<R>(backend, 'facts.create', { operationId: op, statement: '380 000 emplois détruits', figure: 380000, unit: 'emplois', year: 2000 });
    const b = await call<R>(backend, 'facts.create', { operationId: op, statement: '50 % des friches sur 6 % du territoire' });
    expect((await load()).facts.map((f) => f.id)).toEqual([a.id, b.id]);
    await call(backend, 'facts.reorder', { operationId: op, ids: [b.id, a.id] });
    expect((await load()).facts.map((f) => f.id)).toEqual([b.id, a.id]);
    await undo();
    expect((await load()).facts.map((f) => f.id)).toEqual([a.id, b.id]);
  });

  it('keeps every status a hypothesis takes, with its date', async () => {
    const h = await call<R>(backend, 'hypotheses.create', { operationId: op, statement: 'Un cluster de l’écoconstruction' });
    await call(backend, 'hypotheses.update', { id: h.id, patch: { status: 'under_test' } });
    await call(backend, 'hypotheses.update', { id: h.id, patch: { rationale: 'Base 11-19' } });
    await call(backend, 'hypotheses.update', { id: h.id, patch: { status: 'validated' } });
    const snap = await load();
    expect(snap.hypothesisStatusChanges.map((c) => c.status)).toEqual(['draft', 'under_test', 'validated']);
    expect(snap.hypotheses[0]).toMatchObject({ status: 'validated', rationale: 'Base 11-19' });
    await undo();
    expect((await load()).hypothesisStatusChanges.map((c) => c.status)).toEqual(['draft', 'under_test']);
  });

  it('adds stakeholders from rows, matching actors by name across operations', async () => {
    const other = (await call<R>(backend, 'operations.create', { title: 'Euralens' })).id;
    await call(backend, 'stakeholders.addRows', { operationId: other, rows: [{ name: 'CD2E' }] });
    const r = await call<Record<string, number>>(backend, 'stakeholders.addRows', {
      operationId: op,
      rows: [
        { name: 'c.d.2.e', role: 'Pôle d’excellence', influence: 4, collegeId: DEFAULT_COLLEGES.experts_research },
        { name: 'CERDD', stance: 2 },
        { name: 'Cerdd', interest: 5 },
      ],
    });
    expect(r).toMatchObject({ createdActors: 1, matchedActors: 2, alreadyParticipating: 1 });
    const snap = await load();
    expect(snap.actors.map((a) => a.name).sort()).toEqual(['CD2E', 'CERDD']);
    expect(snap.participations).toHaveLength(2);
    expect(snap.participations.find((p) => p.influence === 4)).toMatchObject({ role: 'Pôle d’excellence', collegeId: DEFAULT_COLLEGES.experts_research });
    expect(snap.participations.find((p) => p.stance === 2)).toMatchObject({ interest: 5 });
    await undo();
    expect((await load()).participations).toHaveLength(0);
    expect((await load()).actors).toHaveLength(1);
  });

  it('refuses a second participation of the same actor, and unknown references', async () => {
    const [cd2e] = await stakeholders(['CD2E']);
    const dup = await backend.dispatch('participations.create', { operationId: op, actorId: cd2e });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const ghost = await backend.dispatch('participations.create', { operationId: op, actorId: '0190a5a0-0000-7000-8000-00000000dead' });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('sets, changes and clears positions on hypotheses', async () => {
    await stakeholders(['Région']);
    const { participations } = await load();
    const h = await call<R>(backend, 'hypotheses.create', { operationId: op, statement: 'H1' });
    await call(backend, 'positions.set', { participationId: participations[0]!.id, hypothesisId: h.id, value: 3 });
    await call(backend, 'positions.set', { participationId: participations[0]!.id, hypothesisId: h.id, value: -1 });
    expect((await load()).positions.map((p) => p.value)).toEqual([-1]);
    await call(backend, 'positions.set', { participationId: participations[0]!.id, hypothesisId: h.id, value: null });
    expect((await load()).positions).toEqual([]);
    await undo();
    expect((await load()).positions.map((p) => p.value)).toEqual([-1]);
    const bad = await backend.dispatch('positions.set', { participationId: participations[0]!.id, hypothesisId: h.id, value: 4 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'value' } });
  });

  it('links relations only between stakeholders of the operation', async () => {
    const [a, b] = await stakeholders(['Lumiwatt', 'Villavenir']);
    const outsider = (await call<R>(backend, 'actors.create', { name: 'Louvre-Lens' })).id;
    const rel = await call<R>(backend, 'relations.create', { operationId: op, sourceActorId: a, targetActorId: b, kindId: DEFAULT_RELATION_KINDS.cooperation, status: 'to_create' });
    expect(rel).toMatchObject({ direction: 'forward', strength: 2, status: 'to_create' });
    expect(await backend.dispatch('relations.create', { operationId: op, sourceActorId: a, targetActorId: outsider })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'targetActorId' } });
    expect(await backend.dispatch('relations.create', { operationId: op, sourceActorId: a, targetActorId: a })).toMatchObject({ ok: false });
    await call(backend, 'relations.update', { id: rel.id, patch: { strength: 3 } });
    await undo();
    expect((await load()).relations[0]).toMatchObject({ strength: 2 });
  });

  it('removing a stakeholder removes its relations in the operation, and undo restores both', async () => {
    const [a, b] = await stakeholders(['Lumiwatt', 'Villavenir']);
    await call(backend, 'relations.create', { operationId: op, sourceActorId: a, targetActorId: b });
    const before = await load();
    await call(backend, 'participations.delete', { id: before.participations.find((p) => p.actorId === b)!.id });
    expect((await load()).relations).toEqual([]);
    await undo();
    expect(await load()).toEqual(before);
  });

  it('records meetings with attendees and decisions', async () => {
    const [a, b] = await stakeholders(['CD2E', 'CERDD']);
    const m = await call<R>(backend, 'meetings.create', { operationId: op, date: '2026-03-12', kind: 'workshop', attendeeIds: [a, b, a] });
    expect(m.attendeeIds).toEqual([a, b]);
    await call(backend, 'decisions.create', { operationId: op, meetingId: m.id, text: 'Lancer l’étude', dueDate: '2026-06-30' });
    await call(backend, 'meetings.update', { id: m.id, patch: { attendeeIds: [b] } });
    let snap = await load();
    expect(snap.meetings[0]!.attendeeIds).toEqual([b]);
    expect(snap.decisions[0]).toMatchObject({ text: 'Lancer l’étude', done: false });
    await undo();
    snap = await load();
    expect(snap.meetings[0]!.attendeeIds.sort()).toEqual([a, b].sort());
    expect(await backend.dispatch('meetings.create', { operationId: op, date: '2026-02-30', kind: 'workshop' })).toMatchObject({ ok: false, error: { path: 'date' } });
  });

  it('records actions with partners, hypotheses and funding, and indicators with measurements', async () => {
    const [lead, partner] = await stakeholders(['Région', 'CD2E']);
    const h = await call<R>(backend, 'hypotheses.create', { operationId: op, statement: 'H' });
    const action = await call<R>(backend, 'actions.create', {
      operationId: op, title: 'Théâtre de l’écoconstruction', leadActorId: lead, partnerIds: [partner], hypothesisIds: [h.id], budget: 1200000, startDate: '2026-01-01',
    });
    await call(backend, 'fundingLines.create', { operationId: op, actionId: action.id, source: 'public_funds', amount: 800000 });
    await call(backend, 'fundingLines.create', { operationId: op, actionId: action.id, source: 'citizen', amount: 50000 });
    const ind = await call<R>(backend, 'indicators.create', { operationId: op, name: 'Jeunes formés par an', unit: 'personnes', baseline: 0, target: 350, actionIds: [action.id] });
    await call(backend, 'measurements.create', { operationId: op, indicatorId: ind.id, date: '2025-12-31', value: 120 });
    await call(backend, 'measurements.create', { operationId: op, indicatorId: ind.id, date: '2024-12-31', value: 80 });
    const snap = await load();
    expect(snap.actions[0]).toMatchObject({ partnerIds: [partner], hypothesisIds: [h.id], leadActorId: lead });
    expect(snap.fundingLines.map((f) => f.amount)).toEqual([800000, 50000]);
    expect(snap.indicators[0]!.actionIds).toEqual([action.id]);
    expect(snap.measurements.map((m) => m.value)).toEqual([80, 120]);
    await call(backend, 'actions.delete', { id: action.id });
    expect((await load()).fundingLines).toEqual([]);
    await undo();
    const back = await load();
    expect(back.fundingLines).toHaveLength(2);
    expect(back.indicators[0]!.actionIds).toEqual([action.id]);
    expect(back.actions[0]!.partnerIds).toEqual([partner]);
  });

  it('refuses an action that ends before it starts, whichever date changes', async () => {
    expect(await backend.dispatch('actions.create', { operationId: op, title: 'A', startDate: '2026-05-01', endDate: '2026-04-01' })).toMatchObject({ ok: false, error: { path: 'endDate' } });
    const a = await call<R>(backend, 'actions.create', { operationId: op, title: 'A', startDate: '2026-05-01' });
    expect(await backend.dispatch('actions.update', { id: a.id, patch: { endDate: '2026-04-30' } })).toMatchObject({ ok: false, error: { path: 'endDate' } });
    expect(await backend.dispatch('actions.update', { id: a.id, patch: { endDate: '2026-05-01' } })).toMatchObject({ ok: true });
    expect(await backend.dispatch('actions.update', { id: a.id, patch: { startDate: '2026-06-01' } })).toMatchObject({ ok: false, error: { path: 'startDate' } });
  });

  it('refuses references to another operation’s rows', async () => {
    const other = (await call<R>(backend, 'operations.create', { title: 'Euralens' })).id;
    const foreignAction = await call<R>(backend, 'actions.create', { operationId: other, title: 'Ailleurs' });
    expect(await backend.dispatch('fundingLines.create', { operationId: op, actionId: foreignAction.id, source: 'citizen' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'actionId' } });
  });

  it('keeps earlier assessments of the conditions of success', async () => {
    await call(backend, 'conditionAssessments.create', { operationId: op, condition: 'funding', score: 1, date: '2025-06-01' });
    await call(backend, 'conditionAssessments.create', { operationId: op, condition: 'funding', score: 3, date: '2026-06-01', note: 'FEDER obtenu' });
    expect((await load()).conditionAssessments.map((c) => c.score)).toEqual([1, 3]);
    expect(await backend.dispatch('conditionAssessments.create', { operationId: op, condition: 'funding', score: 4, date: '2026-06-01' })).toMatchObject({ ok: false });
  });

  it('edits the collèges and relation kinds lists', async () => {
    const c = await call<R>(backend, 'colleges.create', { label: 'Bailleurs sociaux' });
    const snap = await load();
    expect(snap.colleges.map((x) => x.key ?? x.label)).toEqual(['public_authorities', 'economic_actors', 'civil_society', 'experts_research', 'Bailleurs sociaux']);
    await call(backend, 'colleges.delete', { id: c.id });
    expect((await load()).colleges).toHaveLength(4);
    await undo();
    expect((await load()).colleges).toHaveLength(5);
  });

  it('deleting a whole operation removes its walk, and undo brings all of it back', async () => {
    const [a, b] = await stakeholders(['A', 'B']);
    await call(backend, 'relations.create', { operationId: op, sourceActorId: a, targetActorId: b });
    await call(backend, 'facts.create', { operationId: op, statement: 'F' });
    const before = await load();
    await call(backend, 'operations.delete', { id: op });
    expect(backend.ws.db.prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);
    await undo();
    expect(await load()).toEqual(before);
    await redo();
    expect(await backend.dispatch('walk.load', { operationId: op })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('merging duplicate actors', () => {
  it('keeps every link: participations, positions, relations, attendance, lead and partners', async () => {
    const other = (await call<R>(backend, 'operations.create', { title: 'Euralens' })).id;
    const [keep, third] = await stakeholders(['CD2E', 'CERDD']);
    // A duplicate typed in by hand elsewhere (table entry matches by name, so it is created directly).
    const dupe = (await call<R>(backend, 'actors.create', { name: 'C.D.2.E' })).id;
    await call(backend, 'participations.create', { operationId: op, actorId: dupe });
    await call(backend, 'stakeholders.addRows', { operationId: other, rows: [{ name: 'Région' }] });
    const dupeOnly = (await call<R>(backend, 'participations.create', { operationId: other, actorId: dupe, role: 'Expert' })).id;
    const h = await call<R>(backend, 'hypotheses.create', { operationId: op, statement: 'H' });
    const snap0 = await load();
    const pDupe = snap0.participations.find((p) => p.actorId === dupe)!;
    await call(backend, 'participations.update', { id: pDupe.id, patch: { influence: 5 } });
    await call(backend, 'positions.set', { participationId: pDupe.id, hypothesisId: h.id, value: 2 });
    await call(backend, 'relations.create', { operationId: op, sourceActorId: dupe, targetActorId: third });
    await call(backend, 'relations.create', { operationId: op, sourceActorId: keep, targetActorId: dupe });
    const m = await call<R>(backend, 'meetings.create', { operationId: op, date: '2026-01-10', kind: 'bilateral', attendeeIds: [keep, dupe] });
    await call(backend, 'influences.set', { operationId: op, sourceActorId: dupe, targetActorId: third, value: 3 });
    await call(backend, 'influences.set', { operationId: op, sourceActorId: third, targetActorId: dupe, value: 1 });
    await call(backend, 'influences.set', { operationId: op, sourceActorId: third, targetActorId: keep, value: 2 });
    await call(backend, 'actions.create', { operationId: op, title: 'Act', leadActorId: dupe, partnerIds: [dupe, third] });
    const before = await load();

    await call(backend, 'actors.merge', { keepId: keep, mergeIds: [dupe] });
    const after = await load();
    expect(after.actors.map((a) => a.name).sort()).toEqual(['CD2E', 'CERDD', 'Région']);
    const pKeep = after.participations.find((p) => p.actorId === keep)!;
    expect(pKeep.influence).toBe(5);
    expect(after.positions).toEqual([expect.objectContaining({ participationId: pKeep.id, value: 2 })]);
    expect(after.relations.map((r) => [r.sourceActorId, r.targetActorId])).toEqual([[keep, third]]);
    expect(after.meetings.find((x) => x.id === m.id)!.attendeeIds).toEqual([keep]);
    // dupe→third moves; third→dupe meets the kept actor's own third→keep value, which stays.
    expect(after.influences.map((i) => [i.sourceActorId, i.targetActorId, i.value]).sort()).toEqual(
      [[keep, third, 3], [third, keep, 2]].sort(),
    );
    expect(after.actions[0]).toMatchObject({ leadActorId: keep, partnerIds: expect.arrayContaining([keep, third]) });
    const moved = await call<WalkSnapshot>(backend, 'walk.load', { operationId: other });
    expect(moved.participations.find((p) => p.id === dupeOnly)).toMatchObject({ actorId: keep, role: 'Expert' });

    await undo();
    expect(await load()).toEqual(before);
  });
});
