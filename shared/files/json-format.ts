import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { lineText, requiredLine } from '../domain/text';
import {
  Action,
  Actor,
  ConditionAssessment,
  Decision,
  Fact,
  FundingLine,
  Hypothesis,
  HypothesisStatusChange,
  Indicator,
  ListItem,
  Measurement,
  Meeting,
  Participation,
  Position,
  Relation,
} from '../domain/walk/entities';
import { HypothesisStatus, IssueKind, Pillar, Scale } from '../domain/walk/enums';
import { longText } from '../domain/walk/fields';

/**
 * The JSON full export, version 1 (docs/file-formats.md): everything in a workspace, as the API's
 * records. Records of an operation sit under it, so their `operationId` is implied and ignored on
 * import; every other id is checked to point at a record of the same file.
 */
export const TESR_JSON_FORMAT = 'tesr-studio';
export const TESR_JSON_VERSION = 1;

/** No list of a file may be longer: a hand-edited file with millions of rows is refused early. */
export const MAX_JSON_LIST = 200_000;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_JSON_LIST).default([]);
const timestamp = z.string().max(40);

/** Records without their owner: the file's nesting says which operation they belong to. */
const owner = { operationId: true } as const;

export const OperationFileSchema = z.object({
  id: IdSchema,
  title: requiredLine(200),
  territory: lineText(200).default(''),
  lead: lineText(200).default(''),
  archived: z.boolean().default(false),
  missionLetter: longText().default(''),
  pillars: z.array(Pillar).max(8).default([]).transform((p) => [...new Set(p)]),
  commons: longText(4000).default(''),
  issueKind: IssueKind.nullable().default(null),
  issueStatement: longText(4000).default(''),
  issueWhyCollective: longText(4000).default(''),
  issueScale: Scale.nullable().default(null),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});

const StatusChangeFile = HypothesisStatusChange.omit(owner).extend({ status: HypothesisStatus, at: timestamp });

export const OperationBundleSchema = z.object({
  operation: OperationFileSchema,
  facts: list(Fact.record.omit(owner)),
  hypotheses: list(Hypothesis.record.omit(owner)),
  hypothesisStatusChanges: list(StatusChangeFile),
  participations: list(Participation.record.omit(owner)),
  positions: list(Position.record.omit(owner)),
  relations: list(Relation.record.omit(owner)),
  meetings: list(Meeting.record.omit(owner)),
  decisions: list(Decision.record.omit(owner)),
  actions: list(Action.record.omit(owner)),
  fundingLines: list(FundingLine.record.omit(owner)),
  indicators: list(Indicator.record.omit(owner)),
  measurements: list(Measurement.record.omit(owner)),
  conditionAssessments: list(ConditionAssessment.record.omit(owner)),
});

const ListItemFile = ListItem.record.extend({ key: z.string().max(100).nullable().default(null), position: z.number().finite() });
const ActorFile = Actor.record.extend({ createdAt: timestamp.optional() });

export const WorkspaceFileSchema = z.object({
  format: z.literal(TESR_JSON_FORMAT),
  version: z.literal(TESR_JSON_VERSION),
  exportedAt: timestamp.optional(),
  /** Whether private contact details and notes are in the file (the user ticked "include private"). */
  includesPrivate: z.boolean().default(false),
  colleges: list(ListItemFile),
  relationKinds: list(ListItemFile),
  actors: list(ActorFile),
  operations: z.array(OperationBundleSchema).max(10_000).default([]),
});

export type WorkspaceFile = z.output<typeof WorkspaceFileSchema>;
export type OperationBundle = z.output<typeof OperationBundleSchema>;
export type WorkspaceFileInput = z.input<typeof WorkspaceFileSchema>;

/** The operation-scoped lists of a bundle, in the order an import writes them (parents first). */
export const bundleLists = [
  'facts',
  'hypotheses',
  'hypothesisStatusChanges',
  'participations',
  'positions',
  'actions',
  'fundingLines',
  'relations',
  'meetings',
  'decisions',
  'indicators',
  'measurements',
  'conditionAssessments',
] as const satisfies readonly (keyof OperationBundle)[];
