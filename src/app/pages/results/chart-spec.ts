/** What a chart shows, as plain data: the view models compute it, the lazily loaded charts module draws it. */

export type ChartUnit = 'score' | 'percent' | 'count';

export interface ChartSeries {
  /** A key safe for the chart library's data rows ("s0", "s1", …). */
  key: string;
  name: string;
}

export interface ChartSpec {
  /** `bars`: a bar per series for each row; `stacked`: the series stacked to 100%; `line`: rows are rounds, left to right. */
  kind: 'bars' | 'stacked' | 'line';
  unit: ChartUnit;
  series: ChartSeries[];
  /** One row per category (bars) or per round (line); values by series key, null where there is none. */
  rows: { label: string; values: Record<string, number | null> }[];
}

export const seriesKey = (i: number) => `s${i}`;
