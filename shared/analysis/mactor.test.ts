import { describe, expect, it } from 'vitest';
import {
  convergences,
  divergences,
  influenceDependence,
  mactor,
  MactorInputError,
  midi,
  mobilisation,
  NEEDS_MID,
  powerRatios,
  signs,
  weightPositions,
  type Matrix,
} from './mactor';

// The worked example of docs/analysis/mactor.md: four actors A, B, C, D; three objectives O1..O3.
const MID: Matrix = [
  [0, 3, 2, 1],
  [1, 0, 3, 0],
  [0, 2, 0, 4],
  [2, 0, 1, 0],
];
const MAO2: Matrix = [
  [3, -2, 0],
  [2, 1, -1],
  [-1, 3, 2],
  [0, -2, 3],
];
// Hand-computed (see the doc for each step).
const MIDI: Matrix = [
  [2, 5, 6, 3],
  [1, 3, 4, 4],
  [3, 2, 3, 4],
  [2, 3, 3, 2],
];
const R = [14 / 75, 54 / 625, 27 / 350, 8 / 115];
const R_STAR = [1.7787, 0.8233, 0.7351, 0.6629];

const close = (actual: Matrix | number[], expected: Matrix | number[], digits = 4) => {
  const flat = (m: Matrix | number[]) => (m as (number | number[])[]).flat();
  const a = flat(actual);
  const e = flat(expected);
  expect(a).toHaveLength(e.length);
  a.forEach((v, i) => expect(v, `index ${i}`).toBeCloseTo(e[i]!, digits));
};

describe('MIDI, influence and dependence', () => {
  it('adds to each direct influence the order-2 influences through every intermediary', () => {
    expect(midi(MID)).toEqual(MIDI);
  });
  it('keeps the diagonal as the actor’s influence on itself through others', () => {
    // MIDI_AA = min(3, 1) via B + min(2, 0) via C + min(1, 2) via D = 2
    expect(midi(MID)[0]![0]).toBe(2);
  });
  it('sums rows (influence) and columns (dependence) without the diagonal', () => {
    expect(influenceDependence(MIDI)).toEqual({ influence: [14, 9, 9, 8], dependence: [6, 10, 13, 11] });
  });
  it('refuses a MID that is not square, out of range or with a non-zero diagonal', () => {
    expect(() => midi([[0, 1]])).toThrow(MactorInputError);
    expect(() => midi([[0, 5], [0, 0]])).toThrow(/from 0 to 4/);
    expect(() => midi([[1, 0], [0, 0]])).toThrow(/diagonal/);
    expect(() => midi([[0, Number.NaN], [0, 0]])).toThrow(MactorInputError);
  });
});

describe('power ratio Ri*', () => {
  it('follows Godet: r_i = (M_i − MIDI_ii)/ΣM × M_i/(M_i + N_i), then n·r_i/Σr', () => {
    const { r, rStar } = powerRatios(MIDI);
    close(r, R, 10);
    close(rStar, R_STAR);
    expect(rStar.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });
  it('gives everyone 1 when nobody influences anybody', () => {
    expect(powerRatios(midi([[0, 0], [0, 0]])).rStar).toEqual([1, 1]);
  });
  it('gives 0 to an actor with neither influence nor dependence', () => {
    const { r, rStar } = powerRatios(midi([[0, 2, 0], [1, 0, 0], [0, 0, 0]]));
    expect(r[2]).toBe(0);
    expect(rStar[2]).toBe(0);
    expect(rStar[0]! + rStar[1]!).toBeCloseTo(3, 12);
  });
});

describe('positions, mobilisation, convergences and divergences', () => {
  it('1MAO keeps the signs', () => {
    expect(signs(MAO2)).toEqual([
      [1, -1, 0],
      [1, 1, -1],
      [-1, 1, 1],
      [0, -1, 1],
    ]);
  });
  it('mobilisation sums the positive and the negative positions per objective', () => {
    expect(mobilisation(MAO2)).toEqual([
      { support: 5, opposition: -1, total: 6 },
      { support: 4, opposition: -4, total: 8 },
      { support: 5, opposition: -1, total: 6 },
    ]);
  });
  it('order 1 counts the objectives on which two actors agree or disagree', () => {
    const mao1 = signs(MAO2);
    expect(convergences(mao1)).toEqual([
      [0, 1, 0, 1],
      [1, 0, 1, 0],
      [0, 1, 0, 1],
      [1, 0, 1, 0],
    ]);
    expect(divergences(mao1)).toEqual([
      [0, 1, 2, 0],
      [1, 0, 2, 2],
      [2, 2, 0, 1],
      [0, 2, 1, 0],
    ]);
  });
  it('order 2 takes ½(|a| + |b|) over those objectives', () => {
    expect(convergences(MAO2)).toEqual([
      [0, 2.5, 0, 2],
      [2.5, 0, 2, 0],
      [0, 2, 0, 2.5],
      [2, 0, 2.5, 0],
    ]);
    expect(divergences(MAO2)).toEqual([
      [0, 1.5, 4.5, 0],
      [1.5, 0, 3, 3.5],
      [4.5, 3, 0, 2.5],
      [0, 3.5, 2.5, 0],
    ]);
  });
  it('order 3 weighs the positions by Ri* (3MAO)', () => {
    const mao3 = weightPositions(MAO2, powerRatios(MIDI).rStar);
    close(mao3, [
      [5.3362, -3.5575, 0],
      [1.6466, 0.8233, -0.8233],
      [-0.7351, 2.2053, 1.4702],
      [0, -1.3258, 1.9886],
    ]);
    close(convergences(mao3), [
      [0, 3.4914, 0, 2.4416],
      [3.4914, 0, 1.5143, 0],
      [0, 1.5143, 0, 1.7294],
      [2.4416, 0, 1.7294, 0],
    ]);
    close(divergences(mao3), [
      [0, 2.1904, 5.917, 0],
      [2.1904, 0, 2.3376, 2.4805],
      [5.917, 2.3376, 0, 1.7655],
      [0, 2.4805, 1.7655, 0],
    ]);
    const mob = mobilisation(mao3);
    close(
      mob.map((m) => [m.support, m.opposition]),
      [
        [6.9828, -0.7351],
        [3.0286, -4.8832],
        [3.4588, -0.8233],
      ],
    );
  });
});

describe('mactor()', () => {
  const base = { actors: ['A', 'B', 'C', 'D'], objectives: ['O1', 'O2', 'O3'], mao2: MAO2 };
  it('without a MID, computes orders 1 and 2 and says what needs the MID', () => {
    const r = mactor(base);
    expect(r.weighted).toBeNull();
    expect(r.unavailable).toEqual(NEEDS_MID);
    expect(r.order2.caa[0]![1]).toBe(2.5);
    expect(r.mobilisation2[1]).toEqual({ support: 4, opposition: -4, total: 8 });
  });
  it('with a MID, computes everything', () => {
    const r = mactor({ ...base, mid: MID });
    expect(r.unavailable).toEqual([]);
    expect(r.weighted!.midi).toEqual(MIDI);
    expect(r.weighted!.influence).toEqual([14, 9, 9, 8]);
    close(r.weighted!.rStar, R_STAR);
    close([r.weighted!.order3.daa[0]![2]!], [5.917]);
    // O2 looks balanced on 2MAO (4 for, 4 against) but its opponents weigh more once weighted.
    expect(r.weighted!.mobilisation3[1]!.support + r.weighted!.mobilisation3[1]!.opposition).toBeLessThan(0);
  });
  it('refuses matrices that do not match the actor and objective lists', () => {
    expect(() => mactor({ ...base, mao2: MAO2.slice(1) })).toThrow(MactorInputError);
    expect(() => mactor({ ...base, mao2: [[5, 0, 0], ...MAO2.slice(1)] })).toThrow(/-4 to 4/);
    expect(() => mactor({ ...base, mid: MID.slice(1) })).toThrow(/4 rows/);
  });
});
