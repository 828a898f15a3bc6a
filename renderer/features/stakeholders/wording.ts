import type { TFunction } from 'i18next';
import { Confidence, Direction, Engagement, RelationStatus } from '../../../shared/domain/walk/enums';

/** A row of an editable list (collèges, relation kinds): default rows have a key, custom ones a label. */
export interface ListRow {
  id: string;
  key: string | null;
  label: string;
  position: number;
}

export interface Option {
  value: string;
  label: string;
}

export type ListKind = 'colleges' | 'relationKinds';

/** A list item's name: the user's label if any, else the default's wording in the current language. */
export function listLabel(t: TFunction, kind: ListKind, item: ListRow): string {
  if (item.label.trim() !== '') return item.label;
  return item.key ? t(`stakeholders.${kind}.${item.key}`, { defaultValue: item.key }) : '';
}

export const byPosition = <T extends { position: number }>(items: readonly T[]) => [...items].sort((a, b) => a.position - b.position);

/** Options for a nullable reference to a list: '' (none) first, then the items in their order. */
export function listOptions(t: TFunction, kind: ListKind, items: readonly ListRow[]): Option[] {
  return [{ value: '', label: t('stakeholders.none') }, ...byPosition(items).map((i) => ({ value: i.id, label: listLabel(t, kind, i) }))];
}

const STANCE_KEYS: Record<number, string> = { [-2]: 'm2', [-1]: 'm1', 0: 'zero', 1: 'p1', 2: 'p2' };

/** A signed score as people write it: "+2", "0", "−1" (a true minus sign). */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** "+2 · favorable": the number with its wording, so the scale reads without a legend. */
export const stanceLabel = (t: TFunction, n: number) => `${signed(n)} · ${t(`stakeholders.stance.${STANCE_KEYS[n]}`)}`;
export const stanceWord = (t: TFunction, n: number) => t(`stakeholders.stance.${STANCE_KEYS[n]}`);

export function stanceOptions(t: TFunction): Option[] {
  return [{ value: '', label: t('stakeholders.none') }, ...[-2, -1, 0, 1, 2].map((n) => ({ value: String(n), label: stanceLabel(t, n) }))];
}

export const engagementOptions = (t: TFunction): Option[] =>
  Engagement.options.map((e) => ({ value: e, label: t(`stakeholders.engagement.${e}`) }));

export const confidenceOptions = (t: TFunction): Option[] => [
  { value: '', label: t('stakeholders.none') },
  ...Confidence.options.map((c) => ({ value: c, label: t(`stakeholders.confidence.${c}`) })),
];

/** Directions, the default (source → target) first: a new row shows and saves it. */
export const directionOptions = (t: TFunction): Option[] =>
  (['forward', 'both', 'none'] satisfies (typeof Direction.options)[number][]).map((d) => ({ value: d, label: t(`stakeholders.relations.directions.${d}`) }));

export const strengthOptions = (t: TFunction): Option[] =>
  ['1', '2', '3'].map((s) => ({ value: s, label: t(`stakeholders.relations.strengths.${s}`) }));

export const relationStatusOptions = (t: TFunction): Option[] =>
  RelationStatus.options.map((s) => ({ value: s, label: t(`stakeholders.relations.statuses.${s}`) }));

/** An actor as named in lists: "Centre de ressources (CERDD)". */
export const actorLabel = (a: { name: string; acronym: string }) => (a.acronym && a.acronym !== a.name ? `${a.name} (${a.acronym})` : a.name);
