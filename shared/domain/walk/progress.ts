import { Condition } from './enums';
import type { WalkSnapshot } from './snapshot';

/**
 * How far an operation has gone through the TESR method (METHOD.md, "one walk per operation"):
 * for each step of the stepper, its state and what is still missing, as i18n keys the UI words
 * (renderer/locales/<lang>/progress.json). Pure: `today` is passed in for the overdue check.
 *
 * Rules, per step (a "missing" item keeps the step from being complete; a note never does):
 * - card: title, territory, project lead, mission letter, ≥ 1 pillar. The title is required at
 *   creation, so the card is `empty` while nothing beyond it is filled in.
 * - issue (step 1): kind, statement, why it needs a collective resolution, scale, commons, ≥ 1 fact,
 *   and every fact has a source (METHOD.md records facts with their source). One fact is enough to
 *   be complete; below RECOMMENDED_FACTS a hint asks for more (one figure rarely deconstructs the
 *   old model, but a hard threshold of three would be arbitrary).
 * - hypotheses (step 2): ≥ 1 hypothesis, each with a rationale, at least one past the draft stage.
 * - stakeholders (step 3): ≥ 1 participation; each with a collège, an influence and an interest;
 *   ≥ 1 relation of the network as it is (status other than `to_create`, which belongs to step 4);
 *   each live hypothesis (draft, under test, validated) has at least one supporting actor
 *   (a position > 0). Hint: the default collèges that have no actor yet.
 * - meetings: ≥ 1 meeting. Warning: decisions past their due date and not done. Hint: past
 *   meetings with no attendance recorded.
 * - recoordination (step 4): ≥ 1 action; each action not abandoned has a lead; each relation to
 *   create, strengthen or weaken is linked to an action; ≥ 1 indicator; each indicator has
 *   ≥ 1 measurement.
 * - conditions: each of the seven conditions of success assessed at least once.
 * - map: ≥ 1 participation and every one placed on the map (a saved position). Started as soon as
 *   one actor has been placed.
 * - analysis: ≥ 1 participation, a MACTOR matrix of direct influences (MID) with at least one value,
 *   and every participation with an influence and an interest (the power–interest grid needs both).
 *   Started as soon as the MID has a value or an actor has a legitimacy or an urgency.
 */

export const stepOrder = ['card', 'issue', 'hypotheses', 'stakeholders', 'recoordination', 'meetings', 'conditions', 'map', 'analysis'] as const;
export type StepId = (typeof stepOrder)[number];

export type StepState = 'empty' | 'in_progress' | 'complete';

/** One thing to say about a step: an i18n key (`progress.missing.*`, `progress.warnings.*`, `progress.hints.*`) and its values. */
export interface ProgressItem {
  key: string;
  /** Interpolation values. With `count`, the UI's `t()` picks `${key}_one` or `${key}_other`. */
  params?: Record<string, string | number>;
}

/** Something that does not keep the step from being complete: a warning (act on it) or a hint (advice). */
export interface ProgressNote extends ProgressItem {
  level: 'warning' | 'hint';
}

export interface StepProgress {
  id: StepId;
  state: StepState;
  /** What keeps the step from being complete, most important first, at most MAX_ITEMS. */
  missing: ProgressItem[];
  /** Warnings first, then hints, at most MAX_ITEMS; never affect `state`. */
  notes: ProgressNote[];
}

export interface WalkProgress {
  /** Keyed by step; iterate with `stepOrder`. */
  steps: Record<StepId, StepProgress>;
  /** The first step, in `stepOrder`, that is not complete; null when all are. */
  nextStep: StepId | null;
  completeCount: number;
}

/** At most this many missing items (and this many notes) per step. */
export const MAX_ITEMS = 5;
/** Facts and analyses advised for step 1 (a hint below it, not a requirement). */
export const RECOMMENDED_FACTS = 3;
/** Names and statements quoted in a message are cut to this many characters. */
export const QUOTE_LENGTH = 60;

const LIVE_HYPOTHESIS = new Set(['draft', 'under_test', 'validated']);

const missingKey = (k: string) => `progress.missing.${k}`;

/** A name or statement quoted in a message: on one line, cut at QUOTE_LENGTH characters with an ellipsis. */
export function quote(text: string, max = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;

/**
 * An item about rows lacking something: with one row, the row is named (`params[nameParam]`) so the
 * `_one` message can quote it; with more, only the count.
 */
function rowsItem(key: string, rows: string[], nameParam: string): ProgressItem[] {
  if (rows.length === 0) return [];
  const params: Record<string, string | number> = { count: rows.length };
  if (rows.length === 1) params[nameParam] = quote(rows[0] ?? '');
  return [{ key, params }];
}

function step(id: StepId, entered: boolean, missing: ProgressItem[], notes: ProgressNote[] = []): StepProgress {
  const state: StepState = !entered ? 'empty' : missing.length === 0 ? 'complete' : 'in_progress';
  return { id, state, missing: missing.slice(0, MAX_ITEMS), notes: notes.slice(0, MAX_ITEMS) };
}

function cardStep(s: WalkSnapshot): StepProgress {
  const op = s.operation;
  const missing: ProgressItem[] = [];
  if (!filled(op.title)) missing.push({ key: missingKey('title') });
  if (!filled(op.territory)) missing.push({ key: missingKey('territory') });
  if (!filled(op.lead)) missing.push({ key: missingKey('lead') });
  if (!filled(op.missionLetter)) missing.push({ key: missingKey('missionLetter') });
  if (op.pillars.length === 0) missing.push({ key: missingKey('pillars') });
  const entered = filled(op.territory) || filled(op.lead) || filled(op.missionLetter) || op.pillars.length > 0;
  return step('card', entered, missing);
}

function issueStep(s: WalkSnapshot): StepProgress {
  const op = s.operation;
  const missing: ProgressItem[] = [];
  if (!filled(op.issueStatement)) missing.push({ key: missingKey('issueStatement') });
  if (op.issueKind === null) missing.push({ key: missingKey('issueKind') });
  if (!filled(op.issueWhyCollective)) missing.push({ key: missingKey('issueWhyCollective') });
  if (!filled(op.commons)) missing.push({ key: missingKey('commons') });
  if (op.issueScale === null) missing.push({ key: missingKey('issueScale') });
  if (s.facts.length === 0) missing.push({ key: missingKey('noFact') });
  const unsourced = s.facts.filter((f) => !filled(f.source)).map((f) => f.statement);
  missing.push(...rowsItem(missingKey('factsWithoutSource'), unsourced, 'fact'));

  const notes: ProgressNote[] = [];
  if (s.facts.length > 0 && s.facts.length < RECOMMENDED_FACTS) {
    notes.push({ level: 'hint', key: 'progress.hints.fewFacts', params: { count: s.facts.length, recommended: RECOMMENDED_FACTS } });
  }
  const entered =
    op.issueKind !== null ||
    op.issueScale !== null ||
    filled(op.issueStatement) ||
    filled(op.issueWhyCollective) ||
    filled(op.commons) ||
    s.facts.length > 0;
  return step('issue', entered, missing, notes);
}

function hypothesesStep(s: WalkSnapshot): StepProgress {
  const missing: ProgressItem[] = [];
  if (s.hypotheses.length === 0) {
    missing.push({ key: missingKey('noHypothesis') });
  } else {
    const noRationale = s.hypotheses.filter((h) => !filled(h.rationale)).map((h) => h.statement);
    missing.push(...rowsItem(missingKey('hypothesesWithoutRationale'), noRationale, 'hypothesis'));
    if (s.hypotheses.every((h) => h.status === 'draft')) missing.push({ key: missingKey('allHypothesesDraft') });
  }
  return step('hypotheses', s.hypotheses.length > 0, missing);
}

function stakeholdersStep(s: WalkSnapshot): StepProgress {
  const missing: ProgressItem[] = [];
  const notes: ProgressNote[] = [];
  const parts = s.participations;
  const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
  const nameOf = (p: (typeof parts)[number]) => actorName.get(p.actorId) ?? '?';

  if (parts.length === 0) {
    missing.push({ key: missingKey('noStakeholder') });
  } else {
    const lacking = (key: string, lacks: (p: (typeof parts)[number]) => boolean) =>
      rowsItem(missingKey(key), parts.filter(lacks).map(nameOf), 'actor');
    missing.push(
      ...lacking('stakeholdersWithoutCollege', (p) => p.collegeId === null),
      ...lacking('stakeholdersWithoutInfluence', (p) => p.influence === null),
      ...lacking('stakeholdersWithoutInterest', (p) => p.interest === null),
    );
  }
  if (!s.relations.some((r) => r.status !== 'to_create')) missing.push({ key: missingKey('noRelation') });

  // Each live hypothesis needs at least one actor of the operation in favour of it.
  const participationIds = new Set(parts.map((p) => p.id));
  const supported = new Set(
    s.positions.filter((p) => p.value > 0 && participationIds.has(p.participationId)).map((p) => p.hypothesisId),
  );
  const live = s.hypotheses.filter((h) => LIVE_HYPOTHESIS.has(h.status));
  const unsupported = live.filter((h) => !supported.has(h.id)).map((h) => h.statement);
  if (unsupported.length > 1 && unsupported.length === live.length) {
    missing.push({ key: missingKey('noHypothesisSupported') });
  } else {
    missing.push(...rowsItem(missingKey('noSupportingActor'), unsupported, 'hypothesis'));
  }

  if (parts.length > 0) {
    const used = new Set(parts.map((p) => p.collegeId));
    for (const c of s.colleges) {
      if (c.key !== null && !used.has(c.id)) {
        // `college` is the user's label, or the default's key: the UI passes its own localized name.
        const college = filled(c.label) ? c.label : c.key;
        notes.push({ level: 'hint', key: 'progress.hints.collegeWithoutActor', params: { collegeId: c.id, college } });
      }
    }
  }
  const entered = parts.length > 0 || s.relations.length > 0 || s.positions.length > 0;
  return step('stakeholders', entered, missing, notes);
}

function meetingsStep(s: WalkSnapshot, today: string): StepProgress {
  const day = today.slice(0, 10);
  const missing: ProgressItem[] = s.meetings.length === 0 ? [{ key: missingKey('noMeeting') }] : [];
  const overdue = s.decisions.filter((d) => !d.done && d.dueDate !== null && d.dueDate < day).map((d) => d.text);
  const pastWithoutAttendance = s.meetings.filter((m) => m.date < day && m.attendeeIds.length === 0).length;
  const notes: ProgressNote[] = [
    ...rowsItem('progress.warnings.overdueDecisions', overdue, 'decision').map((i) => ({ ...i, level: 'warning' as const })),
  ];
  if (pastWithoutAttendance > 0) {
    notes.push({ level: 'hint', key: 'progress.hints.pastMeetingsWithoutAttendance', params: { count: pastWithoutAttendance } });
  }
  return step('meetings', s.meetings.length > 0 || s.decisions.length > 0, missing, notes);
}

function recoordinationStep(s: WalkSnapshot): StepProgress {
  const missing: ProgressItem[] = [];
  if (s.actions.length === 0) missing.push({ key: missingKey('noAction') });
  const withoutLead = s.actions.filter((a) => a.status !== 'abandoned' && a.leadActorId === null).map((a) => a.title);
  missing.push(...rowsItem(missingKey('actionsWithoutLead'), withoutLead, 'action'));

  const actionIds = new Set(s.actions.map((a) => a.id));
  const changes = s.relations.filter((r) => r.status !== 'existing');
  const unlinked = changes.filter((r) => r.actionId === null || !actionIds.has(r.actionId));
  if (unlinked.length > 0) {
    const params: Record<string, string | number> = { count: unlinked.length };
    const only = unlinked.length === 1 ? unlinked[0] : undefined;
    if (only) {
      const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
      params.source = quote(actorName.get(only.sourceActorId) ?? '?');
      params.target = quote(actorName.get(only.targetActorId) ?? '?');
    }
    missing.push({ key: missingKey('relationChangesWithoutAction'), params });
  }

  if (s.indicators.length === 0) missing.push({ key: missingKey('noIndicator') });
  const measured = new Set(s.measurements.map((m) => m.indicatorId));
  const unmeasured = s.indicators.filter((i) => !measured.has(i.id)).map((i) => i.name);
  missing.push(...rowsItem(missingKey('indicatorsWithoutMeasurement'), unmeasured, 'indicator'));

  const entered = s.actions.length > 0 || s.indicators.length > 0 || s.fundingLines.length > 0 || changes.length > 0;
  return step('recoordination', entered, missing);
}

function conditionsStep(s: WalkSnapshot): StepProgress {
  const assessed = new Set(s.conditionAssessments.map((a) => a.condition));
  const left = Condition.options.filter((c) => !assessed.has(c)).length;
  const missing: ProgressItem[] = left > 0 ? [{ key: missingKey('conditionsNotAssessed'), params: { count: left } }] : [];
  return step('conditions', s.conditionAssessments.length > 0, missing);
}

function mapStep(s: WalkSnapshot): StepProgress {
  const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
  const isPlaced = (p: WalkSnapshot['participations'][number]) => typeof p.mapX === 'number' && typeof p.mapY === 'number';
  const missing: ProgressItem[] = [];
  if (s.participations.length === 0) missing.push({ key: missingKey('noStakeholder') });
  const unplaced = s.participations.filter((p) => !isPlaced(p)).map((p) => actorName.get(p.actorId) ?? '?');
  missing.push(...rowsItem(missingKey('actorsNotOnMap'), unplaced, 'actor'));
  return step('map', s.participations.some(isPlaced), missing);
}

function analysisStep(s: WalkSnapshot): StepProgress {
  const actorName = new Map(s.actors.map((a) => [a.id, a.name]));
  const parts = s.participations;
  const missing: ProgressItem[] = [];
  if (parts.length === 0) missing.push({ key: missingKey('noStakeholder') });
  const stakeholderIds = new Set(parts.map((p) => p.actorId));
  const midValues = s.influences.filter((i) => i.value > 0 && stakeholderIds.has(i.sourceActorId) && stakeholderIds.has(i.targetActorId));
  if (midValues.length === 0) missing.push({ key: missingKey('noMid') });
  const unrated = parts.filter((p) => p.influence === null || p.interest === null).map((p) => actorName.get(p.actorId) ?? '?');
  missing.push(...rowsItem(missingKey('stakeholdersNotOnGrid'), unrated, 'actor'));
  const entered = midValues.length > 0 || parts.some((p) => p.legitimacy !== null || p.urgency !== null);
  return step('analysis', entered, missing);
}

/** Each step's state and what it still lacks; `today` is an ISO date (`YYYY-MM-DD`, a longer ISO timestamp is cut). */
export function walkProgress(snapshot: WalkSnapshot, today: string): WalkProgress {
  const steps: Record<StepId, StepProgress> = {
    card: cardStep(snapshot),
    issue: issueStep(snapshot),
    hypotheses: hypothesesStep(snapshot),
    stakeholders: stakeholdersStep(snapshot),
    meetings: meetingsStep(snapshot, today),
    recoordination: recoordinationStep(snapshot),
    conditions: conditionsStep(snapshot),
    map: mapStep(snapshot),
    analysis: analysisStep(snapshot),
  };
  const nextStep = stepOrder.find((id) => steps[id].state !== 'complete') ?? null;
  const completeCount = stepOrder.filter((id) => steps[id].state === 'complete').length;
  return { steps, nextStep, completeCount };
}
