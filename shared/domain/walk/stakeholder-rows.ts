import { z } from 'zod';
import { IdSchema } from '../ids';
import { Participation } from './entities';
import { line, name } from './fields';

/**
 * Stakeholders entered as table rows (typed, or pasted from a spreadsheet): an actor by name (matched
 * to an existing actor ignoring case, accents and punctuation) and its participation's fields.
 */
const p = Participation.fields.shape;
export const StakeholderRow = z
  .object({
    name,
    acronym: line.default(''),
    role: p.role,
    collegeId: p.collegeId,
    influence: p.influence,
    interest: p.interest,
    stance: p.stance,
    engagement: p.engagement,
  })
  .strict();
export type StakeholderRow = z.infer<typeof StakeholderRow>;

export const StakeholderRowsInput = z.object({ operationId: IdSchema, rows: z.array(StakeholderRow).min(1).max(5000) }).strict();

export const StakeholderRowsResult = z.object({
  /** One participation id per row, in the rows' order. */
  participationIds: z.array(IdSchema),
  createdActors: z.number().int(),
  matchedActors: z.number().int(),
  /** Rows whose actor already took part in the operation: their participation was updated. */
  alreadyParticipating: z.number().int(),
});
