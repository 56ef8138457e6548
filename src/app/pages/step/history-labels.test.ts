import { describe, expect, it } from 'vitest';
import { changeLabel, diffStepData } from '#src/domain/history';
import { historyNl } from '#src/i18n/nl/history';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { historyCopy } from './history-values';

describe('the step history names every field the way a person knows it', () => {
  it.each(STEPS.map((s) => [s.number, s] as const))('step %i: no key of the stored data shows as a label', (_n, step) => {
    // Every field of the example (filled in completely) as if it were typed in one save.
    const changes = diffStepData({}, EXAMPLE_DOSSIER.steps[step.id]);
    const rowChanges = diffStepData({ ...EXAMPLE_DOSSIER.steps[step.id] }, stripRows(EXAMPLE_DOSSIER.steps[step.id]));
    const raw: string[] = [];
    for (const change of [...changes, ...rowChanges]) {
      const label = changeLabel(historyCopy(step.copy), change);
      const keys = change.path.filter((_, i) => change.rows[i] === null).map(String);
      for (const part of label.split(' › ')) {
        if (keys.includes(part) || part === historyNl.otherField) raw.push(`${change.path.join('.')} → ${label}`);
      }
    }
    expect(raw).toEqual([]);
  });
});

/** The same data with each row's fields emptied, so the history has a change inside every row field. */
function stripRows(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [
      k,
      Array.isArray(v) && v.every((r) => r && typeof r === 'object' && 'id' in r)
        ? v.map((r: Record<string, unknown>) => Object.fromEntries(Object.keys(r).map((f) => [f, f === 'id' ? r.id : '~'])))
        : v,
    ]),
  );
}
