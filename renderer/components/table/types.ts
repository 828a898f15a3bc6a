/** The outcome of reading what the user typed in a cell: the value to save, or why it is refused. */
export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

export interface Column<T> {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'date';
  /** For selects; the value '' means "none". */
  options?: readonly { value: string; label: string }[];
  /** CSS width, e.g. '8rem'. */
  width?: string;
  /** The cell's text for this row. */
  read(row: T): string;
  /** Turns the typed text into the value saved (and checks it); defaults to the text itself. */
  parse?(text: string): Parsed;
  /** The column that names the row: required when adding one, and used in messages. */
  primary?: boolean;
}
