/**
 * Reading cell text as values. Spreadsheets from French offices write "1 234,5" (space or
 * non-breaking space between thousands, comma for decimals), English ones "1,234.5".
 */

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number written the French or English way, or null when the text is not one. With both `,` and
 * `.`, the last one is the decimal mark; a lone `,` is a decimal comma ("12,5"; French first, so
 * "1,234" is 1.234) unless it groups thousands more than once ("1,234,567"); several `.` group
 * thousands ("1.234.567"). A leading `+` or the minus sign `−` are accepted.
 */
export function parseLocaleNumber(text: string): number | null {
  let t = text.replace(SPACES, '').replace(/[−–]/g, '-');
  if (!/^[-+]?[\d.,]*\d[\d.,]*$/.test(t)) return null;
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  if (commas && dots) {
    const decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : dots) > 1) return null;
    t = t.split(group).join('').replace(',', '.');
  } else if (commas) {
    t = commas > 1 && /^[-+]?\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : commas > 1 ? '' : t.replace(',', '.');
  } else if (dots > 1) {
    t = /^[-+]?\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : '';
  }
  if (t === '' || /^[-+]?\.|\.$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/**
 * Exports neutralise a text cell that could run as a formula by prefixing a quote (see
 * neutralise.ts); imports take that quote back off, so a round trip keeps the text.
 */
export function unneutralise(text: string): string {
  return startsWithQuotedTrigger(text) ? text.slice(1) : text;
}

/** One or more quotes then a formula trigger: what neutralisation produces (and must undo exactly). */
export function startsWithQuotedTrigger(text: string): boolean {
  const rest = text.replace(/^'+/, '');
  return rest.length < text.length && (FORMULA_TRIGGERS as readonly string[]).includes(rest[0] ?? '');
}

/** Cell text as a value: control characters are left to the field schemas, outer spaces go. */
export const cellText = (raw: string | undefined): string => unneutralise((raw ?? '').trim()).trim();
