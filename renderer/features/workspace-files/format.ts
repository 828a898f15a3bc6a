/** File sizes and moments in the current language (1,2 Mo · 12 mars 2026 à 10:15). */
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 1) / 1000, 'kilobyte'];
  return new Intl.NumberFormat(tag(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** `seconds` tells apart backups taken in the same minute. */
export const formatMoment = (iso: string, locale: string, seconds = false) =>
  new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: seconds ? 'medium' : 'short' }).format(new Date(iso));
