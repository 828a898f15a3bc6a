import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { requiredLine } from '../../../shared/domain/text';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/walk/defaults';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { call, tempBackend } from '../../../test/harness/temp-workspace';
import { listOperations } from '../operations/repository';
import type { Backend } from '../backend';
import { bytesSource } from './byte-source';
import { importFile } from './import-file';
import { exportJson } from './workspace-dump';

/**
 * Round trip: export JSON -> import into an empty workspace -> the same content. Ids are new on
 * import (docs/file-formats.md), so snapshots are compared with every id replaced by the order in
 * which it first appears; everything else (text, scores, order, dates) must be identical.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function canonical(value: unknown): unknown {
  const ids = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && UUID.test(v)) {
      if (!ids.has(v)) ids.set(v, `#${ids.size}`);
      return ids.get(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

async function snapshots(b: Backend): Promise<WalkSnapshot[]> {
  const ops = listOperations(b.ws.db, true).sort((x, y) => (x.title < y.title ? -1 : 1));
  return Promise.all(ops.map((o) => call<WalkSnapshot>(b, 'walk.load', { operationId: o.id })));
}

async function roundTrip(source: Backend): Promise<{ before: unknown; after: unknown }> {
  const json = exportJson(source.ws.db, { includePrivate: true });
  const target = tempBackend();
  try {
    const report = await importFile(target.ws, bytesSource(new TextEncoder().encode(json), 'export.json'), { locale: 'fr' });
    expect(report.written).toBe(true);
    return { before: canonical(await snapshots(source)), after: canonical(await snapshots(target)) };
  } finally {
    target.close();
  }
}

describe('JSON round trip', () => {
  const backends: Backend[] = [];
  afterAll(() => backends.forEach((b) => b.close()));

  it('gives back the whole example workspace (every step of Loos-en-Gohelle)', async () => {
    const example = tempBackend({ example: true });
    backends.push(example);
    const { before, after } = await roundTrip(example);
    expect(before).toHaveLength(10);
    expect(after).toEqual(before);
  });

  it('gives back any generated workspace (property, real SQLite files)', async () => {
    const cleaned = (max: number) => (s: string) => requiredLine(max).safeParse(s).success;
    const name = fc
      .oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.constantFrom('<script>alert(1)</script>', '=SUM(A1)', 'Œuvre d’art', 'CD2E', '  Région  Nord ', '@home'))
      .filter(cleaned(200));
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('ligne 1\nligne 2', '+33 6 00', '"quoted"', '’«»€'));
    const score = (min: number, max: number) => fc.option(fc.integer({ min, max }), { nil: null });
    const stakeholder = fc.record({
      name,
      acronym: text,
      role: text,
      collegeId: fc.constantFrom(null, ...Object.values(DEFAULT_COLLEGES)),
      influence: score(1, 5),
      interest: score(1, 5),
      stance: score(-2, 2),
      engagement: fc.constantFrom('not_contacted', 'contacted', 'engaged', 'committed', 'withdrawn'),
    });
    const operation = fc.record({
      title: name,
      territory: text,
      missionLetter: text,
      pillars: fc.subarray(['mobility', 'circular_economy', 'smart_grids'] as const),
      stakeholders: fc.uniqueArray(stakeholder, { maxLength: 5, selector: (s) => s.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') }),
      facts: fc.array(fc.record({ statement: name, figure: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), year: score(1900, 2100) }), { maxLength: 3 }),
      hypotheses: fc.array(fc.record({ statement: name, status: fc.constantFrom('draft', 'under_test', 'validated') }), { maxLength: 3 }),
      relations: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), strength: fc.integer({ min: 1, max: 3 }), status: fc.constantFrom('existing', 'to_create'), kindId: fc.constantFrom(null, DEFAULT_RELATION_KINDS.funding), note: text }), { maxLength: 4 }),
      positions: fc.array(fc.record({ p: fc.nat(), h: fc.nat(), value: fc.integer({ min: -3, max: 3 }) }), { maxLength: 4 }),
      meeting: fc.option(fc.record({ place: text, decision: name, attendees: fc.array(fc.nat(), { maxLength: 3 }) }), { nil: null }),
      action: fc.option(fc.record({ title: name, budget: fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }), partners: fc.array(fc.nat(), { maxLength: 3 }), amount: fc.integer({ min: 0, max: 1e6 }) }), { nil: null }),
      indicator: fc.option(fc.record({ name, value: fc.integer({ min: -1000, max: 1000 }) }), { nil: null }),
      condition: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      reorder: fc.boolean(),
      archived: fc.boolean(),
    });
    const workspace = fc.record({
      college: fc.option(name, { nil: null }),
      renameDefault: fc.option(name, { nil: null }),
      contact: text,
      operations: fc.uniqueArray(operation, { minLength: 1, maxLength: 3, selector: (o) => o.title }),
    });

    await fc.assert(
      fc.asyncProperty(workspace, async (plan) => {
        const b = tempBackend();
        try {
          const c = <T = { id: string }>(method: string, input: unknown) => call<T>(b, method, input);
          if (plan.college) await c('colleges.create', { label: plan.college });
          if (plan.renameDefault) await c('colleges.update', { id: DEFAULT_COLLEGES.civil_society, patch: { label: plan.renameDefault } });
          for (const o of plan.operations) {
            const op = (await c('operations.create', { title: o.title, territory: o.territory })).id;
            await c('operations.update', { id: op, patch: { missionLetter: o.missionLetter, pillars: o.pillars, issueKind: 'threat' } });
            const facts = [];
            for (const f of o.facts) facts.push((await c('facts.create', { operationId: op, ...f })).id);
            if (o.reorder && facts.length > 1) await c('facts.reorder', { operationId: op, ids: [...facts].reverse() });
            const hyps = [];
            for (const h of o.hypotheses) {
              const id = (await c('hypotheses.create', { operationId: op, statement: h.statement })).id;
              if (h.status !== 'draft') await c('hypotheses.update', { id, patch: { status: h.status } });
              hyps.push(id);
            }
            const added = o.stakeholders.length ? await c<{ participationIds: string[] }>('stakeholders.addRows', { operationId: op, rows: o.stakeholders }) : { participationIds: [] };
            const snap = await c<WalkSnapshot>('walk.load', { operationId: op });
            const parts = added.participationIds.map((id) => snap.participations.find((p) => p.id === id)!);
            const actorIds = [...new Set(parts.map((p) => p.actorId))];
            if (parts[0]) await c('participations.update', { id: parts[0].id, patch: { notes: 'note privée', notesPrivate: true } });
            if (actorIds[0]) await c('actors.update', { id: actorIds[0], patch: { contact: plan.contact, contactPrivate: true, notes: 'publique', notesPrivate: false } });
            for (const p of o.positions) {
              if (parts.length && hyps.length) await c('positions.set', { participationId: parts[p.p % parts.length]!.id, hypothesisId: hyps[p.h % hyps.length], value: p.value });
            }
            let actionId: string | null = null;
            if (o.action) {
              actionId = (await c('actions.create', { operationId: op, title: o.action.title, budget: o.action.budget, partnerIds: actorIds.length ? o.action.partners.map((i) => actorIds[i % actorIds.length]) : [], hypothesisIds: hyps.slice(0, 1), leadActorId: actorIds[0] ?? null, startDate: '2024-01-01', endDate: '2025-06-30' })).id;
              await c('fundingLines.create', { operationId: op, actionId, source: 'citizen', amount: o.action.amount });
            }
            for (const r of o.relations) {
              if (actorIds.length < 2) break;
              const s = actorIds[r.a % actorIds.length]!;
              const t = actorIds[(r.a + 1 + (r.b % (actorIds.length - 1))) % actorIds.length]!;
              await c('relations.create', { operationId: op, sourceActorId: s, targetActorId: t, strength: r.strength, status: r.status, kindId: r.kindId, note: r.note, actionId });
            }
            if (o.meeting) {
              const m = (await c('meetings.create', { operationId: op, date: '2024-05-02', kind: 'workshop', place: o.meeting.place, attendeeIds: actorIds.length ? o.meeting.attendees.map((i) => actorIds[i % actorIds.length]) : [] })).id;
              await c('decisions.create', { operationId: op, meetingId: m, text: o.meeting.decision, dueDate: '2024-09-01' });
            }
            if (o.indicator) {
              const i = (await c('indicators.create', { operationId: op, name: o.indicator.name, unit: 'kWh', baseline: 0, target: 100, actionIds: actionId ? [actionId] : [] })).id;
              await c('measurements.create', { operationId: op, indicatorId: i, date: '2024-12-31', value: o.indicator.value });
            }
            if (o.condition !== null) await c('conditionAssessments.create', { operationId: op, condition: 'funding', score: o.condition, date: '2024-06-01' });
            if (o.archived) await c('operations.archive', { id: op, archived: true });
          }
          const { before, after } = await roundTrip(b);
          expect(after).toEqual(before);
        } finally {
          b.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('leaves private fields out unless asked, and imports the file into the workspace it came from without clashing', async () => {
    const b = tempBackend();
    backends.push(b);
    const op = (await call<{ id: string }>(b, 'operations.create', { title: 'OD' })).id;
    const { participationIds } = await call<{ participationIds: string[] }>(b, 'stakeholders.addRows', { operationId: op, rows: [{ name: 'CD2E' }] });
    const actor = (await call<WalkSnapshot>(b, 'walk.load', { operationId: op })).actors[0]!;
    await call(b, 'actors.update', { id: actor.id, patch: { contact: '06 00 00 00 00', notes: 'secret', notesPrivate: true } });
    await call(b, 'participations.update', { id: participationIds[0], patch: { notes: 'confidentiel' } });
    const hidden = JSON.parse(exportJson(b.ws.db));
    expect(hidden.includesPrivate).toBe(false);
    expect(hidden.actors[0]).not.toHaveProperty('contact');
    expect(hidden.actors[0]).not.toHaveProperty('notes');
    expect(hidden.operations[0].participations[0]).not.toHaveProperty('notes');
    const shown = JSON.parse(exportJson(b.ws.db, { includePrivate: true }));
    expect(shown.actors[0]).toMatchObject({ contact: '06 00 00 00 00', notes: 'secret' });
    // Imported back into its own workspace: new ids, so it adds a copy instead of clashing.
    await importFile(b.ws, bytesSource(new TextEncoder().encode(JSON.stringify(hidden)), 'od.json'), { locale: 'en' });
    const ops = listOperations(b.ws.db, true);
    expect(ops.map((o) => o.title)).toEqual(['OD', 'OD']);
    const copy = await call<WalkSnapshot>(b, 'walk.load', { operationId: ops.find((o) => o.id !== op)!.id });
    expect(copy.actors.filter((a) => a.name === 'CD2E').map((a) => a.contact).sort()).toEqual(['', '06 00 00 00 00']);
    expect(copy.participations[0]!.notes).toBe('');
    await call(b, 'history.undo');
    expect(listOperations(b.ws.db, true)).toHaveLength(1);
  });
});
