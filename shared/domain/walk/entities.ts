import { z } from 'zod';
import { IdSchema } from '../ids';
import {
  ActionStatus,
  Condition,
  Confidence,
  Direction,
  Engagement,
  FundingSource,
  HypothesisStatus,
  MeetingKind,
  RelationStatus,
} from './enums';
import { amount, isoDate, line, longText, name, nullableScore, number, optionalId, score, statement } from './fields';

/** A patch must change only what it names: defaults would silently reset the other fields. */
function withoutDefaults<F extends z.ZodRawShape>(shape: F): F {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v]),
  ) as F;
}

/**
 * Each entity of the walk as three schemas: `fields` (what a user sets; the create input),
 * `record` (fields plus what the backend adds) and `patch` (any non-empty subset of the fields
 * a user may change; owners such as `operationId` never change).
 */
function entity<F extends z.ZodRawShape, O extends z.ZodRawShape, E extends z.ZodRawShape>(owners: O, fields: F, extra: E) {
  const fieldsSchema = z.object({ ...owners, ...fields }).strict();
  return {
    fields: fieldsSchema,
    record: z.object({ id: IdSchema, ...owners, ...fields, ...extra }),
    patch: z
      .object(withoutDefaults(fields))
      .partial()
      .strict()
      .refine((p) => Object.keys(p).length > 0, { message: 'empty patch' }),
  };
}

const inOperation = { operationId: IdSchema };
const ordered = { position: z.number() };
const illustrative = { illustrative: z.boolean().default(false) };
/** A map coordinate, in the map's own units (React Flow's flow coordinates). */
export const mapCoordinate = z.number().finite().min(-1e7).max(1e7);

export const Fact = entity(
  inOperation,
  {
    statement,
    figure: number.nullable().default(null),
    unit: line.default(''),
    year: z.number().int().min(1000).max(2200).nullable().default(null),
    source: line.default(''),
    ...illustrative,
  },
  ordered,
);

export const Hypothesis = entity(
  inOperation,
  {
    statement,
    rationale: longText().default(''),
    policies: longText().default(''),
    status: HypothesisStatus.default('draft'),
    ...illustrative,
  },
  ordered,
);

export const HypothesisStatusChange = z.object({
  id: IdSchema,
  operationId: IdSchema,
  hypothesisId: IdSchema,
  status: HypothesisStatus,
  at: z.string(),
});

/** Collèges and relation kinds: default ones have a `key` (worded by i18n), custom ones a label. */
export const ListItem = entity({}, { label: line.default('') }, { key: z.string().nullable(), position: z.number() });

export const Actor = entity(
  {},
  {
    name,
    acronym: line.default(''),
    description: longText().default(''),
    contact: longText(2000).default(''),
    contactPrivate: z.boolean().default(true),
    notes: longText().default(''),
    notesPrivate: z.boolean().default(true),
    ...illustrative,
  },
  { createdAt: z.string() },
);

export const Participation = entity(
  { ...inOperation, actorId: IdSchema },
  {
    role: line.default(''),
    collegeId: optionalId.default(null),
    // Each score may say where it comes from and how sure the team is of it.
    influence: nullableScore(1, 5).default(null),
    influenceSource: line.default(''),
    influenceConfidence: Confidence.nullable().default(null),
    interest: nullableScore(1, 5).default(null),
    interestSource: line.default(''),
    interestConfidence: Confidence.nullable().default(null),
    stance: nullableScore(-2, 2).default(null),
    stanceSource: line.default(''),
    stanceConfidence: Confidence.nullable().default(null),
    // Salience attributes (Mitchell, Agle & Wood), 1–5 like influence; null until assessed.
    legitimacy: nullableScore(1, 5).default(null),
    urgency: nullableScore(1, 5).default(null),
    engagement: Engagement.default('not_contacted'),
    notes: longText().default(''),
    notesPrivate: z.boolean().default(true),
    // Where the actor's node sits on the operation's map; null until placed (drag or kept layout).
    mapX: mapCoordinate.nullable().optional(),
    mapY: mapCoordinate.nullable().optional(),
    ...illustrative,
  },
  ordered,
);

/** MACTOR's direct influence of one actor on another within an operation: 1 procedures … 4 existence (0 = no row). */
export const Influence = entity(
  { ...inOperation, sourceActorId: IdSchema, targetActorId: IdSchema },
  { value: score(0, 4) },
  {},
);

/** An actor's position on one hypothesis, −3 (strongly against) … +3 (strongly for). */
export const Position = entity(
  { ...inOperation, participationId: IdSchema, hypothesisId: IdSchema },
  { value: score(-3, 3), source: line.default(''), confidence: Confidence.nullable().default(null) },
  {},
);

export const Action = entity(
  inOperation,
  {
    title: name,
    description: longText().default(''),
    leadActorId: optionalId.default(null),
    partnerIds: z.array(IdSchema).max(500).default([]),
    hypothesisIds: z.array(IdSchema).max(500).default([]),
    status: ActionStatus.default('planned'),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    budget: amount.default(null),
    ...illustrative,
  },
  ordered,
);

export const FundingLine = entity(
  { ...inOperation, actionId: IdSchema },
  { source: FundingSource, amount: amount.default(null), note: line.default('') },
  {},
);

export const Relation = entity(
  { ...inOperation, sourceActorId: IdSchema, targetActorId: IdSchema },
  {
    kindId: optionalId.default(null),
    direction: Direction.default('forward'),
    strength: score(1, 3).default(2),
    status: RelationStatus.default('existing'),
    actionId: optionalId.default(null),
    note: longText(2000).default(''),
    ...illustrative,
  },
  {},
);

export const Meeting = entity(
  inOperation,
  {
    date: isoDate,
    kind: MeetingKind,
    place: line.default(''),
    notes: longText().default(''),
    attendeeIds: z.array(IdSchema).max(5000).default([]),
    ...illustrative,
  },
  {},
);

export const Decision = entity(
  { ...inOperation, meetingId: IdSchema },
  { text: statement, owner: line.default(''), dueDate: isoDate.nullable().default(null), done: z.boolean().default(false) },
  {},
);

export const Indicator = entity(
  inOperation,
  {
    name,
    unit: line.default(''),
    baseline: number.nullable().default(null),
    target: number.nullable().default(null),
    actionIds: z.array(IdSchema).max(500).default([]),
    ...illustrative,
  },
  ordered,
);

export const Measurement = entity(
  { ...inOperation, indicatorId: IdSchema },
  { date: isoDate, value: number, note: line.default('') },
  {},
);

export const ConditionAssessment = entity(
  inOperation,
  { condition: Condition, score: score(0, 3), note: longText(2000).default(''), date: isoDate },
  {},
);
