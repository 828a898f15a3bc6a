import type { WalkSnapshot } from '../domain/walk/snapshot';
import { stakeholders } from './walk-inputs';

/**
 * Power–interest grid (Mendelow) and stakeholder salience (Mitchell, Agle & Wood 1997), from the
 * participations' scores. Thresholds and references: docs/analysis/power-interest-salience.md.
 */

/** On the 1–5 scales, a score from this value up counts as high (3, the middle, included). */
export const DEFAULT_HIGH = 3;

export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Mendelow's quadrant from power (our influence) and interest; 'unknown' when a score is missing. */
export function quadrant(power: number | null, interest: number | null, high = DEFAULT_HIGH): Quadrant | 'unknown' {
  if (power === null || interest === null) return 'unknown';
  const p = power >= high;
  const i = interest >= high;
  return p ? (i ? 'manage_closely' : 'keep_satisfied') : i ? 'keep_informed' : 'monitor';
}

/** An attribute as given: a yes/no, a 1–5 score, or nothing (unknown). */
export type AttributeInput = boolean | number | null | undefined;

/** true or false as given; a 1–5 score is true from `high` up; null or undefined stay unknown. */
export function hasAttribute(value: AttributeInput, high = DEFAULT_HIGH): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (!Number.isFinite(value) || value < 1 || value > 5) throw new RangeError(`attribute score ${value}: expected 1 to 5`);
  return value >= high;
}

export const SALIENCE_TYPES = [
  'definitive',
  'dominant',
  'dangerous',
  'dependent',
  'dormant',
  'discretionary',
  'demanding',
  'non_stakeholder',
] as const;
export type SalienceType = (typeof SALIENCE_TYPES)[number];
export type SalienceClass = 'definitive' | 'expectant' | 'latent' | 'non_stakeholder';

export interface SalienceAttributes {
  power: boolean | null;
  legitimacy: boolean | null;
  urgency: boolean | null;
}

/** Mitchell, Agle & Wood's typology: which of the three attributes an actor has. */
export function salienceType(power: boolean, legitimacy: boolean, urgency: boolean): SalienceType {
  if (power && legitimacy && urgency) return 'definitive';
  if (power && legitimacy) return 'dominant';
  if (power && urgency) return 'dangerous';
  if (legitimacy && urgency) return 'dependent';
  if (power) return 'dormant';
  if (legitimacy) return 'discretionary';
  if (urgency) return 'demanding';
  return 'non_stakeholder';
}

/** Latent (one attribute), expectant (two), definitive (three). */
export function salienceClass(type: SalienceType): SalienceClass {
  if (type === 'definitive' || type === 'non_stakeholder') return type;
  return ['dominant', 'dangerous', 'dependent'].includes(type) ? 'expectant' : 'latent';
}

export interface Salience {
  /** The type, or 'unknown' while an attribute is unknown. */
  type: SalienceType | 'unknown';
  class: SalienceClass | 'unknown';
  /** The types still possible given what is known (one when all three attributes are known). */
  candidates: SalienceType[];
}

export function salience(a: SalienceAttributes): Salience {
  const values = (v: boolean | null) => (v === null ? [true, false] : [v]);
  const candidates = new Set<SalienceType>();
  for (const p of values(a.power)) for (const l of values(a.legitimacy)) for (const u of values(a.urgency)) candidates.add(salienceType(p, l, u));
  const list = SALIENCE_TYPES.filter((t) => candidates.has(t));
  const type = list.length === 1 ? list[0]! : 'unknown';
  return { type, class: type === 'unknown' ? 'unknown' : salienceClass(type), candidates: list };
}

export interface StakeholderOptions {
  /** Threshold for "high" on every 1–5 scale (influence, interest, legitimacy, urgency). */
  high?: number;
  /** Legitimacy per actor id (not in the schema yet): yes/no or 1–5. Absent = unknown. */
  legitimacy?: Readonly<Record<string, AttributeInput>>;
  /** Urgency per actor id (not in the schema yet): yes/no or 1–5. Absent = unknown. */
  urgency?: Readonly<Record<string, AttributeInput>>;
}

export interface StakeholderAnalysis {
  actorId: string;
  influence: number | null;
  interest: number | null;
  quadrant: Quadrant | 'unknown';
  attributes: SalienceAttributes;
  salience: Salience;
}

export interface StakeholderReport {
  high: number;
  rows: StakeholderAnalysis[];
  /** Actor ids per quadrant, highest influence first (then interest, then table order). */
  quadrants: Record<Quadrant | 'unknown', string[]>;
  /** Actor ids per salience type. */
  salience: Record<SalienceType | 'unknown', string[]>;
  /** Whether legitimacy and urgency were given for anyone (they are not stored yet). */
  inputs: { legitimacy: boolean; urgency: boolean };
}

const own = (record: Readonly<Record<string, AttributeInput>> | undefined, key: string): AttributeInput =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export function stakeholderReport(s: WalkSnapshot, options: StakeholderOptions = {}): StakeholderReport {
  const high = options.high ?? DEFAULT_HIGH;
  const rows = stakeholders(s).map((p): StakeholderAnalysis => {
    const attributes = {
      power: p.influence === null ? null : p.influence >= high,
      legitimacy: hasAttribute(own(options.legitimacy, p.actorId), high),
      urgency: hasAttribute(own(options.urgency, p.actorId), high),
    };
    return {
      actorId: p.actorId,
      influence: p.influence,
      interest: p.interest,
      quadrant: quadrant(p.influence, p.interest, high),
      attributes,
      salience: salience(attributes),
    };
  });
  const ordered = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.influence ?? 0) - (a.r.influence ?? 0) || (b.r.interest ?? 0) - (a.r.interest ?? 0) || a.i - b.i)
    .map(({ r }) => r);
  const quadrants = Object.fromEntries([...QUADRANTS, 'unknown'].map((q) => [q, [] as string[]])) as StakeholderReport['quadrants'];
  const types = Object.fromEntries([...SALIENCE_TYPES, 'unknown'].map((t) => [t, [] as string[]])) as StakeholderReport['salience'];
  for (const r of ordered) {
    quadrants[r.quadrant].push(r.actorId);
    types[r.salience.type].push(r.actorId);
  }
  const given = (record?: Readonly<Record<string, AttributeInput>>) => rows.some((r) => own(record, r.actorId) != null);
  return { high, rows, quadrants, salience: types, inputs: { legitimacy: given(options.legitimacy), urgency: given(options.urgency) } };
}
