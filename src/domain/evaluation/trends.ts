import type { EvaluationResults, TrendPoint, TrendSeries } from './api';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { percentOf } from './stats';

/**
 * Trends across rounds: for every measure, its series over all closed evaluation rounds in date order,
 * shaped for a chart (`{ id, title, unit, points }`). The baseline of step 4 comes first where a measure
 * has one (factor presence). Pure: the server and the client compute the same series from the same results.
 */

export interface TrendBaseline {
  /** When the baseline was taken (the last closed baseline round), when known. */
  date: string | null;
  /** Mean presence per factor id, from step 4's assessment. */
  presence: Record<string, { mean: number | null; n: number }>;
}

type Measure = Omit<TrendSeries, 'points'>;

export function trends(results: readonly EvaluationResults[], baseline?: TrendBaseline): TrendSeries[] {
  const rounds = [...results].sort(
    (a, b) => a.round.date.localeCompare(b.round.date) || (a.round.number ?? 0) - (b.round.number ?? 0),
  );
  // Insertion order: the first round that has a measure decides where its series stands.
  const series = new Map<string, TrendSeries>();
  const add = (measure: Measure, point: TrendPoint | null) => {
    let s = series.get(measure.id);
    if (!s) series.set(measure.id, (s = { ...measure, points: [] }));
    // The newest round names the measure (a factor or goal may have been renamed since).
    s.title = measure.title;
    if (point) s.points.push(point);
  };
  const at = (r: EvaluationResults, value: number | null, n: number): TrendPoint | null =>
    value === null
      ? null
      : { roundId: r.round.id, label: evaluationNl.measures.roundLabel(r.round.number), date: r.round.date, value, n };

  if (baseline) {
    for (const q of rounds.at(-1)?.numeric ?? []) {
      const factorId = q.group === 'presence' ? q.id.slice('presence:'.length) : null;
      const b = factorId ? baseline.presence[factorId] : undefined;
      if (b && b.mean !== null) {
        add(
          { id: q.id, group: q.group, title: q.title, unit: 'score' },
          { roundId: null, label: evaluationNl.measures.baselineLabel, date: baseline.date, value: b.mean, n: b.n },
        );
      }
    }
  }

  for (const r of rounds) {
    for (const q of r.numeric) add({ id: q.id, group: q.group, title: q.title, unit: q.unit }, at(r, q.all.mean, q.all.n));
    for (const q of r.choices) add({ id: q.id, group: q.group, title: q.title, unit: 'percent' }, at(r, q.percentJa, q.n));
    for (const q of r.students?.questions ?? [])
      add(
        { id: `students:${q.id}`, group: 'students', title: q.title, unit: 'percent' },
        at(r, q.percentJa, r.students!.respondents),
      );
    add(
      { id: 'actions:done', group: 'actions', title: evaluationNl.measures.actionsDone, unit: 'percent' },
      at(r, r.actions.percentDone, r.actions.total),
    );
    add(
      { id: 'response:rate', group: 'response', title: evaluationNl.measures.responseRate, unit: 'percent' },
      at(r, percentOf(Math.min(r.response.responded, r.response.invitees), r.response.invitees), r.response.invitees),
    );
  }
  return [...series.values()].filter((s) => s.points.length > 0);
}
