/** Dates and numbers through Intl, in the current language (12 mars 2026, 1 234,5). */
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

export const formatDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

export const formatTime = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(tag(locale), { hour: '2-digit', minute: '2-digit' }).format(date);
