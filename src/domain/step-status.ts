import type { StepStatus } from './step';

/**
 * True when data holds no answer: only empty or whitespace strings, empty lists, nulls and
 * missing values. A list row counts as empty when all but its `id` is empty: the row id is
 * bookkeeping, not an answer. `false` and `0` are answers.
 */
export function isEmptyData(value: unknown, ignoreId = false): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((v) => isEmptyData(v, true));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).every(([k, v]) => (ignoreId && k === 'id') || isEmptyData(v));
  }
  return false;
}

/** 'afgerond' needs the complete schema to parse (and a request to complete, or an earlier completion). */
export function stepStatus(data: Record<string, unknown>, opts: { wantsComplete: boolean; parsesComplete: boolean }): StepStatus {
  if (opts.wantsComplete && opts.parsesComplete) return 'afgerond';
  return isEmptyData(data) ? 'leeg' : 'bezig';
}
