import { z } from 'zod';
import { IdSchema } from './ids';
import { lineText, requiredLine } from './text';

/** A development operation (Opération de développement, OD): the object the TESR method walks. */
export const OperationSchema = z.object({
  id: IdSchema,
  title: z.string(),
  territory: z.string(),
  lead: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Operation = z.infer<typeof OperationSchema>;

const fields = { title: requiredLine(200), territory: lineText(200), lead: lineText(200) };

export const OperationFieldsSchema = z.object({
  title: fields.title,
  territory: fields.territory.default(''),
  lead: fields.lead.default(''),
});

/** Only the fields given change: no defaults here, or a rename would blank the other fields. */
export const OperationPatchSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'empty patch' });
