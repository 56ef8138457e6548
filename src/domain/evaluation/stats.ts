/** Descriptive statistics of a round's answers: small groups of people, so nothing inferential. */

/** Partners' means are compared against whole numbers; means of thirds must not miss by a hair. */
const EPSILON = 1e-9;

export interface Stats {
  /** How many answered (a 'weet niet' or an empty field does not count). */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation: the spread of these very answers, not an estimate for a population. */
  sd: number | null;
}

export function stats(values: readonly number[]): Stats {
  const n = values.length;
  if (n === 0) return { n: 0, mean: null, min: null, max: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return { n, mean, min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) };
}

/** Whether the highest and lowest of the known means lie at least `limit` apart. */
export function apart(means: readonly (number | null)[], limit: number): boolean {
  const known = means.filter((m): m is number => m !== null);
  return known.length >= 2 && Math.max(...known) - Math.min(...known) >= limit - EPSILON;
}

/**
 * `count` of `n` as a whole percentage, rounded half up in integer arithmetic (29 of 200 is 15%, not
 * 14% through a floating-point 14.4999…). Null when there is nothing to divide by.
 */
export function percentOf(count: number, n: number): number | null {
  if (!Number.isInteger(count) || !Number.isInteger(n) || n <= 0 || count < 0 || count > n) return null;
  return Math.floor((200 * count + n) / (2 * n));
}

/** A 1–5 score or rating; undefined for anything else ('weet niet', empty, text). */
export const scaleValue = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;

/** A count such as students reached; undefined for text a draft kept, negatives and fractions. */
export const countValue = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000 ? v : undefined;
