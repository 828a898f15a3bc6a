import { z } from 'zod';
import { IdSchema } from '../ids';
import { lineText, requiredLine } from '../text';

/** Field builders shared by the walk's entities, so bounds and cleaning are the same everywhere. */
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Multi-line text (a mission letter, notes): control characters dropped, line breaks kept. */
export const longText = (max = 20_000) =>
  z
    .string()
    .transform((s) => s.replace(CONTROL_BUT_NEWLINES, '').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max));

export const name = requiredLine(200);
export const line = lineText(500);
export const statement = longText(4000).pipe(z.string().min(1));
export const optionalId = IdSchema.nullable();
export const score = (min: number, max: number) => z.number().int().min(min).max(max);
export const nullableScore = (min: number, max: number) => score(min, max).nullable();
export const amount = z.number().finite().min(0).max(1e13).nullable();
export const number = z.number().finite().min(-1e13).max(1e13);
/** A calendar date, ISO `YYYY-MM-DD`, checked to exist (no 31 February). */
export const isoDate = z.iso.date();
