/** Separators of the CSV files people exchange: `;` (French Excel), `,` (elsewhere), tab. */
export const separators = [';', ',', '\t'] as const;
export type Separator = (typeof separators)[number];

/**
 * The separator the header line uses most, counted outside quotes. The header is the first
 * non-blank line; a tie (or none at all: one column) goes to `;`, then tab, then `,`.
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length && i < 1_000_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!quoted && c in counts) {
      counts[c as Separator]++;
      seen = true;
    } else if (!quoted && c.trim() !== '') seen = true;
  }
  const order: Separator[] = [';', '\t', ','];
  return order.reduce((best, s) => (counts[s] > counts[best] ? s : best), order[0]!);
}

/**
 * The line break of the file: the first one outside quotes (Excel ends rows with CRLF and breaks
 * lines inside cells with LF alone). None seen: LF.
 */
export function detectNewline(text: string): '\r\n' | '\r' | '\n' {
  let quoted = false;
  for (let i = 0; i < text.length && i < 1_000_000; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}
