import { z } from 'zod';
import { errorCodes } from './errors';

/** Replies cross every transport as envelopes: an exception thrown through IPC loses all but its message. */
export const ApiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  path: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);
