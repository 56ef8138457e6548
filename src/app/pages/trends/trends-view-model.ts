/**
 * The trends page as data: every measure (`trends()` of the domain) as a chart across the closed
 * rounds, the step-4 baseline first where it has one, with a summary in words and the same figures as
 * a table, grouped by subject. Pure.
 */
import type { TrendSeries } from '#src/domain/evaluation/api';
import { resultsNl } from '#src/i18n/nl/results';
import { date, number } from '#templates/format';
import { valueOf } from '#templates/evaluation-report/trends-data';
import { seriesKey } from '#src/app/pages/results/chart-spec';
import type { Figure } from '#src/app/pages/results/figure';

const t = resultsNl.trends;

export type TrendGroupId = keyof typeof t.groups;

export interface TrendGroup {
  id: TrendGroupId;
  title: string;
  figures: Figure[];
}

const GROUP_OF: Record<TrendSeries['group'], TrendGroupId> = {
  response: 'response',
  actions: 'actions',
  students: 'students',
  experience: 'experience',
  presence: 'presence',
  reach: 'reach',
  agreements: 'agreements',
  signals: 'agreements',
  vision: 'behind',
  goal: 'behind',
};

const countHeader = (group: TrendSeries['group']) =>
  group === 'students' || group === 'actions' || group === 'response' ? t.count[group] : t.count.other;

/** First against last measurement, in words; one measurement says the line comes later. */
export function trendSummary(series: TrendSeries): string {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last) return '';
  const [from, to] = [valueOf(series.unit, first.value), valueOf(series.unit, last.value)];
  if (first === last) return t.one(to, last.label);
  if (from === to) return t.same(to, first.label, last.label);
  return last.value > first.value ? t.rose(from, first.label, to, last.label) : t.fell(from, first.label, to, last.label);
}

/** One measure as a line chart with its table: a row per measurement (the baseline first). */
export function trendFigure(series: TrendSeries): Figure {
  return {
    id: `trend-${series.id.replace(/[^a-zA-Z0-9-]+/g, '-')}`,
    title: series.title,
    summary: trendSummary(series),
    chart: {
      kind: 'line',
      unit: series.unit,
      series: [{ key: seriesKey(0), name: series.title }],
      rows: series.points.map((p) => ({ label: p.label, values: { [seriesKey(0)]: p.value } })),
    },
    table: {
      label: '',
      columns: [
        { header: t.columns.measurement, width: 3, emphasis: true },
        { header: t.units[series.unit], width: 2, align: 'right' },
        { header: countHeader(series.group), width: 2, align: 'right' },
      ],
      rows: series.points.map((p) => [
        p.date ? `${p.label} (${date(p.date)})` : p.label,
        valueOf(series.unit, p.value),
        number(p.n),
      ]),
    },
  };
}

/** The measures by subject, in a fixed order of subjects; within a subject as the domain lists them. */
export function trendGroups(series: readonly TrendSeries[]): TrendGroup[] {
  return (Object.keys(t.groups) as TrendGroupId[]).flatMap((id) => {
    const figures = series.filter((s) => GROUP_OF[s.group] === id && s.points.length > 0).map(trendFigure);
    return figures.length ? [{ id, title: t.groups[id], figures }] : [];
  });
}

/** How many closed rounds the series cover (the baseline is no round). */
export const closedRoundCount = (series: readonly TrendSeries[]) =>
  new Set(series.flatMap((s) => s.points.flatMap((p) => (p.roundId ? [p.roundId] : [])))).size;
