/**
 * MACTOR (M. Godet's "Méthode ACTeurs, Objectifs, Rapports de force"), as pure functions on plain
 * matrices. The formulas, their references and a worked example are in docs/analysis/mactor.md;
 * mactor.test.ts checks the example's numbers.
 *
 * Conventions: actors are rows, in the order of the caller's actor list; objectives (here, the
 * operation's hypotheses) are columns of the MAO matrices. Nothing here rounds: callers do.
 */

export type Matrix = number[][];

/** MID scale: 0 no influence, 1 operating processes, 2 projects, 3 missions, 4 existence. */
export const MID_MAX = 4;
/** 2MAO scale: −4..+4 in MACTOR; our positions (−3..+3) are used as they are (see the doc). */
export const MAO_MAX = 4;

/** A matrix that does not fit the method (wrong shape, value out of range). */
export class MactorInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MactorInputError';
  }
}

function checkMatrix(m: Matrix, name: string, rows: number, cols: number | null, min: number, max: number): void {
  if (m.length !== rows) throw new MactorInputError(`${name}: expected ${rows} rows, got ${m.length}`);
  m.forEach((row, i) => {
    const width = cols ?? rows;
    if (row.length !== width) throw new MactorInputError(`${name}: row ${i + 1} has ${row.length} values, expected ${width}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v) || v < min || v > max) {
        throw new MactorInputError(`${name}[${i + 1}][${j + 1}] = ${v}: expected a number from ${min} to ${max}`);
      }
    });
  });
}

/** Checks a MID: square, values 0..4, zero diagonal (an actor does not rate its influence on itself). */
export function checkMid(mid: Matrix): void {
  checkMatrix(mid, 'MID', mid.length, null, 0, MID_MAX);
  mid.forEach((row, i) => {
    if (row[i] !== 0) throw new MactorInputError(`MID[${i + 1}][${i + 1}] = ${row[i]}: the diagonal must be 0`);
  });
}

const at = (m: Matrix, i: number, j: number): number => m[i]![j]!;
const zeros = (rows: number, cols: number): Matrix => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

/**
 * MIDI_ij = MID_ij + Σ_k min(MID_ik, MID_kj): direct influence plus the influence of order 2
 * through every intermediary k (Godet). With MID's zero diagonal the terms k = i and k = j vanish,
 * so "k ≠ i, j" needs no special case. The diagonal MIDI_ii = Σ_k min(MID_ik, MID_kj) is kept:
 * it is actor i's influence on itself through others ("rétroaction"), used by the power ratio.
 *
 * Only the pairs where MID_ik and MID_kj are both non-zero add anything, so the sum runs over each
 * row's non-zero cells: a MID is mostly empty (teams fill a few cells per actor), and the plain
 * triple loop would take seconds on a 2,000-actor operation. The terms are added in the same
 * order of k as the plain sum, so the result is the same to the last bit.
 */
export function midi(mid: Matrix): Matrix {
  checkMid(mid);
  const nonZero = mid.map((row) => row.reduce<number[]>((cols, v, j) => (v > 0 ? (cols.push(j), cols) : cols), []));
  const out = mid.map((row) => [...row]);
  mid.forEach((row, i) => {
    const sums = out[i]!;
    for (const k of nonZero[i]!) {
      const viaK = row[k]!;
      const fromK = mid[k]!;
      for (const j of nonZero[k]!) sums[j]! += Math.min(viaK, fromK[j]!);
    }
  });
  return out;
}

/** I_i and D_i: row and column sums of MIDI without the diagonal (what MACTOR plots). */
export function influenceDependence(midiMatrix: Matrix): { influence: number[]; dependence: number[] } {
  const n = midiMatrix.length;
  const influence = new Array<number>(n).fill(0);
  const dependence = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      influence[i]! += at(midiMatrix, i, j);
      dependence[j]! += at(midiMatrix, i, j);
    }
  }
  return { influence, dependence };
}

/**
 * Godet's power ratio, as published: with M_i and N_i the full row and column sums of MIDI
 * (diagonal included),
 *   r_i = (M_i − MIDI_ii) / Σ_j M_j × M_i / (M_i + N_i),   Ri*_i = n · r_i / Σ_j r_j.
 * M_i − MIDI_ii is the influence I_i on the others. Ri* has a mean of 1. An actor with neither
 * influence nor dependence has r_i = 0; when every r_i is 0 (an empty MID) nobody weighs more than
 * anybody and every Ri* is 1.
 */
export function powerRatios(midiMatrix: Matrix): { r: number[]; rStar: number[] } {
  const n = midiMatrix.length;
  const { influence, dependence } = influenceDependence(midiMatrix);
  const diag = midiMatrix.map((row, i) => row[i]!);
  const rowFull = influence.map((v, i) => v + diag[i]!);
  const colFull = dependence.map((v, i) => v + diag[i]!);
  const totalRow = rowFull.reduce((a, b) => a + b, 0);
  const r = rowFull.map((m, i) => (totalRow === 0 || m + colFull[i]! === 0 ? 0 : (influence[i]! / totalRow) * (m / (m + colFull[i]!))));
  const sum = r.reduce((a, b) => a + b, 0);
  const rStar = r.map((v) => (sum === 0 ? 1 : (n * v) / sum));
  return { r, rStar };
}

/** Checks a 2MAO (actors × objectives, −4..+4). */
export function checkMao(mao: Matrix, actors: number, objectives: number): void {
  checkMatrix(mao, '2MAO', actors, objectives, -MAO_MAX, MAO_MAX);
}

/** 1MAO: the sign of each valued position (favourable +1, opposed −1, neutral 0). */
export const signs = (mao: Matrix): Matrix => mao.map((row) => row.map((v) => (v > 0 ? 1 : v < 0 ? -1 : 0)));

/** 3MAO_ik = Ri*_i × 2MAO_ik: positions weighted by each actor's power. */
export function weightPositions(mao2: Matrix, rStar: number[]): Matrix {
  if (rStar.length !== mao2.length) throw new MactorInputError(`Ri*: expected ${mao2.length} values, got ${rStar.length}`);
  return mao2.map((row, i) => row.map((v) => (v === 0 ? 0 : v * rStar[i]!)));
}

export interface Mobilisation {
  /** Σ of the positive positions on the objective (≥ 0). */
  support: number;
  /** Σ of the negative positions (≤ 0), as MACTOR shows it. */
  opposition: number;
  /** Σ |positions|: how much the objective mobilises, for or against. */
  total: number;
}

/** Mobilisation of the actors on each objective (column) of a MAO matrix. */
export function mobilisation(mao: Matrix, objectives = mao[0]?.length ?? 0): Mobilisation[] {
  return Array.from({ length: objectives }, (_, k) => {
    let support = 0;
    let opposition = 0;
    for (const row of mao) {
      const v = row[k]!;
      if (v > 0) support += v;
      else if (v < 0) opposition += v;
    }
    return { support, opposition, total: support - opposition };
  });
}

/**
 * Convergences (agree = true) or divergences (agree = false) between actors:
 *   CAA_ij = ½ Σ_k (|MAO_ik| + |MAO_jk|) over the objectives k where i and j take the same sign,
 *   DAA_ij = the same sum over the objectives where their signs are opposite.
 * Neutral positions (0) neither converge nor diverge. The diagonal is 0 (not defined in MACTOR).
 * On 1MAO this counts the objectives; on 2MAO and 3MAO it measures their intensity.
 */
function pairwise(mao: Matrix, agree: boolean): Matrix {
  const n = mao.length;
  const out = zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = mao[i]!;
      const b = mao[j]!;
      let v = 0;
      for (let k = 0; k < a.length; k++) {
        const product = a[k]! * b[k]!;
        if (agree ? product > 0 : product < 0) v += (Math.abs(a[k]!) + Math.abs(b[k]!)) / 2;
      }
      out[i]![j] = v;
      out[j]![i] = v;
    }
  }
  return out;
}

export const convergences = (mao: Matrix): Matrix => pairwise(mao, true);
export const divergences = (mao: Matrix): Matrix => pairwise(mao, false);

export interface Agreement {
  caa: Matrix;
  daa: Matrix;
}
export const agreement = (mao: Matrix): Agreement => ({ caa: convergences(mao), daa: divergences(mao) });

export interface MactorInput {
  /** Actor ids, in the order of the matrices' rows (and MID's columns). */
  actors: string[];
  /** Objective ids (hypotheses), in the order of the MAO columns. */
  objectives: string[];
  /** 2MAO: each actor's valued position on each objective, −4..+4. */
  mao2: Matrix;
  /** MID over `actors`, 0..4 with a zero diagonal; absent until the team has entered it. */
  mid?: Matrix | null;
}

/** What MACTOR can say once the MID is known, but the actor × actor CAA3/DAA3. */
export interface MactorWeightedCore {
  mid: Matrix;
  midi: Matrix;
  influence: number[];
  dependence: number[];
  r: number[];
  rStar: number[];
  mao3: Matrix;
  mobilisation3: Mobilisation[];
}

/** What MACTOR can say once the MID is known. */
export interface MactorWeighted extends MactorWeightedCore {
  order3: Agreement;
}

/**
 * Every MACTOR result but the convergences and divergences, which are actor × actor matrices
 * (4 million cells each on a 2,000-actor operation): the screen derives the few it shows and its
 * downloads from the MAO matrices kept here, when asked (`agreement`).
 */
export interface MactorCore {
  actors: string[];
  objectives: string[];
  mao1: Matrix;
  mao2: Matrix;
  mobilisation2: Mobilisation[];
  /** null without a MID: nothing that needs the balance of power is derived (see `unavailable`). */
  weighted: MactorWeightedCore | null;
  /** The results that need a MID and were not computed. */
  unavailable: (keyof MactorWeighted)[];
}

export interface MactorResult extends Omit<MactorCore, 'weighted'> {
  order1: Agreement;
  order2: Agreement;
  weighted: MactorWeighted | null;
}

export const NEEDS_MID: (keyof MactorWeighted)[] = ['midi', 'influence', 'dependence', 'r', 'rStar', 'mao3', 'order3', 'mobilisation3'];

/** MACTOR without the convergences and divergences (see MactorCore). */
export function mactorCore(input: MactorInput): MactorCore {
  const n = input.actors.length;
  const m = input.objectives.length;
  checkMao(input.mao2, n, m);
  const base = {
    actors: input.actors,
    objectives: input.objectives,
    mao1: signs(input.mao2),
    mao2: input.mao2,
    mobilisation2: mobilisation(input.mao2, m),
  };
  if (!input.mid) return { ...base, weighted: null, unavailable: NEEDS_MID };
  if (input.mid.length !== n) throw new MactorInputError(`MID: expected ${n} rows (one per actor), got ${input.mid.length}`);
  const midiMatrix = midi(input.mid);
  const { influence, dependence } = influenceDependence(midiMatrix);
  const { r, rStar } = powerRatios(midiMatrix);
  const mao3 = weightPositions(input.mao2, rStar);
  return {
    ...base,
    weighted: { mid: input.mid, midi: midiMatrix, influence, dependence, r, rStar, mao3, mobilisation3: mobilisation(mao3, m) },
    unavailable: [],
  };
}

/** The convergences and divergences of orders 1 to 3 added to a MactorCore. */
export function withAgreements(core: MactorCore): MactorResult {
  return {
    ...core,
    order1: agreement(core.mao1),
    order2: agreement(core.mao2),
    weighted: core.weighted && { ...core.weighted, order3: agreement(core.weighted.mao3) },
  };
}

/** Every MACTOR result the inputs allow; without a MID, only the unweighted ones (orders 1 and 2). */
export const mactor = (input: MactorInput): MactorResult => withAgreements(mactorCore(input));
