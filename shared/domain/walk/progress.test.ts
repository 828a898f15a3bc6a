import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/locales/en/progress.json';
import fr from '../../../renderer/locales/fr/progress.json';
import { DEFAULT_COLLEGES } from './defaults';
import { Condition } from './enums';
import type { WalkSnapshot } from './snapshot';
import { MAX_ITEMS, type ProgressItem, quote, stepOrder, type StepId, walkProgress, type WalkProgress } from './progress';
import { blankOperation, emptySnapshot } from '../../../test/harness/walk-snapshot';

// ---------------------------------------------------------------------------------------------
// A small factory: snapshots built by hand, with ids from a counter.

type S = WalkSnapshot;
const TODAY = '2026-03-12';
const OP = '0190a5a0-0000-7000-8000-000000000000';
let counter = 0;
const id = () => `0190a5a0-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;

const operation = (o: Partial<S['operation']> = {}) => blankOperation(OP, o);

const colleges = (): S['colleges'] =>
  Object.entries(DEFAULT_COLLEGES).map(([key, cid], i) => ({ id: cid, key, label: '', position: i }));

const empty = (o: Partial<S['operation']> = {}): S => emptySnapshot(operation(o), { colleges: colleges() });

const mk = {
  fact: (o: Partial<S['facts'][number]> = {}): S['facts'][number] => ({
    id: id(), operationId: OP, statement: '380 000 emplois détruits', figure: 380000, unit: 'emplois', year: 2010,
    source: 'Région Nord-Pas de Calais', illustrative: false, position: 0, ...o,
  }),
  hypothesis: (o: Partial<S['hypotheses'][number]> = {}): S['hypotheses'][number] => ({
    id: id(), operationId: OP, statement: 'Une filière locale du bois de construction', rationale: 'La ressource existe',
    policies: '', status: 'under_test', illustrative: false, position: 0, ...o,
  }),
  actor: (name: string): S['actors'][number] => ({
    id: id(), name, acronym: '', description: '', contact: '', contactPrivate: true, notes: '', notesPrivate: true,
    illustrative: false, createdAt: '2026-01-01T00:00:00Z',
  }),
  participation: (actorId: string, o: Partial<S['participations'][number]> = {}): S['participations'][number] => ({
    id: id(), operationId: OP, actorId, role: '', collegeId: DEFAULT_COLLEGES.public_authorities,
    influence: 3, influenceSource: '', influenceConfidence: null, interest: 3, interestSource: '', interestConfidence: null,
    stance: null, stanceSource: '', stanceConfidence: null, legitimacy: null, urgency: null, engagement: 'contacted', notes: '', notesPrivate: true,
    illustrative: false, position: 0, ...o,
  }),
  position: (participationId: string, hypothesisId: string, value: number): S['positions'][number] => ({
    id: id(), operationId: OP, participationId, hypothesisId, value, source: '', confidence: null,
  }),
  relation: (sourceActorId: string, targetActorId: string, o: Partial<S['relations'][number]> = {}): S['relations'][number] => ({
    id: id(), operationId: OP, sourceActorId, targetActorId, kindId: null, direction: 'forward', strength: 2,
    status: 'existing', actionId: null, note: '', illustrative: false, ...o,
  }),
  meeting: (o: Partial<S['meetings'][number]> = {}): S['meetings'][number] => ({
    id: id(), operationId: OP, date: '2026-02-01', kind: 'workshop', place: '', notes: '', attendeeIds: [], illustrative: false, ...o,
  }),
  decision: (meetingId: string, o: Partial<S['decisions'][number]> = {}): S['decisions'][number] => ({
    id: id(), operationId: OP, meetingId, text: 'Lancer l’étude', owner: '', dueDate: null, done: false, ...o,
  }),
  action: (o: Partial<S['actions'][number]> = {}): S['actions'][number] => ({
    id: id(), operationId: OP, title: 'Plateforme bois', description: '', leadActorId: null, partnerIds: [], hypothesisIds: [],
    status: 'planned', startDate: null, endDate: null, budget: null, illustrative: false, position: 0, ...o,
  }),
  indicator: (o: Partial<S['indicators'][number]> = {}): S['indicators'][number] => ({
    id: id(), operationId: OP, name: 'Emplois créés', unit: 'emplois', baseline: null, target: null, actionIds: [],
    illustrative: false, position: 0, ...o,
  }),
  measurement: (indicatorId: string): S['measurements'][number] => ({
    id: id(), operationId: OP, indicatorId, date: '2026-02-01', value: 12, note: '',
  }),
  assessment: (condition: S['conditionAssessments'][number]['condition']): S['conditionAssessments'][number] => ({
    id: id(), operationId: OP, condition, score: 2, note: '', date: '2026-02-01',
  }),
};

/** An operation whose every step is complete, with nothing to warn about. */
function complete(): S {
  const s = empty({
    territory: 'Loos-en-Gohelle',
    lead: 'Camille Martin',
    missionLetter: 'Structurer la filière',
    pillars: ['circular_economy'],
    issueKind: 'opportunity',
    issueStatement: 'Valoriser la forêt régionale',
    issueWhyCollective: 'Aucun acteur seul ne tient la chaîne',
    issueScale: 'regional',
    commons: 'La forêt',
  });
  s.facts = [mk.fact(), mk.fact(), mk.fact()];
  const h = mk.hypothesis();
  s.hypotheses = [h];
  const a = mk.actor('CD2E');
  const b = mk.actor('Région');
  const [c, d] = [mk.actor('Villavenir'), mk.actor('CERDD')];
  s.actors = [a, b, c, d];
  const pa = mk.participation(a.id, { collegeId: DEFAULT_COLLEGES.public_authorities });
  const pb = mk.participation(b.id, { collegeId: DEFAULT_COLLEGES.economic_actors });
  const pc = mk.participation(c.id, { collegeId: DEFAULT_COLLEGES.civil_society });
  const pd = mk.participation(d.id, { collegeId: DEFAULT_COLLEGES.experts_research });
  s.participations = [pa, pb, pc, pd].map((p, i) => ({ ...p, mapX: i * 100, mapY: 0 }));
  s.positions = [mk.position(pa.id, h.id, 2)];
  const action = mk.action({ leadActorId: a.id });
  s.actions = [action];
  s.relations = [mk.relation(a.id, b.id), mk.relation(b.id, a.id, { status: 'to_create', actionId: action.id })];
  const m = mk.meeting({ attendeeIds: [a.id] });
  s.meetings = [m];
  s.decisions = [mk.decision(m.id, { dueDate: '2026-01-01', done: true })];
  const ind = mk.indicator();
  s.indicators = [ind];
  s.measurements = [mk.measurement(ind.id)];
  s.conditionAssessments = Condition.options.map((c) => mk.assessment(c));
  s.influences = [{ id: id(), operationId: OP, sourceActorId: a.id, targetActorId: b.id, value: 2 }];
  return s;
}

const keysOf = (items: ProgressItem[]) => items.map((i) => i.key.replace(/^progress\.(missing|warnings|hints)\./, ''));
const missingOf = (s: S, step: StepId) => keysOf(walkProgress(s, TODAY).steps[step].missing);

// ---------------------------------------------------------------------------------------------

describe('walkProgress', () => {
  it('lists the steps in the method’s order', () => {
    expect(stepOrder).toEqual(['card', 'issue', 'hypotheses', 'stakeholders', 'recoordination', 'meetings', 'conditions', 'map', 'analysis']);
    expect(Object.keys(walkProgress(empty(), TODAY).steps).sort()).toEqual([...stepOrder].sort());
  });

  it('says every step is to be started on a new operation, and what to enter', () => {
    const p = walkProgress(empty(), TODAY);
    for (const step of stepOrder) {
      expect(p.steps[step].state, step).toBe('empty');
      expect(p.steps[step].missing.length, step).toBeGreaterThan(0);
    }
    expect(p.nextStep).toBe('card');
    expect(p.completeCount).toBe(0);
    expect(keysOf(p.steps.card.missing)).toEqual(['territory', 'lead', 'missionLetter', 'pillars']);
    expect(keysOf(p.steps.conditions.missing)).toEqual(['conditionsNotAssessed']);
    expect(p.steps.conditions.missing[0]?.params).toEqual({ count: 7 });
  });

  it('says every step is complete on a finished walk, with no note', () => {
    const p = walkProgress(complete(), TODAY);
    for (const step of stepOrder) {
      expect(p.steps[step], step).toEqual({ id: step, state: 'complete', missing: [], notes: [] });
    }
    expect(p.nextStep).toBeNull();
    expect(p.completeCount).toBe(9);
  });

  describe('card', () => {
    it('is in progress once anything beyond the title is filled in', () => {
      const s = empty({ territory: 'Loos-en-Gohelle', pillars: ['mobility'] });
      const step = walkProgress(s, TODAY).steps.card;
      expect(step.state).toBe('in_progress');
      expect(keysOf(step.missing)).toEqual(['lead', 'missionLetter']);
    });
    it('treats blank text as missing', () => {
      const s = complete();
      s.operation.lead = '   ';
      expect(missingOf(s, 'card')).toEqual(['lead']);
    });
  });

  describe('issue (step 1)', () => {
    it('asks for each field of the salient issue and for facts', () => {
      const s = empty({ issueStatement: 'Le bois part hors région' });
      const step = walkProgress(s, TODAY).steps.issue;
      expect(step.state).toBe('in_progress');
      expect(keysOf(step.missing)).toEqual(['issueKind', 'issueWhyCollective', 'commons', 'issueScale', 'noFact']);
    });
    it('is in progress with facts only', () => {
      const s = empty();
      s.facts = [mk.fact()];
      expect(walkProgress(s, TODAY).steps.issue.state).toBe('in_progress');
    });
    it('needs a source on every fact, naming the fact when there is one', () => {
      const s = complete();
      s.facts[0]!.source = '';
      s.facts[0]!.statement = 'Un fait dont l’énoncé est bien trop long pour tenir dans une ligne du panneau latéral, vraiment';
      const [item] = walkProgress(s, TODAY).steps.issue.missing;
      expect(item?.key).toBe('progress.missing.factsWithoutSource');
      expect(item?.params?.count).toBe(1);
      expect(String(item?.params?.fact)).toMatch(/…$/);
      s.facts[1]!.source = ' ';
      expect(walkProgress(s, TODAY).steps.issue.missing).toEqual([{ key: 'progress.missing.factsWithoutSource', params: { count: 2 } }]);
    });
    it('is complete with one sourced fact, with a hint to add more', () => {
      const s = complete();
      s.facts = [mk.fact()];
      const step = walkProgress(s, TODAY).steps.issue;
      expect(step.state).toBe('complete');
      expect(step.notes).toEqual([{ level: 'hint', key: 'progress.hints.fewFacts', params: { count: 1, recommended: 3 } }]);
    });
  });

  describe('hypotheses (step 2)', () => {
    it('asks for a first hypothesis', () => {
      const step = walkProgress(empty(), TODAY).steps.hypotheses;
      expect(step.state).toBe('empty');
      expect(keysOf(step.missing)).toEqual(['noHypothesis']);
    });
    it('asks for rationales (by count) and for one hypothesis past the draft', () => {
      const s = empty();
      s.hypotheses = [mk.hypothesis({ status: 'draft', rationale: '' }), mk.hypothesis({ status: 'draft', rationale: '' })];
      const step = walkProgress(s, TODAY).steps.hypotheses;
      expect(step.state).toBe('in_progress');
      expect(step.missing).toEqual([
        { key: 'progress.missing.hypothesesWithoutRationale', params: { count: 2 } },
        { key: 'progress.missing.allHypothesesDraft' },
      ]);
    });
    it('is complete when each has a rationale and one is under test', () => {
      const s = empty();
      s.hypotheses = [mk.hypothesis({ status: 'draft' }), mk.hypothesis({ status: 'under_test' })];
      expect(walkProgress(s, TODAY).steps.hypotheses.state).toBe('complete');
    });
  });

  describe('stakeholders (step 3)', () => {
    it('is empty without participations, relations or positions', () => {
      const step = walkProgress(empty(), TODAY).steps.stakeholders;
      expect(step.state).toBe('empty');
      expect(keysOf(step.missing)).toEqual(['noStakeholder', 'noRelation']);
      expect(step.notes).toEqual([]);
    });
    it('counts the actors without collège, influence or interest, and names a single one', () => {
      const s = complete();
      s.participations[0]!.collegeId = null;
      s.participations[0]!.influence = null;
      s.participations[1]!.influence = null;
      s.participations[2]!.interest = null;
      const step = walkProgress(s, TODAY).steps.stakeholders;
      expect(step.state).toBe('in_progress');
      expect(step.missing).toEqual([
        { key: 'progress.missing.stakeholdersWithoutCollege', params: { count: 1, actor: 'CD2E' } },
        { key: 'progress.missing.stakeholdersWithoutInfluence', params: { count: 2 } },
        { key: 'progress.missing.stakeholdersWithoutInterest', params: { count: 1, actor: 'Villavenir' } },
      ]);
      // …and the collège left without anyone is a hint, not a requirement.
      expect(step.notes).toEqual([
        { level: 'hint', key: 'progress.hints.collegeWithoutActor', params: { collegeId: DEFAULT_COLLEGES.public_authorities, college: 'public_authorities' } },
      ]);
    });
    it('names default collèges without actors by their label once renamed, and ignores custom collèges', () => {
      const s = complete();
      s.colleges[3]!.label = 'Recherche';
      s.colleges.push({ id: id(), key: null, label: 'Bailleurs', position: 4 });
      s.participations = s.participations.slice(0, 3);
      expect(walkProgress(s, TODAY).steps.stakeholders.notes).toEqual([
        { level: 'hint', key: 'progress.hints.collegeWithoutActor', params: { collegeId: DEFAULT_COLLEGES.experts_research, college: 'Recherche' } },
      ]);
    });
    it('needs a relation of the network as it is, not only relations to create', () => {
      const s = complete();
      s.relations = s.relations.filter((r) => r.status === 'to_create');
      expect(missingOf(s, 'stakeholders')).toEqual(['noRelation']);
      s.relations[0]!.status = 'to_strengthen';
      expect(missingOf(s, 'stakeholders')).toEqual([]);
    });

    describe('supporting actors', () => {
      it('says no hypothesis has a supporting actor yet when none has', () => {
        const s = complete();
        s.hypotheses.push(mk.hypothesis({ statement: 'Des chaufferies bois' }));
        s.positions = [];
        expect(walkProgress(s, TODAY).steps.stakeholders.missing).toEqual([{ key: 'progress.missing.noHypothesisSupported' }]);
      });
      it('names the only hypothesis without support', () => {
        const s = complete();
        const h = mk.hypothesis({ statement: 'Des chaufferies bois' });
        s.hypotheses.push(h);
        expect(walkProgress(s, TODAY).steps.stakeholders.missing).toEqual([
          { key: 'progress.missing.noSupportingActor', params: { count: 1, hypothesis: 'Des chaufferies bois' } },
        ]);
      });
      it('counts them when several lack support but not all', () => {
        const s = complete();
        s.hypotheses.push(mk.hypothesis(), mk.hypothesis(), mk.hypothesis());
        expect(walkProgress(s, TODAY).steps.stakeholders.missing).toEqual([
          { key: 'progress.missing.noSupportingActor', params: { count: 3 } },
        ]);
      });
      it('counts only positions in favour (> 0), of actors of the operation', () => {
        const s = complete();
        const [h] = s.hypotheses;
        const [pa, pb] = s.participations;
        s.positions = [mk.position(pa!.id, h!.id, 0), mk.position(pb!.id, h!.id, -2), mk.position(id(), h!.id, 3)];
        expect(missingOf(s, 'stakeholders')).toEqual(['noSupportingActor']);
        s.positions.push(mk.position(pb!.id, h!.id, 1));
        expect(missingOf(s, 'stakeholders')).toEqual([]);
      });
      it('asks no support for invalidated or abandoned hypotheses', () => {
        const s = complete();
        s.hypotheses.push(mk.hypothesis({ status: 'invalidated' }), mk.hypothesis({ status: 'abandoned' }));
        expect(walkProgress(s, TODAY).steps.stakeholders.state).toBe('complete');
      });
    });
  });

  describe('meetings', () => {
    it('asks for a first meeting', () => {
      const step = walkProgress(empty(), TODAY).steps.meetings;
      expect(step).toEqual({ id: 'meetings', state: 'empty', missing: [{ key: 'progress.missing.noMeeting' }], notes: [] });
    });
    it('warns of overdue decisions without keeping the step from being complete', () => {
      const s = complete();
      const m = s.meetings[0]!;
      s.decisions = [
        mk.decision(m.id, { text: 'Lancer l’étude', dueDate: '2026-03-11' }),
        mk.decision(m.id, { text: 'Due today', dueDate: TODAY }),
        mk.decision(m.id, { text: 'Done late', dueDate: '2026-01-01', done: true }),
        mk.decision(m.id, { text: 'No due date' }),
      ];
      const step = walkProgress(s, TODAY).steps.meetings;
      expect(step.state).toBe('complete');
      expect(step.notes).toEqual([
        { level: 'warning', key: 'progress.warnings.overdueDecisions', params: { count: 1, decision: 'Lancer l’étude' } },
      ]);
      s.decisions.push(mk.decision(m.id, { dueDate: '2025-12-31' }));
      expect(walkProgress(s, `${TODAY}T23:59:00Z`).steps.meetings.notes).toEqual([
        { level: 'warning', key: 'progress.warnings.overdueDecisions', params: { count: 2 } },
      ]);
    });
    it('hints at past meetings with no attendance', () => {
      const s = complete();
      s.meetings.push(mk.meeting({ date: '2026-03-01' }), mk.meeting({ date: '2026-04-01' }));
      expect(walkProgress(s, TODAY).steps.meetings.notes).toEqual([
        { level: 'hint', key: 'progress.hints.pastMeetingsWithoutAttendance', params: { count: 1 } },
      ]);
    });
  });

  describe('recoordination (step 4)', () => {
    it('is empty with nothing of step 4, and asks for actions and indicators', () => {
      const s = complete();
      s.actions = [];
      s.indicators = [];
      s.measurements = [];
      s.relations = s.relations.filter((r) => r.status === 'existing');
      const step = walkProgress(s, TODAY).steps.recoordination;
      expect(step.state).toBe('empty');
      expect(keysOf(step.missing)).toEqual(['noAction', 'noIndicator']);
    });
    it('is in progress with only a relation to create, asking to link it to an action', () => {
      const s = empty();
      const [a, b] = [mk.actor('CD2E'), mk.actor('Lumiwatt')];
      s.actors = [a, b];
      s.relations = [mk.relation(a.id, b.id, { status: 'to_create' })];
      const step = walkProgress(s, TODAY).steps.recoordination;
      expect(step.state).toBe('in_progress');
      expect(step.missing).toEqual([
        { key: 'progress.missing.noAction' },
        { key: 'progress.missing.relationChangesWithoutAction', params: { count: 1, source: 'CD2E', target: 'Lumiwatt' } },
        { key: 'progress.missing.noIndicator' },
      ]);
    });
    it('links every relation to create, strengthen or weaken to an existing action', () => {
      const s = complete();
      const [a, b] = s.actors;
      s.relations.push(
        mk.relation(a!.id, b!.id, { status: 'to_strengthen' }),
        mk.relation(a!.id, b!.id, { status: 'to_weaken', actionId: id() }), // its action is gone
        mk.relation(a!.id, b!.id, { status: 'existing' }),
      );
      expect(walkProgress(s, TODAY).steps.recoordination.missing).toEqual([
        { key: 'progress.missing.relationChangesWithoutAction', params: { count: 2 } },
      ]);
    });
    it('needs a lead on each action still alive, and a measurement on each indicator', () => {
      const s = complete();
      s.actions.push(mk.action({ title: 'Sans porteur' }), mk.action({ title: 'Abandonnée', status: 'abandoned' }));
      s.indicators.push(mk.indicator({ name: 'kWh produits' }), mk.indicator());
      const step = walkProgress(s, TODAY).steps.recoordination;
      expect(step.state).toBe('in_progress');
      expect(step.missing).toEqual([
        { key: 'progress.missing.actionsWithoutLead', params: { count: 1, action: 'Sans porteur' } },
        { key: 'progress.missing.indicatorsWithoutMeasurement', params: { count: 2 } },
      ]);
    });
  });

  describe('conditions of success', () => {
    it('counts the conditions never assessed; an assessment counts whatever its score', () => {
      const s = empty();
      s.conditionAssessments = [mk.assessment('funding'), mk.assessment('funding'), { ...mk.assessment('territories'), score: 0 }];
      const step = walkProgress(s, TODAY).steps.conditions;
      expect(step.state).toBe('in_progress');
      expect(step.missing).toEqual([{ key: 'progress.missing.conditionsNotAssessed', params: { count: 5 } }]);
    });
  });

  it('keeps at most five items per step, most important first', () => {
    const s = empty({ territory: 'x' });
    s.operation.title = '';
    s.facts = [mk.fact({ source: '' })];
    const p = walkProgress(s, TODAY);
    expect(keysOf(p.steps.card.missing)).toEqual(['title', 'lead', 'missionLetter', 'pillars']);
    expect(keysOf(p.steps.issue.missing)).toEqual(['issueStatement', 'issueKind', 'issueWhyCollective', 'commons', 'issueScale']);
  });

  it('quotes names on one line, cut with an ellipsis', () => {
    expect(quote('  Une\nhypothèse  ')).toBe('Une hypothèse');
    expect(quote('abcdefghij', 5)).toBe('abcd…');
    expect([...quote('é'.repeat(100))].length).toBe(60);
  });
});

// ---------------------------------------------------------------------------------------------
// Every item returned can be worded in both languages.

type Tree = { [k: string]: string | Tree };
function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

const catalogues = { fr: fr as Tree, en: en as Tree };
const i18n = i18next.createInstance();
void i18n.init({
  resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
  lng: 'fr',
  interpolation: { escapeValue: false },
  initAsync: false,
});

function checkWorded(p: WalkProgress) {
  for (const step of stepOrder) {
    const { missing, notes, state } = p.steps[step];
    expect(missing.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(notes.length).toBeLessThanOrEqual(MAX_ITEMS);
    if (state === 'complete') expect(missing).toEqual([]);
    if (state === 'in_progress') expect(missing.length).toBeGreaterThan(0);
    for (const item of [...missing, ...notes]) {
      const count = item.params?.count;
      if (count !== undefined) expect(count, item.key).toBeGreaterThan(0);
      const forms = count === undefined ? [item.key] : [`${item.key}_one`, `${item.key}_other`];
      for (const [lang, tree] of Object.entries(catalogues)) {
        for (const form of forms) expect(lookup(tree, form), `${lang}: ${form}`).toBeTypeOf('string');
        // The form used for this count gets every value it interpolates.
        const used = count === undefined ? item.key : count === 1 ? `${item.key}_one` : `${item.key}_other`;
        for (const [, name] of lookup(tree, used)!.matchAll(/\{\{(\w+)\}\}/g)) expect(item.params, `${lang}: ${used}`).toHaveProperty(name!);
        const text = i18n.t(item.key, { ...item.params, lng: lang });
        expect(text, `${lang}: ${item.key}`).not.toMatch(/\{\{|progress\./);
      }
    }
  }
}

describe('progress catalogues', () => {
  it('have the same keys in French and English, none empty, with French apostrophes', () => {
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues.fr).sort());
    for (const k of keys(catalogues.fr)) {
      expect(lookup(catalogues.fr, k), k).not.toBe('');
      expect(lookup(catalogues.fr, k), k).not.toMatch(/'/);
    }
    expect(Object.keys(fr)).toEqual(['progress']);
  });

  it('word every step and state', () => {
    for (const tree of Object.values(catalogues)) {
      for (const step of stepOrder) expect(lookup(tree, `progress.steps.${step}`)).toBeTypeOf('string');
      for (const state of ['empty', 'in_progress', 'complete']) expect(lookup(tree, `progress.states.${state}`)).toBeTypeOf('string');
    }
    expect(i18n.t('progress.missing.noSupportingActor', { count: 3 })).toBe('3 hypothèses n’ont encore aucun acteur favorable');
    expect(i18n.t('progress.missing.noSupportingActor', { count: 1, hypothesis: 'H', lng: 'en' })).toBe(
      'The hypothesis “H” has no supporting actor yet',
    );
  });

  it('word every item of the hand-built cases', () => {
    const cases: S[] = [empty(), complete()];
    const s = complete();
    s.operation.title = '';
    s.facts = [mk.fact({ source: '' })];
    s.hypotheses.push(mk.hypothesis({ rationale: '' }), mk.hypothesis({ rationale: '', status: 'draft' }));
    s.participations.push(mk.participation(id(), { collegeId: null, influence: null, interest: null }));
    s.participations = s.participations.slice(1);
    s.relations.push(mk.relation(id(), id(), { status: 'to_weaken' }));
    s.actions.push(mk.action());
    s.indicators.push(mk.indicator());
    s.decisions.push(mk.decision(s.meetings[0]!.id, { dueDate: '2020-01-01' }));
    s.meetings.push(mk.meeting());
    s.conditionAssessments = s.conditionAssessments.slice(2);
    cases.push(s);
    for (const c of cases) checkWorded(walkProgress(c, TODAY));
  });

  it('word every item of any snapshot (property)', () => {
    const bits = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });
    const small = fc.array(fc.nat(3), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(bits, small, (b, n) => {
        const s = b[0] ? complete() : empty();
        let i = 1;
        const flip = () => b[i++ % b.length]!;
        if (flip()) s.operation.territory = '';
        if (flip()) s.operation.missionLetter = 'lettre';
        if (flip()) s.operation.pillars = [];
        if (flip()) s.operation.issueKind = null;
        if (flip()) s.operation.commons = '';
        if (flip()) s.operation.issueStatement = 'enjeu';
        for (let k = 0; k < n[0]!; k++) s.facts.push(mk.fact({ source: flip() ? '' : 'source' }));
        for (let k = 0; k < n[1]!; k++) s.hypotheses.push(mk.hypothesis({ rationale: flip() ? '' : 'r', status: flip() ? 'draft' : 'abandoned' }));
        for (let k = 0; k < n[2]!; k++) {
          const a = mk.actor(`A${k}`);
          s.actors.push(a);
          s.participations.push(mk.participation(a.id, { collegeId: flip() ? null : DEFAULT_COLLEGES.civil_society, influence: flip() ? null : 2, interest: flip() ? null : 4 }));
        }
        for (let k = 0; k < n[3]!; k++) {
          const [x, y] = [s.actors[0]?.id ?? id(), s.actors[1]?.id ?? id()];
          s.relations.push(mk.relation(x, y, { status: flip() ? 'to_create' : flip() ? 'to_weaken' : 'existing' }));
        }
        for (let k = 0; k < n[4]!; k++) {
          const m = mk.meeting({ date: flip() ? '2025-01-01' : '2027-01-01' });
          s.meetings.push(m);
          s.decisions.push(mk.decision(m.id, { dueDate: flip() ? '2025-06-01' : null }));
        }
        for (let k = 0; k < n[5]!; k++) s.actions.push(mk.action({ leadActorId: flip() ? null : id() }));
        for (let k = 0; k < n[6]!; k++) s.indicators.push(mk.indicator());
        if (flip()) s.measurements = [];
        if (flip()) s.positions = [];
        s.conditionAssessments = s.conditionAssessments.slice(n[7]!);
        if (flip()) s.participations = [];
        checkWorded(walkProgress(s, TODAY));
      }),
      { numRuns: 200 },
    );
  });
});

describe('map step', () => {
  it('is empty until an actor is placed, in progress while some are not, complete when all are', () => {
    const s = complete();
    const state = () => walkProgress(s, TODAY).steps.map;
    expect(state().state).toBe('complete');
    s.participations = s.participations.map((p, i) => (i === 0 ? { ...p, mapX: null, mapY: null } : p));
    expect(state()).toMatchObject({ state: 'in_progress', missing: [{ key: 'progress.missing.actorsNotOnMap', params: { count: 1, actor: 'CD2E' } }] });
    s.participations = s.participations.map((p) => ({ ...p, mapX: null, mapY: null }));
    expect(state().state).toBe('empty');
    expect(state().missing[0]?.params).toEqual({ count: 4 });
    s.participations = [];
    expect(state()).toMatchObject({ state: 'empty', missing: [{ key: 'progress.missing.noStakeholder' }] });
  });
});

describe('analysis step', () => {
  it('is empty until the MID has a value or a salience attribute is set, complete with a MID and every actor on the grid', () => {
    const s = complete();
    const state = () => walkProgress(s, TODAY).steps.analysis;
    expect(state()).toEqual({ id: 'analysis', state: 'complete', missing: [], notes: [] });
    s.participations = s.participations.map((p, i) => (i === 1 ? { ...p, interest: null } : p));
    expect(state()).toMatchObject({ state: 'in_progress', missing: [{ key: 'progress.missing.stakeholdersNotOnGrid', params: { count: 1, actor: 'Région' } }] });
    s.influences = [];
    expect(state()).toMatchObject({ state: 'empty', missing: [{ key: 'progress.missing.noMid' }, { key: 'progress.missing.stakeholdersNotOnGrid' }] });
    s.participations = s.participations.map((p, i) => (i === 0 ? { ...p, urgency: 4 } : p));
    expect(state().state).toBe('in_progress');
    s.participations = [];
    expect(state()).toMatchObject({ state: 'empty', missing: [{ key: 'progress.missing.noStakeholder' }, { key: 'progress.missing.noMid' }] });
  });
});
