import { describe, expect, it } from 'vitest';
import { METRIC_MAX_SIZE, METRIC_MIN_SIZE, metricSize } from './decorations';

describe('metricSize', () => {
  it('maps 0 to the smallest node and the maximum to the largest', () => {
    expect(metricSize(0, 4)).toBe(METRIC_MIN_SIZE);
    expect(metricSize(4, 4)).toBe(METRIC_MAX_SIZE);
  });
  it('makes the area proportional to the value and is monotone', () => {
    const area = (v: number) => (metricSize(v, 1) - METRIC_MIN_SIZE) ** 2;
    expect(area(0.25) / area(1)).toBeCloseTo(0.25, 2);
    expect(metricSize(0.3, 1)).toBeLessThan(metricSize(0.6, 1));
  });
  it('keeps every node at the smallest size when the metric is 0 everywhere', () => {
    expect(metricSize(0, 0)).toBe(METRIC_MIN_SIZE);
  });
});
