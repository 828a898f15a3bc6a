import type { Locale } from '../errors';

/**
 * A problem with one row (or one node, edge or record) of an imported file. Errors stop the whole
 * import (nothing is written); warnings say what was left out and let it go on.
 */
export type IssueCode =
  | 'required'
  | 'too-long'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'unknown-value'
  | 'unknown-actor'
  | 'ambiguous-actor'
  | 'same-actor'
  | 'unknown-node'
  | 'unknown-reference'
  | 'invalid'
  | 'self-loop-skipped'
  | 'weight-ignored';

export interface RowIssue {
  code: IssueCode;
  /** Line of a CSV file, row of a sheet, line of an XML element; null when there is none (JSON). */
  line: number | null;
  /** Column name as in the file's header, or the field for files without one. */
  column?: string;
  /** Path in a JSON file (`actors[3].name`) or the id of an XML node or edge. */
  path?: string;
  /** The offending text, shortened. */
  value?: string;
  params?: Record<string, string | number>;
}

const MAX_SHOWN = 60;
/** Values are quoted in messages as text, shortened: a pasted novel must not fill the terminal. */
export const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

type P = Record<string, string | number>;
const details: Record<IssueCode, Record<Locale, (v: string, p: P) => string>> = {
  required: { fr: () => 'valeur obligatoire', en: () => 'a value is required' },
  'too-long': { fr: (_v, p) => `texte trop long (${p.max} caractères au plus)`, en: (_v, p) => `text too long (${p.max} characters at most)` },
  'not-a-number': { fr: (v) => `« ${v} » n’est pas un nombre`, en: (v) => `“${v}” is not a number` },
  'not-an-integer': { fr: (v) => `« ${v} » n’est pas un nombre entier`, en: (v) => `“${v}” is not a whole number` },
  'out-of-range': {
    fr: (v, p) => `« ${v} » hors de l’intervalle ${p.min} à ${p.max}`,
    en: (v, p) => `“${v}” is outside ${p.min} to ${p.max}`,
  },
  'unknown-value': {
    fr: (v, p) => `valeur inconnue « ${v} » (attendu : ${p.expected})`,
    en: (v, p) => `unknown value “${v}” (expected: ${p.expected})`,
  },
  'unknown-actor': {
    fr: (v) => `« ${v} » n’est pas une partie prenante de l’opération`,
    en: (v) => `“${v}” is not a stakeholder of the operation`,
  },
  'ambiguous-actor': {
    fr: (v) => `« ${v} » désigne plusieurs parties prenantes : écrivez le nom complet`,
    en: (v) => `“${v}” names several stakeholders: write the full name`,
  },
  'same-actor': { fr: () => 'une relation relie deux acteurs différents', en: () => 'a relation links two different actors' },
  'unknown-node': { fr: (v) => `nœud inconnu « ${v} »`, en: (v) => `unknown node “${v}”` },
  'unknown-reference': { fr: (v) => `référence inconnue « ${v} »`, en: (v) => `unknown reference “${v}”` },
  invalid: { fr: (_v, p) => `valeur refusée (${p.detail})`, en: (_v, p) => `value refused (${p.detail})` },
  'self-loop-skipped': {
    fr: () => 'boucle d’un acteur sur lui-même ignorée',
    en: () => 'loop from an actor to itself left out',
  },
  'weight-ignored': {
    fr: (v) => `poids « ${v} » ignoré (la force va de 1 à 3)`,
    en: (v) => `weight “${v}” left out (strength goes from 1 to 3)`,
  },
};

/** Where the issue is, then what it is: "ligne 12, « Influence » : « 7 » hors de l’intervalle 1 à 5". */
export function issueMessage(issue: RowIssue, locale: Locale): string {
  const where: string[] = [];
  if (issue.line !== null) where.push(locale === 'fr' ? `ligne ${issue.line}` : `line ${issue.line}`);
  if (issue.path) where.push(issue.path);
  if (issue.column) where.push(locale === 'fr' ? `« ${issue.column} »` : `“${issue.column}”`);
  const detail = details[issue.code][locale](shown(issue.value ?? ''), issue.params ?? {});
  return where.length ? `${where.join(', ')}${locale === 'fr' ? ' : ' : ': '}${detail}` : detail;
}
