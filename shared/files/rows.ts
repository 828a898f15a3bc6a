import type { z } from 'zod';
import type { Locale } from '../errors';
import { line as lineSchema, longText, name as nameSchema } from '../domain/walk/fields';
import type { Direction, Engagement, RelationStatus } from '../domain/walk/enums';
import { fieldLabel } from './columns';
import type { RowIssue } from './issues';
import type { ActorField, Mapping, RelationField, Table, TableField, TableRow } from './table';
import { cellText, parseLocaleNumber } from './values';
import {
  directionWords,
  engagementWords,
  expectedWords,
  lookupWord,
  relationStatusWords,
  stanceWords,
  strengthWords,
  type Vocabulary,
} from './vocabulary';

/** A stakeholder row, checked: the collège is still a label (the workspace resolves it). */
export interface ActorDraft {
  line: number;
  name: string;
  acronym: string;
  college: string | null;
  role: string;
  influence: number | null;
  interest: number | null;
  stance: number | null;
  engagement: z.infer<typeof Engagement>;
}

/** A relation row, checked: its ends and kind are still names (resolved against the operation). */
export interface RelationDraft {
  line: number;
  source: string;
  target: string;
  kind: string | null;
  direction: z.infer<typeof Direction>;
  strength: number;
  status: z.infer<typeof RelationStatus>;
  note: string;
}

export interface Checked<D> {
  drafts: D[];
  issues: RowIssue[];
}

/**
 * Text checks of one pass over a table, by schema and cell: names repeat on every relation row
 * (30,000 rows name 10,000 actors twice), so each distinct value is checked once.
 */
type TextChecks = Map<z.ZodType<string>, Map<string, z.ZodSafeParseResult<string>>>;

/** Reads the cells of one row through a mapping, collecting the row's issues. */
class RowReader<F extends TableField> {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly row: TableRow,
    private readonly header: readonly string[],
    private readonly mapping: Mapping<F>,
    private readonly locale: Locale,
    private readonly checks: TextChecks,
  ) {}

  raw(field: F): string {
    const i = this.mapping[field];
    return i === undefined ? '' : cellText(this.row.cells[i]);
  }

  /** Every mapped cell is empty: a blank row, skipped like a blank line. */
  blank(): boolean {
    return Object.keys(this.mapping).every((f) => this.raw(f as F) === '');
  }

  private column(field: F): string {
    const i = this.mapping[field];
    return (i !== undefined && this.header[i]) || fieldLabel(field, this.locale);
  }

  issue(field: F, code: RowIssue['code'], value: string, params?: RowIssue['params']): null {
    this.issues.push({ code, line: this.row.line, column: this.column(field), value, ...(params ? { params } : {}) });
    return null;
  }

  text(field: F, schema: z.ZodType<string>, required: boolean): string | null {
    const value = this.raw(field);
    if (!value) return required ? this.issue(field, 'required', '') : '';
    let bySchema = this.checks.get(schema);
    if (!bySchema) this.checks.set(schema, (bySchema = new Map()));
    let parsed = bySchema.get(value);
    if (!parsed) bySchema.set(value, (parsed = schema.safeParse(value)));
    if (parsed.success) return parsed.data;
    // The schemas clean text first: what fails is emptiness (only control characters) or length.
    const max = parsed.error.issues.find((i) => i.code === 'too_big');
    if (max && 'maximum' in max) return this.issue(field, 'too-long', value, { max: Number(max.maximum) });
    return required ? this.issue(field, 'required', value) : '';
  }

  /** A whole number in [min, max], or one of the vocabulary's words for it; empty gives null. */
  score(field: F, min: number, max: number, words?: Vocabulary<string>): number | null | undefined {
    const value = this.raw(field);
    if (!value) return null;
    const n = parseLocaleNumber(value);
    if (n === null) {
      const word = words ? lookupWord(words, value) : null;
      if (word !== null) return Number(word);
      this.issue(field, words ? 'unknown-value' : 'not-a-number', value, words ? { expected: `${min}…${max}, ${expectedWords(words, this.locale)}` } : undefined);
      return undefined;
    }
    if (!Number.isInteger(n)) this.issue(field, 'not-an-integer', value);
    else if (n < min || n > max) this.issue(field, 'out-of-range', value, { min, max });
    else return n;
    return undefined;
  }

  word<K extends string>(field: F, words: Vocabulary<K>, fallback: K): K | undefined {
    const value = this.raw(field);
    if (!value) return fallback;
    const found = lookupWord(words, value);
    if (found === null) {
      this.issue(field, 'unknown-value', value, { expected: expectedWords(words, this.locale) });
      return undefined;
    }
    return found;
  }
}

const optionalLine = lineSchema as z.ZodType<string>;
const requiredName = nameSchema as z.ZodType<string>;
const note = longText(2000) as z.ZodType<string>;

/** Checks every stakeholder row: types, ranges, lengths, words of the closed lists. */
export function checkActorRows(table: Table, mapping: Mapping<ActorField>, locale: Locale): Checked<ActorDraft> {
  const drafts: ActorDraft[] = [];
  const issues: RowIssue[] = [];
  const checks: TextChecks = new Map();
  for (const row of table.rows) {
    const r = new RowReader(row, table.header, mapping, locale, checks);
    if (r.blank()) continue;
    const draft = {
      line: row.line,
      name: r.text('name', requiredName, true),
      acronym: r.text('acronym', optionalLine, false),
      college: r.text('college', optionalLine, false),
      role: r.text('role', optionalLine, false),
      influence: r.score('influence', 1, 5),
      interest: r.score('interest', 1, 5),
      stance: r.score('stance', -2, 2, stanceWords),
      engagement: r.word('engagement', engagementWords, 'not_contacted'),
    };
    if (r.issues.length) issues.push(...r.issues);
    else drafts.push({ ...draft, college: draft.college || null } as ActorDraft);
  }
  return { drafts, issues };
}

const yes = ['oui', 'yes', 'true', 'vrai', '1', 'x'];
const no = ['non', 'no', 'false', 'faux', '0'];

/** Checks every relation row; ends and kinds stay names until they meet the workspace. */
export function checkRelationRows(table: Table, mapping: Mapping<RelationField>, locale: Locale): Checked<RelationDraft> {
  const drafts: RelationDraft[] = [];
  const issues: RowIssue[] = [];
  const checks: TextChecks = new Map();
  for (const row of table.rows) {
    const r = new RowReader(row, table.header, mapping, locale, checks);
    if (r.blank()) continue;
    const flag = r.raw('direction').toLowerCase();
    const direction = yes.includes(flag) ? 'forward' : no.includes(flag) ? 'none' : r.word('direction', directionWords, 'forward');
    const draft = {
      line: row.line,
      source: r.text('source', requiredName, true),
      target: r.text('target', requiredName, true),
      kind: r.text('kind', optionalLine, false),
      direction,
      strength: r.score('strength', 1, 3, strengthWords) ?? 2,
      status: r.word('status', relationStatusWords, 'existing'),
      note: r.text('note', note, false),
    };
    if (r.issues.length) issues.push(...r.issues);
    else drafts.push({ ...draft, kind: draft.kind || null } as RelationDraft);
  }
  return { drafts, issues };
}
