import { describe, expect, it } from 'vitest';
import { niceDomain, niceStep, wrapLabel } from './scale';

describe('chart scales', () => {
  it('rounds steps to 1, 2 or 5 × 10ⁿ', () => {
    expect([0.3, 1.5, 3, 7, 4200].map(niceStep)).toEqual([0.5, 2, 5, 10, 5000]);
  });
  it('covers the data with round ticks', () => {
    expect(niceDomain(0, 321)).toEqual({ min: 0, max: 400, ticks: [0, 100, 200, 300, 400] });
    expect(niceDomain(0, 0)).toMatchObject({ min: 0, max: 1 });
    expect(niceDomain(-3, 7).ticks).toContain(0);
  });
  it('wraps a label on two lines with an ellipsis when too long', () => {
    expect(wrapLabel('s’appuyer sur les schémas et politiques régionales', 30)).toEqual(['s’appuyer sur les schémas et', 'politiques régionales']);
    const cut = wrapLabel('un deux trois quatre cinq six sept huit neuf dix onze douze', 12);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});
