import { parseLocaleNumber } from '../../components/table/clipboard';

const tag = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** A figure as the current language writes it (1 234,5 in French, 1,234.5 in English). */
export const formatFigure = (value: number, language: string) =>
  new Intl.NumberFormat(tag(language), { maximumFractionDigits: 10 }).format(value);

/**
 * Reads a typed figure: empty is no figure (null), unreadable is undefined. In English "1,234" is
 * one thousand two hundred and thirty-four (as English shows it), not the French 1.234.
 */
export function parseFigure(text: string, language: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const english = language === 'en' && /^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact);
  return parseLocaleNumber(english ? compact.replace(/,/g, '') : compact) ?? undefined;
}
