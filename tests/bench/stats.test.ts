import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, scalingExponent } from '../../bench/stats.js';

describe('benchmark statistics', () => {
  it('takes the median of odd and even samples without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('reports ratios and refuses a zero baseline', () => {
    expect(ratio(30, 120)).toBeCloseTo(0.25);
    expect(() => ratio(1, 0)).toThrow();
  });

  it('recovers the exponent of a power law', () => {
    const linear = [100, 1000, 10000].map((size) => ({ size, cost: 3 * size }));
    const quadratic = [100, 1000, 10000].map((size) => ({ size, cost: 0.5 * size ** 2 }));
    const nLogN = [100, 1000, 10000].map((size) => ({ size, cost: size * Math.log(size) }));
    expect(scalingExponent(linear)).toBeCloseTo(1, 10);
    expect(scalingExponent(quadratic)).toBeCloseTo(2, 10);
    expect(scalingExponent(nLogN)).toBeGreaterThan(1.05);
    expect(scalingExponent(nLogN)).toBeLessThan(1.2);
    expect(() => scalingExponent([{ size: 10, cost: 1 }])).toThrow();
  });
});
