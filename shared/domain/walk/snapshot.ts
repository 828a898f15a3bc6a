import { z } from 'zod';
import { OperationSchema } from '../operation';
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
  Influence,
  ListItem,
  Measurement,
  Meeting,
  Participation,
  Position,
  Relation,
} from './entities';

/** Everything one operation's walk shows, loaded in one call; the workspace's actors come with it. */
export const WalkSnapshotSchema = z.object({
  operation: OperationSchema,
  facts: z.array(Fact.record),
  hypotheses: z.array(Hypothesis.record),
  hypothesisStatusChanges: z.array(HypothesisStatusChange),
  participations: z.array(Participation.record),
  positions: z.array(Position.record),
  relations: z.array(Relation.record),
  meetings: z.array(Meeting.record),
  decisions: z.array(Decision.record),
  actions: z.array(Action.record),
  fundingLines: z.array(FundingLine.record),
  indicators: z.array(Indicator.record),
  measurements: z.array(Measurement.record),
  conditionAssessments: z.array(ConditionAssessment.record),
  influences: z.array(Influence.record),
  actors: z.array(Actor.record),
  colleges: z.array(ListItem.record),
  relationKinds: z.array(ListItem.record),
});
export type WalkSnapshot = z.infer<typeof WalkSnapshotSchema>;
