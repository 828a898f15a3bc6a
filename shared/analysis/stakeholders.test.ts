import { describe, expect, it } from 'vitest';
import { hasAttribute, quadrant, salience, salienceClass, salienceType } from './stakeholders';

describe('Mendelow power–interest grid', () => {
  it('splits at 3 by default (3, the middle of the scale, counts as high)', () => {
    expect(quadrant(3, 3)).toBe('manage_closely');
    expect(quadrant(5, 2)).toBe('keep_satisfied');
    expect(quadrant(2, 5)).toBe('keep_informed');
    expect(quadrant(2, 2)).toBe('monitor');
    expect(quadrant(1, 1)).toBe('monitor');
  });
  it('takes another threshold, and says unknown when a score is missing', () => {
    expect(quadrant(3, 3, 4)).toBe('monitor');
    expect(quadrant(4, 3, 4)).toBe('keep_satisfied');
    expect(quadrant(null, 5)).toBe('unknown');
    expect(quadrant(5, null)).toBe('unknown');
  });
});

describe('Mitchell, Agle & Wood salience', () => {
  it('names the seven types and the non-stakeholder', () => {
    const table: [boolean, boolean, boolean, string, string][] = [
      [true, false, false, 'dormant', 'latent'],
      [false, true, false, 'discretionary', 'latent'],
      [false, false, true, 'demanding', 'latent'],
      [true, true, false, 'dominant', 'expectant'],
      [true, false, true, 'dangerous', 'expectant'],
      [false, true, true, 'dependent', 'expectant'],
      [true, true, true, 'definitive', 'definitive'],
      [false, false, false, 'non_stakeholder', 'non_stakeholder'],
    ];
    for (const [p, l, u, type, cls] of table) {
      expect(salienceType(p, l, u)).toBe(type);
      expect(salienceClass(salienceType(p, l, u))).toBe(cls);
      expect(salience({ power: p, legitimacy: l, urgency: u })).toEqual({ type, class: cls, candidates: [type] });
    }
  });
  it('is unknown while an attribute is unknown, and lists what remains possible', () => {
    expect(salience({ power: false, legitimacy: null, urgency: null })).toEqual({
      type: 'unknown',
      class: 'unknown',
      candidates: ['dependent', 'discretionary', 'demanding', 'non_stakeholder'],
    });
    expect(salience({ power: null, legitimacy: null, urgency: null }).candidates).toHaveLength(8);
  });
  it('reads an attribute as yes/no or as a 1–5 score with the threshold', () => {
    expect(hasAttribute(true)).toBe(true);
    expect(hasAttribute(false)).toBe(false);
    expect(hasAttribute(3)).toBe(true);
    expect(hasAttribute(2)).toBe(false);
    expect(hasAttribute(3, 4)).toBe(false);
    expect(hasAttribute(null)).toBeNull();
    expect(hasAttribute(undefined)).toBeNull();
    expect(() => hasAttribute(0)).toThrow(RangeError);
  });
});
