import type { Locale } from '../errors';
import { nameKey } from '../domain/walk/names';
import { fieldsOf, requiredFields, type Mapping, type TableField, type TableKind, type TableRow } from './table';

/**
 * Column names people give each field, in French and English (and as Kumu, Gephi or PRSM name
 * them). Compared with `nameKey`, so case, accents and punctuation do not matter.
 */
const synonyms: Record<TableKind, Partial<Record<TableField, readonly string[]>>> = {
  actors: {
    name: ['nom', 'name', 'acteur', 'actor', 'label', 'libellé', 'organisation', 'organization', 'organisme', 'structure', 'partie prenante', 'stakeholder', 'raison sociale', 'intitulé', 'nom de l’acteur', 'nom acteur'],
    acronym: ['sigle', 'acronym', 'acronyme', 'abréviation', 'abbreviation', 'nom court', 'short name'],
    college: ['collège', 'college', 'group', 'groupe', 'catégorie', 'category', 'famille', 'type', 'type d’acteur', 'actor type'],
    role: ['rôle', 'role', 'fonction', 'function', 'mission'],
    influence: ['influence', 'pouvoir', 'power'],
    interest: ['intérêt', 'interest', 'intérêts'],
    stance: ['posture', 'stance', 'attitude', 'soutien', 'support', 'avis'],
    engagement: ['engagement', 'implication', 'involvement', 'niveau d’engagement', 'engagement level'],
  },
  relations: {
    source: ['source', 'de', 'from', 'origine', 'acteur source', 'source actor', 'émetteur', 'acteur 1'],
    target: ['cible', 'vers', 'target', 'to', 'à', 'destination', 'acteur cible', 'target actor', 'destinataire', 'acteur 2'],
    kind: ['type', 'nature', 'kind', 'type de relation', 'relation type', 'relation', 'type de lien', 'lien', 'link type'],
    direction: ['direction', 'sens', 'orientation', 'directed', 'orientée'],
    strength: ['force', 'strength', 'intensité', 'intensity', 'poids', 'weight'],
    status: ['statut', 'status', 'état', 'state'],
    note: ['note', 'notes', 'commentaire', 'comment', 'remarque', 'description'],
  },
};

const keyed = Object.fromEntries(
  Object.entries(synonyms).map(([kind, fields]) => [
    kind,
    Object.entries(fields).flatMap(([field, words]) => (words ?? []).map((w) => ({ field: field as TableField, key: nameKey(w) }))),
  ]),
) as Record<TableKind, { field: TableField; key: string }[]>;

/** Short words ("de", "à", "to") only match a whole header; longer ones also start a longer one ("Influence (1-5)"). */
const PREFIX_MIN = 4;

/** The field a header names for this kind of table, or null. */
export function guessField(header: string, kind: TableKind): TableField | null {
  const full = nameKey(header);
  if (!full) return null;
  const beforeParen = nameKey(header.split(/[(:[]/)[0] ?? '');
  for (const candidate of [full, beforeParen]) {
    const hit = keyed[kind].find((s) => s.key === candidate);
    if (hit) return hit.field;
  }
  let best: { field: TableField; key: string } | null = null;
  for (const s of keyed[kind]) {
    if (s.key.length >= PREFIX_MIN && full.startsWith(s.key) && (!best || s.key.length > best.key.length)) best = s;
  }
  return best?.field ?? null;
}

export interface MappingGuess {
  mapping: Mapping;
  /** Required fields no column was found for. */
  missing: TableField[];
  /** Fields two or more columns claim (their indexes): ambiguous until the user chooses. */
  conflicts: { field: TableField; columns: number[] }[];
}

/** Proposes a column for each field from the header (the mapping screen lets the user change it). */
export function guessMapping(header: readonly string[], kind: TableKind): MappingGuess {
  const claims = new Map<TableField, number[]>();
  header.forEach((h, i) => {
    const field = guessField(h, kind);
    if (field) claims.set(field, [...(claims.get(field) ?? []), i]);
  });
  const mapping: Mapping = {};
  const conflicts: MappingGuess['conflicts'] = [];
  for (const [field, columns] of claims) {
    mapping[field] = columns[0];
    if (columns.length > 1) conflicts.push({ field, columns });
  }
  const missing = requiredFields[kind].filter((f) => mapping[f] === undefined);
  return { mapping, missing, conflicts };
}

/** How many distinct fields a row of cells names: how much it looks like a header. */
export function headerScore(cells: readonly string[], kind: TableKind): number {
  return new Set(cells.map((c) => guessField(c, kind)).filter((f) => f !== null)).size;
}

/** Relations when the header names both ends and no actor name; stakeholders otherwise. */
export function guessKind(header: readonly string[]): TableKind {
  const rel = guessMapping(header, 'relations');
  const act = guessMapping(header, 'actors');
  return rel.missing.length === 0 && act.mapping.name === undefined ? 'relations' : 'actors';
}

/** Rows looked at when searching for the header (titles and merged header rows come first). */
export const HEADER_SEARCH_ROWS = 10;

export interface LocatedTable {
  header: string[];
  headerLine: number;
  rows: TableRow[];
}

/**
 * Splits non-blank rows into the header and the data. Spreadsheets often carry a title line or a
 * merged header block above the column names: the header is the row, among the first ten, that
 * names the most fields (the later one on a tie: the last row of a header block sits right above
 * the data); without any recognised name it is the first row. A header cell left empty by a merge
 * takes the text of the nearest non-empty cell above it in the header block.
 */
export function locateHeader(rows: readonly TableRow[], kind: TableKind): LocatedTable | null {
  if (rows.length === 0) return null;
  let best = 0;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const score = headerScore(row.cells, kind);
    if (score > 0 && score >= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const headerRow = rows[best]!;
  const width = Math.max(...rows.slice(0, best + 1).map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, c) => {
    for (let r = best; r >= 0; r--) {
      const text = rows[r]!.cells[c]?.trim() ?? '';
      if (text) return text;
    }
    return '';
  });
  return { header, headerLine: headerRow.line, rows: rows.slice(best + 1) };
}

const fieldLabels: Record<TableField, Record<Locale, string>> = {
  name: { fr: 'Nom', en: 'Name' },
  acronym: { fr: 'Sigle', en: 'Acronym' },
  college: { fr: 'Collège', en: 'Group' },
  role: { fr: 'Rôle', en: 'Role' },
  influence: { fr: 'Influence', en: 'Influence' },
  interest: { fr: 'Intérêt', en: 'Interest' },
  stance: { fr: 'Posture', en: 'Stance' },
  engagement: { fr: 'Engagement', en: 'Engagement' },
  source: { fr: 'Source', en: 'Source' },
  target: { fr: 'Cible', en: 'Target' },
  kind: { fr: 'Type', en: 'Kind' },
  direction: { fr: 'Sens', en: 'Direction' },
  strength: { fr: 'Force', en: 'Strength' },
  status: { fr: 'Statut', en: 'Status' },
  note: { fr: 'Note', en: 'Note' },
};

/** The column name exports write for a field (and error messages show). */
export const fieldLabel = (field: TableField, locale: Locale) => fieldLabels[field][locale];

/** Checks that a mapping only points at existing columns and only at fields of its kind. */
export function isValidMapping(mapping: Mapping, header: readonly string[], kind: TableKind): boolean {
  const fields = fieldsOf(kind);
  return Object.entries(mapping).every(
    ([f, i]) => fields.includes(f as TableField) && Number.isInteger(i) && (i as number) >= 0 && (i as number) < header.length,
  );
}
