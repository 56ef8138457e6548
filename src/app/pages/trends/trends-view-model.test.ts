import { describe, expect, it } from 'vitest';
import type { EvaluationResults, TrendSeries } from '#src/domain/evaluation/api';
import { EXAMPLE_ROUNDS } from '#src/domain/evaluation/example-rounds';
import { evaluationResults } from '#src/domain/evaluation/results';
import { trends } from '#src/domain/evaluation/trends';
import { closedRoundCount, trendFigure, trendGroups, trendSummary } from './trends-view-model';

const [first, second] = EXAMPLE_ROUNDS.map((r) => evaluationResults(r.round, r.snapshot, r.responses)) as [
  EvaluationResults,
  EvaluationResults,
];
const BASELINE = { date: '2027-01-10', presence: EXAMPLE_ROUNDS[0]!.snapshot.baseline };
const all = trends([first, second], BASELINE);

const series = (unit: TrendSeries['unit'], values: number[], baseline = false): TrendSeries => ({
  id: 'x',
  group: unit === 'score' ? 'presence' : 'students',
  title: 'Iets',
  unit,
  points: values.map((value, i) => ({
    roundId: baseline && i === 0 ? null : `r${i}`,
    label: baseline && i === 0 ? 'Nulmeting (stap 4)' : `Ronde ${i + (baseline ? 0 : 1)}`,
    date: `2027-0${i + 1}-01`,
    value,
    n: 4,
  })),
});

describe('the trends page as data', () => {
  it('says in words how a measure moved from the first to the last measurement', () => {
    expect(trendSummary(series('score', [2.75, 3.4, 4], true))).toBe(
      'Gestegen van 2,8 bij nulmeting (stap 4) naar 4,0 bij ronde 2.',
    );
    expect(trendSummary(series('percent', [63, 43]))).toBe('Gedaald van 63% bij ronde 1 naar 43% bij ronde 2.');
    // A difference too small to show is no change.
    expect(trendSummary(series('score', [3.01, 2.99]))).toBe('Gelijk gebleven: 3,0 bij ronde 1 en bij ronde 2.');
    expect(trendSummary(series('percent', [50]))).toBe(
      'Eén meting: 50% bij ronde 1. De lijn verschijnt vanaf de volgende ronde.',
    );
  });

  it('draws one line per measure with the baseline first, and tabulates the same figures', () => {
    const presence = all.find((s) => s.group === 'presence' && s.points.length === 3)!;
    const figure = trendFigure(presence);
    expect(figure.chart.kind).toBe('line');
    expect(figure.chart.rows.map((r) => r.label)).toEqual(presence.points.map((p) => p.label));
    expect(figure.chart.rows[0]!.label).toBe('Nulmeting (stap 4)');
    expect(figure.chart.rows.map((r) => r.values.s0)).toEqual(presence.points.map((p) => p.value));
    expect(figure.table.rows).toHaveLength(3);
    expect(figure.table.rows[1]![0]).toMatch(/^Ronde 1 \(\d+ \w+ \d{4}\)$/);
    expect(figure.table.rows.map((r) => r[1])).toEqual(presence.points.map((p) => p.value.toFixed(1).replace('.', ',')));
    expect(figure.table.columns.map((c) => c.header)).toEqual([
      'Meting',
      'Gemiddelde score (1 tot en met 5)',
      'Aantal antwoorden',
    ]);
    expect(figure.id).toMatch(/^trend-[a-zA-Z0-9-]+$/);
  });

  it('groups every measure once, by subject, in a fixed order', () => {
    const groups = trendGroups(all);
    expect(groups.map((g) => g.id)).toEqual([
      'response',
      'actions',
      'students',
      'experience',
      'presence',
      'reach',
      'agreements',
      'behind',
    ]);
    expect(groups.flatMap((g) => g.figures)).toHaveLength(all.length);
    const agreements = groups.find((g) => g.id === 'agreements')!;
    expect(agreements.figures.map((f) => f.title)).toContain('De afspraken over signalen werken');
    const behind = groups.find((g) => g.id === 'behind')!;
    expect(behind.figures[0]!.title).toBe('Staat nog achter de visie');
  });

  it('counts the closed rounds, not the baseline', () => {
    expect(closedRoundCount(all)).toBe(2);
    expect(closedRoundCount(trends([], BASELINE))).toBe(0);
    expect(trendGroups([])).toEqual([]);
  });
});
