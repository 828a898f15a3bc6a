import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type Locale } from '../../../shared/errors';
import { ApiCallError } from '../../api/client';

/** Today as an ISO calendar day (`YYYY-MM-DD`) in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

/**
 * An ISO calendar day in words (`12 mars 2026`; `12 mars` short). Read as UTC so that the day never
 * shifts with the time zone.
 */
export function formatDay(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A number in the current language (`1 234,5`). */
export const formatNumber = (n: number, locale: string, maxDigits = 2) =>
  new Intl.NumberFormat(tag(locale), { maximumFractionDigits: maxDigits }).format(n);

/** Euros in the current language (`400 000 €`, `€400,000`); cents only when there are some. */
export const formatEuros = (n: number, locale: string) =>
  new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(n);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written `YYYY-MM-DD` (what date inputs give). */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Records newest first: by date, then by id (UUID v7 ids grow with time). */
export function newestFirst<T extends { id: string }>(dateOf: (row: T) => string) {
  return (a: T, b: T) => dateOf(b).localeCompare(dateOf(a)) || b.id.localeCompare(a.id);
}

/**
 * Runs a write; a refusal by the backend comes back as a message in the current language, to show
 * beside the field (the window's banner reports it too). Other errors are rethrown.
 */
export function useWriteMessage() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'fr';
  return useCallback(
    async (write: () => Promise<unknown>): Promise<string | undefined> => {
      try {
        await write();
        return undefined;
      } catch (e) {
        if (e instanceof ApiCallError) return errorMessage(e.error.code, locale, { ...(e.error.params ?? {}), ...(e.error.path ? { path: e.error.path } : {}) });
        throw e;
      }
    },
    [locale],
  );
}

/** Same, for table cells: a refusal becomes an Error whose message the table shows beside the cell. */
export function useWriteOrThrow() {
  const message = useWriteMessage();
  return useCallback(
    async (write: () => Promise<unknown>): Promise<void> => {
      const refusal = await message(write);
      if (refusal) throw new Error(refusal);
    },
    [message],
  );
}
