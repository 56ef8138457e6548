/**
 * The trend charts of the main measures across the closed rounds up to this one: positions already
 * scaled (0–1), ticks, a table with the same figures and a summary in words. The document only draws.
 */
import type { TrendSeries } from '#src/domain/evaluation/api';
import { decimal, number, percent } from '#templates/format';
import type { Column } from '#templates/pdf/types';
import { reportCopy } from './copy';
import type { Chart } from './parts';

type Unit = TrendSeries['unit'];
const tr = reportCopy.trends;

interface ChartDefinition {
  id: string;
  title: string;
  unit: Unit;
  pick: (s: TrendSeries) => boolean;
  /** Replace the picked series by one: the mean of their values per round. */
  meanAs?: string;
}

/** The main measures, one chart each, in the order the report prints them. */
const CHARTS: ChartDefinition[] = [
  {
    id: 'trend-respons',
    title: tr.charts.response,
    unit: 'percent',
    pick: (s) => s.group === 'response' || s.group === 'actions',
  },
  { id: 'trend-leerlingen', title: tr.charts.students, unit: 'percent', pick: (s) => s.group === 'students' },
  { id: 'trend-ervaring', title: tr.charts.experience, unit: 'score', pick: (s) => s.group === 'experience' },
  {
    id: 'trend-factoren',
    title: tr.charts.presence,
    unit: 'score',
    pick: (s) => s.group === 'presence',
    meanAs: tr.presenceMean,
  },
  { id: 'trend-bereik', title: tr.charts.reach, unit: 'count', pick: (s) => s.group === 'reach' },
  { id: 'trend-achter', title: tr.charts.behind, unit: 'percent', pick: (s) => s.group === 'vision' || s.group === 'goal' },
  {
    id: 'trend-afspraken',
    title: tr.charts.agreements,
    unit: 'percent',
    pick: (s) => s.group === 'agreements' || s.group === 'signals',
  },
];

/** A value as the chart's unit reads: "3,4", "43%", "62,5". */
export const valueOf = (unit: Unit, v: number) => (unit === 'score' ? decimal(v) : unit === 'percent' ? percent(v) : number(v));

/** A round on the horizontal axis: the baseline has no round id. */
const keyOf = (p: { roundId: string | null }) => p.roundId ?? '';

/** The top of a count axis and its step: 1, 2, 2,5 or 5 times a power of ten, so that 3 to 5 gridlines fall on round numbers. */
export function niceMax(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

function scale(unit: Unit, values: number[]) {
  if (unit === 'score')
    return { y: (v: number) => (v - 1) / 4, ticks: [1, 2, 3, 4, 5].map((v) => ({ at: (v - 1) / 4, label: String(v) })) };
  if (unit === 'percent')
    return { y: (v: number) => v / 100, ticks: [0, 25, 50, 75, 100].map((v) => ({ at: v / 100, label: percent(v) })) };
  const { top, step } = niceMax(Math.max(0, ...values));
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { y: (v: number) => v / top, ticks: ticks.map((v) => ({ at: v / top, label: number(v) })) };
}

/** The mean of several series per round (rounds where none of them has a value are left out). */
function meanSeries(series: TrendSeries[], title: string, unit: Unit): TrendSeries {
  const byRound = new Map<string, { label: string; date: string | null; roundId: string | null; sum: number; n: number }>();
  for (const s of series)
    for (const p of s.points) {
      const e = byRound.get(keyOf(p)) ?? { label: p.label, date: p.date, roundId: p.roundId, sum: 0, n: 0 };
      e.sum += p.value;
      e.n++;
      byRound.set(keyOf(p), e);
    }
  return {
    id: `${series[0]?.group ?? 'mean'}:mean`,
    group: series[0]?.group ?? 'presence',
    title,
    unit,
    points: [...byRound.values()].map((e) => ({ roundId: e.roundId, label: e.label, date: e.date, value: e.sum / e.n, n: e.n })),
  };
}

function summaryOf(series: TrendSeries[], unit: Unit): string {
  const moves = series
    .filter((s) => s.points.length >= 2)
    .map((s) => ({ s, from: s.points[0]!.value, to: s.points.at(-1)!.value }))
    .map((m) => ({ ...m, by: m.to - m.from }));
  if (moves.length === 0) return tr.oneMeasurement;
  const up = moves.reduce((best, m) => (m.by > best.by ? m : best));
  const down = moves.reduce((worst, m) => (m.by < worst.by ? m : worst));
  // Differences too small to print are no rise or fall.
  const shows = (m: (typeof moves)[number]) => valueOf(unit, m.from) !== valueOf(unit, m.to);
  const parts = [
    up.by > 0 && shows(up) ? tr.rose(up.s.title, valueOf(unit, up.from), valueOf(unit, up.to)) : '',
    down.by < 0 && shows(down) ? tr.fell(down.s.title, valueOf(unit, down.from), valueOf(unit, down.to)) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : tr.steady;
}

type RoundColumn = [key: string, round: { label: string; date: string; order: number }];

/** The rounds (and baseline) these series have points in: the baseline first, then by date, as first seen on equal dates. */
function roundsOf(series: readonly TrendSeries[]): RoundColumn[] {
  const seen = new Map<string, RoundColumn[1]>();
  for (const s of series)
    for (const p of s.points)
      if (!seen.has(keyOf(p)))
        seen.set(keyOf(p), { label: p.label, date: p.roundId === null ? '' : (p.date ?? ''), order: seen.size });
  return [...seen.entries()].sort(([, a], [, b]) => a.date.localeCompare(b.date) || a.order - b.order);
}

/**
 * Charts of the main measures; a measure without any figure gets no chart. Every chart runs over the
 * same rounds (the baseline first where the chart has one), so a round without a figure, such as one
 * without a student survey, shows as a gap rather than disappearing.
 */
export function trendCharts(all: readonly TrendSeries[]): Chart[] {
  const everyRound = roundsOf(all).filter(([key]) => key !== keyOf({ roundId: null }));
  return CHARTS.flatMap((def): Chart[] => {
    const picked = all.filter((s) => def.pick(s) && s.points.length > 0);
    if (picked.length === 0) return [];
    const series = def.meanAs ? [meanSeries(picked, def.meanAs, def.unit)] : picked;
    const baseline = roundsOf(series).filter(([key]) => key === keyOf({ roundId: null }));
    const rounds = [...baseline, ...everyRound];
    const index = new Map(rounds.map(([key], i) => [key, i]));
    const { y, ticks } = scale(
      def.unit,
      series.flatMap((s) => s.points.map((p) => p.value)),
    );
    const columns: Column[] = [
      { header: tr.measure, width: 4, emphasis: true },
      ...rounds.map(([, r]): Column => ({ header: r.label, width: 1.2, align: 'right' })),
    ];
    return [
      {
        id: def.id,
        title: def.title,
        xLabels: rounds.map(([, r]) => r.label),
        yTicks: ticks,
        series: series.map((s) => ({
          name: s.title,
          points: s.points
            .map((p) => ({
              x: index.get(keyOf(p))!,
              y: Math.min(1, Math.max(0, y(p.value))),
              label: valueOf(def.unit, p.value),
            }))
            .sort((a, b) => a.x - b.x),
        })),
        table: {
          columns,
          rows: series.map((s) => [
            s.title,
            ...rounds.map(([key]) => {
              const p = s.points.find((pt) => keyOf(pt) === key);
              return p ? valueOf(def.unit, p.value) : reportCopy.emptyValue;
            }),
          ]),
        },
        summary: summaryOf(series, def.unit),
      },
    ];
  });
}
