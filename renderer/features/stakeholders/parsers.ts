import type { TFunction } from 'i18next';
import { nameKey } from '../../../shared/domain/walk/names';
import { parseLocaleNumber } from '../../components/table/clipboard';
import type { Parsed } from '../../components/table/types';
import { signed } from './wording';

/**
 * Readers for what is typed in a cell or pasted from a spreadsheet: each returns the value to save
 * or a short localized reason. The same readers serve the table's cells and pasted rows, so a value
 * accepted in one is accepted in the other.
 */
export type Reader = (text: string) => Parsed;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export const readText =
  (t: TFunction, max: number, required = false): Reader =>
  (text) => {
    const value = clean(text);
    if (required && value === '') return { ok: false, error: t('stakeholders.errors.required') };
    if (value.length > max) return { ok: false, error: t('stakeholders.errors.tooLong', { max }) };
    return { ok: true, value };
  };

/** A whole number in [min, max], written the French or English way; empty means "not rated". */
export const readScore =
  (t: TFunction, min: number, max: number): Reader =>
  (text) => {
    if (text.trim() === '') return { ok: true, value: null };
    const n = parseLocaleNumber(text);
    if (n === null) return { ok: false, error: t('table.notANumber') };
    if (!Number.isInteger(n)) return { ok: false, error: t('table.wholeNumber') };
    if (n < min || n > max) return { ok: false, error: t('table.outOfRange', { min: signedIfNegative(min), max: signedIfNegative(max, min) }) };
    return { ok: true, value: n };
  };

const signedIfNegative = (n: number, low = n) => (low < 0 ? signed(n) : String(n));

/** A value among a closed list, matched ignoring case, accents and punctuation on any of its words. */
export function readChoice(choices: readonly { value: string | null; words: readonly string[] }[], unknown: (text: string) => string): Reader {
  const byKey = new Map<string, string | null>();
  for (const c of choices) for (const w of c.words) if (nameKey(w) && !byKey.has(nameKey(w))) byKey.set(nameKey(w), c.value);
  return (text) => {
    const key = nameKey(text);
    if (key === '') return { ok: true, value: null };
    if (byKey.has(key)) return { ok: true, value: byKey.get(key) ?? null };
    return { ok: false, error: unknown(clean(text)) };
  };
}

/**
 * A stance, −2 … +2: a number (possibly followed by its wording, "+1 · plutôt favorable"), or the
 * wording alone in French or English ("favorable", "opposed").
 */
export function readStance(t: TFunction, words: readonly { value: number; words: readonly string[] }[]): Reader {
  const score = readScore(t, -2, 2);
  const byWord = readChoice(
    words.map((w) => ({ value: String(w.value), words: w.words })),
    (value) => t('stakeholders.errors.unknownValue', { value, expected: '−2 … +2' }),
  );
  return (text) => {
    const leading = /^\s*([+\-−]?\s*\d+(?:[.,]\d+)?)/.exec(text);
    if (leading) return score(leading[1]!.replace(/\s/g, ''));
    const word = byWord(text);
    return word.ok && typeof word.value === 'string' ? { ok: true, value: Number(word.value) } : word;
  };
}
