import { describe, expect, it } from 'vitest';
import { apart, countValue, percentOf, scaleValue, stats } from './stats';

describe('round statistics', () => {
  it('gives count, mean, range and the population standard deviation', () => {
    const s = stats([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toEqual({ n: 8, mean: 5, min: 2, max: 9, sd: 2 });
  });

  it('has no mean or spread without answers, and no spread for one', () => {
    expect(stats([])).toEqual({ n: 0, mean: null, min: null, max: null, sd: null });
    expect(stats([3])).toEqual({ n: 1, mean: 3, min: 3, max: 3, sd: 0 });
  });

  it('marks partners whose means lie 2 or more apart, also for means of thirds', () => {
    expect(apart([2, 4], 2)).toBe(true);
    expect(apart([1 + 2 / 3, 3 + 2 / 3], 2)).toBe(true);
    expect(apart([2, 3.99], 2)).toBe(false);
    expect(apart([2, null, 5], 2)).toBe(true);
    expect(apart([4, null], 2)).toBe(false);
  });

  it('rounds percentages half up in whole numbers', () => {
    expect(percentOf(29, 200)).toBe(15);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(6, 5)).toBeNull();
  });

  it('reads only real scores and counts from stored drafts', () => {
    expect([1, 5, 0, 6, 2.5, '3', 'weet_niet', null].map(scaleValue)).toEqual([
      1,
      5,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([0, 120, -1, 1.5, '12', 100_001].map(countValue)).toEqual([0, 120, undefined, undefined, undefined, undefined]);
  });
});
