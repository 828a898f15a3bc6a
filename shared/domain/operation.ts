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

export const OperationFieldsSchema = z.object({
  title: requiredLine(200),
  territory: lineText(200).default(''),
  lead: lineText(200).default(''),
});

export const OperationPatchSchema = OperationFieldsSchema.partial().refine(
  (p) => Object.keys(p).length > 0,
  { message: 'empty patch' },
);
