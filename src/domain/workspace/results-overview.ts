/**
 * The latest closed evaluation round of every dossier side by side, with the measures of the trend
 * charts (trends.ts): one row per measure, one column per dossier, empty where a round has no figure
 * for it. What a municipality reports to its council. Pure.
 */
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { trends } from '#src/domain/evaluation/trends';
import type { ResultsOverview } from './api';

export function resultsOverview(
  dossiers: readonly { id: string; title: string; latest: EvaluationResults | null }[],
): ResultsOverview {
  const measures = new Map<string, ResultsOverview['measures'][number]>();
  dossiers.forEach((d, column) => {
    if (!d.latest) return;
    for (const series of trends([d.latest])) {
      const point = series.points.at(-1);
      if (!point) continue;
      let row = measures.get(series.id);
      if (!row) {
        row = { id: series.id, group: series.group, title: series.title, unit: series.unit, values: dossiers.map(() => null) };
        measures.set(series.id, row);
      }
      row.values[column] = { value: point.value, n: point.n };
    }
  });
  return {
    dossiers: dossiers.map((d) => ({
      id: d.id,
      title: d.title,
      round: d.latest ? { number: d.latest.round.number, date: d.latest.round.date } : null,
    })),
    measures: [...measures.values()],
  };
}
