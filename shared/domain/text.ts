import { z } from 'zod';

/**
 * A line of user text: trimmed, no control characters (they break exports and terminals),
 * bounded so a pasted novel cannot end up in a title.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const lineText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(CONTROL, '').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max));

export const requiredLine = (max: number) => lineText(max).pipe(z.string().min(1));
