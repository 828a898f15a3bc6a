import Papa from 'papaparse';
import type { Locale } from '../../../shared/errors';
import { safeCell, type CellValue } from '../../../shared/files/neutralise';
import type { ExportTable } from './export-tables';

/**
 * CSV as the user's spreadsheet opens it: French, `;` separator and decimal comma; English, `,`
 * and decimal point. UTF-8 with a byte-order mark (so Excel does not guess Windows-1252), CRLF
 * line ends, text that could run as a formula neutralised.
 */
export const csvStyle = (locale: Locale) => (locale === 'fr' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' });

function cell(value: CellValue, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return decimal === ',' ? String(value).replace('.', ',') : String(value);
  return safeCell(value) as string;
}

export function tableToCsv(table: ExportTable, locale: Locale): string {
  const { delimiter, decimal } = csvStyle(locale);
  const data = table.rows.map((row) => row.map((v) => cell(v, decimal)));
  return `\ufeff${Papa.unparse({ fields: table.header.map((h) => cell(h, decimal)), data }, { delimiter, newline: '\r\n' })}\r\n`;
}

const fileNames: Record<ExportTable['name'], Record<Locale, string>> = {
  actors: { fr: 'acteurs.csv', en: 'actors.csv' },
  participations: { fr: 'participations.csv', en: 'participations.csv' },
  relations: { fr: 'relations.csv', en: 'relations.csv' },
  actions: { fr: 'actions.csv', en: 'actions.csv' },
  indicators: { fr: 'indicateurs.csv', en: 'indicators.csv' },
};

export const csvFiles = (tables: ExportTable[], locale: Locale) =>
  tables.map((t) => ({ name: fileNames[t.name][locale], data: tableToCsv(t, locale) }));
