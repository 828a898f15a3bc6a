/**
 * The neutral table every tabular import goes through (CSV, XLSX, and the nodes and edges of GEXF
 * and GraphML): a header and rows of text cells, each row with the line (or spreadsheet row) it
 * came from, so errors can point at it.
 */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  /** Line (CSV) or row (XLSX) of the header; 0 when the header was made up (graph files). */
  headerLine: number;
  rows: TableRow[];
}

/** What a table holds: stakeholders (actors and their participation) or relations between them. */
export type TableKind = 'actors' | 'relations';

export const actorFields = ['name', 'acronym', 'college', 'role', 'influence', 'interest', 'stance', 'engagement'] as const;
export type ActorField = (typeof actorFields)[number];

export const relationFields = ['source', 'target', 'kind', 'direction', 'strength', 'status', 'note'] as const;
export type RelationField = (typeof relationFields)[number];

export type TableField = ActorField | RelationField;

/** Which column (index in the header) feeds each field; a field without a column is left empty. */
export type Mapping<F extends string = TableField> = Partial<Record<F, number>>;

/** Fields a table of each kind cannot do without. */
export const requiredFields: { actors: readonly ActorField[]; relations: readonly RelationField[] } = {
  actors: ['name'],
  relations: ['source', 'target'],
};

export const fieldsOf = (kind: TableKind): readonly TableField[] => (kind === 'actors' ? actorFields : relationFields);
