import { z } from 'zod';
import { IdSchema } from './ids';
import { lineText, requiredLine } from './text';
import { IssueKind, Pillar, Scale } from './walk/enums';
import { longText } from './walk/fields';

/** A development operation (Opération de développement, OD): the object the TESR method walks. */
export const OperationSchema = z.object({
  id: IdSchema,
  title: z.string(),
  territory: z.string(),
  lead: z.string(),
  archived: z.boolean(),
  missionLetter: z.string(),
  pillars: z.array(Pillar),
  commons: z.string(),
  issueKind: IssueKind.nullable(),
  issueStatement: z.string(),
  issueWhyCollective: z.string(),
  issueScale: Scale.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Operation = z.infer<typeof OperationSchema>;

const fields = { title: requiredLine(200), territory: lineText(200), lead: lineText(200) };

/** The rest of the operation's card and its salient issue (step 1), edited field by field. */
const walkFields = {
  missionLetter: longText(),
  pillars: z.array(Pillar).max(8).transform((p) => [...new Set(p)]),
  commons: longText(4000),
  issueKind: IssueKind.nullable(),
  issueStatement: longText(4000),
  issueWhyCollective: longText(4000),
  issueScale: Scale.nullable(),
};

export const OperationFieldsSchema = z.object({
  title: fields.title,
  territory: fields.territory.default(''),
  lead: fields.lead.default(''),
});

/** Only the fields given change: no defaults here, or a rename would blank the other fields. */
export const OperationPatchSchema = z
  .object({ ...fields, ...walkFields })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'empty patch' });
