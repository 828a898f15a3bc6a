import { z } from 'zod';

/** Ids are UUID v7: random, time-ordered, never reused. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;
