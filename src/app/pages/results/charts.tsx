import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSpec, ChartUnit } from './chart-spec';
import './charts.css';

/**
 * The drawings, with recharts. Loaded only by pages that show charts (see lazy-chart.tsx), so the
 * chart library never reaches the start page's bundle. The figures are always in a table as well;
 * the drawing is one image to assistive technology, so recharts' own keyboard layer is off.
 */

/** Colours with at least 3:1 contrast against white, told apart by legend and table as well. */
const COLOURS = ['#1d4f91', '#b34700', '#2b7a3d', '#6b3fa0', '#8a1c3c', '#3d5a66'];

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const format = (unit: ChartUnit) => (v: unknown) =>
  typeof v === 'number' ? (unit === 'percent' ? `${decimal.format(v)}%` : decimal.format(v)) : '';

const domainOf = (spec: ChartSpec): [number, number | 'auto'] =>
  spec.unit === 'score' ? [spec.kind === 'line' ? 1 : 0, 5] : spec.unit === 'percent' ? [0, 100] : [0, 'auto'];
const ticksOf = (spec: ChartSpec) =>
  spec.unit === 'score' ? [1, 2, 3, 4, 5] : spec.unit === 'percent' ? [0, 25, 50, 75, 100] : undefined;

/** Long category names are cut in the drawing only; the table beside it has them in full. */
const short = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);

const rowsOf = (spec: ChartSpec) => spec.rows.map((r) => ({ label: r.label, ...r.values }));

/** The series in their own order, in the page's words (recharts' own legend labels its icons in English). */
function SeriesLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="sw-chart-legend">
      {spec.series.map((s, i) => (
        <li key={s.key}>
          <span className="sw-chart-swatch" style={{ backgroundColor: COLOURS[i % COLOURS.length] }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Whether the page is phone-narrow: category names then get less room beside the bars. */
function useNarrow() {
  const query = '(max-width: 30rem)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const changed = () => setNarrow(list.matches);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, []);
  return narrow;
}

export default function Chart({ spec }: { spec: ChartSpec }) {
  const narrow = useNarrow();
  const fmt = format(spec.unit);
  const data = rowsOf(spec);
  const legend = spec.series.length > 1 ? <Legend content={<SeriesLegend spec={spec} />} /> : null;
  const tooltip = <Tooltip formatter={fmt} isAnimationActive={false} />;

  if (spec.kind === 'line') {
    return (
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} padding={{ left: 28, right: 28 }} />
          <YAxis domain={domainOf(spec)} ticks={ticksOf(spec)} tickFormatter={fmt} width={48} allowDecimals={false} />
          {tooltip}
          {legend}
          {spec.series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
              label={{ position: 'top', formatter: fmt, fontSize: 12 }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    );
  }

  // Bars lie horizontally: category names stay readable on a phone.
  const stacked = spec.kind === 'stacked';
  const perRow = stacked ? 1 : spec.series.length;
  const height = Math.max(160, spec.rows.length * (perRow * 14 + 18) + 70);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={domainOf(spec)} ticks={ticksOf(spec)} tickFormatter={fmt} />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 96 : 150}
          tickFormatter={(label: string) => short(label, narrow ? 20 : 26)}
          tick={{ fontSize: 12 }}
          interval={0}
        />
        {tooltip}
        {legend}
        {spec.series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={COLOURS[i % COLOURS.length]}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
