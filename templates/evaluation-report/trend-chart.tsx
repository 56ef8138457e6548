/**
 * A trend chart drawn as vector graphics (react-pdf's Svg), with its title, a summary in words, a
 * legend and the same figures as a table: readable in black and white and without the picture.
 * Positions come prepared as shares of the plot (0–1); this only maps them onto the page.
 */
import { Circle, Line, Path, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { chartLines, colours, space, styles, type ChartMarker } from '#templates/theme';
import { PORTRAIT, Table } from '#templates/pdf/table';
import type { Chart, ChartPoint } from './parts';

const WIDTH = PORTRAIT.width;
const HEIGHT = 150;
/** Room for the value labels left of the plot and the round labels under it. */
const LEFT = 34;
const RIGHT = 8;
const TOP = 6;
const BOTTOM = 18;
/** The first and last round stand this far inside the plot, so their labels fit. */
const INSET = 28;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const LABEL_W = 60;

function xAt(i: number, n: number) {
  return n <= 1 ? LEFT + PLOT_W / 2 : LEFT + INSET + (i * (PLOT_W - 2 * INSET)) / (n - 1);
}
const yAt = (share: number) => TOP + (1 - share) * PLOT_H;

/** A line joins neighbouring rounds only: a round without a figure leaves a gap, not a guess. */
function runs(points: readonly ChartPoint[]): ChartPoint[][] {
  const out: ChartPoint[][] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.at(-1)!.x === p.x - 1) last.push(p);
    else out.push([p]);
  }
  return out.filter((run) => run.length > 1);
}

function Marker({ kind, x, y, colour }: { kind: ChartMarker; x: number; y: number; colour: string }) {
  const r = 2.6;
  switch (kind) {
    case 'circle':
      return <Circle cx={x} cy={y} r={r} fill={colour} />;
    case 'square':
      return <Rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return <Path d={`M ${x} ${y - r - 0.6} L ${x + r + 0.4} ${y + r} L ${x - r - 0.4} ${y + r} Z`} fill={colour} />;
    case 'diamond':
      return (
        <Path d={`M ${x} ${y - r - 0.8} L ${x + r + 0.8} ${y} L ${x} ${y + r + 0.8} L ${x - r - 0.8} ${y} Z`} fill={colour} />
      );
  }
}

/** A legend entry's sample: a short stretch of the line with its marker. */
function Sample({ index }: { index: number }) {
  const line = chartLines[index % chartLines.length]!;
  return (
    <Svg width={22} height={8} style={{ marginRight: space.s }}>
      <Line x1={1} y1={4} x2={21} y2={4} stroke={line.colour} strokeWidth={1.4} strokeDasharray={line.dash} />
      <Marker kind={line.marker} x={11} y={4} colour={line.colour} />
    </Svg>
  );
}

export function TrendChart({ chart }: { chart: Chart }) {
  const n = chart.xLabels.length;
  return (
    <View style={styles.chart}>
      {/* Title, summary, picture and legend stay together; the table may run on. */}
      <View wrap={false}>
        <Text style={styles.chartTitle}>{chart.title}</Text>
        <Text style={styles.chartSummary}>{chart.summary}</Text>
        <View style={{ width: WIDTH, height: HEIGHT, position: 'relative' }}>
          <Svg width={WIDTH} height={HEIGHT} style={{ position: 'absolute', top: 0, left: 0 }}>
            {chart.yTicks.map((t, i) => (
              <Line
                key={i}
                x1={LEFT}
                x2={LEFT + PLOT_W}
                y1={yAt(t.at)}
                y2={yAt(t.at)}
                stroke={i === 0 ? colours.muted : colours.grid}
                strokeWidth={i === 0 ? 0.8 : 0.5}
              />
            ))}
            {chart.series.flatMap((s, k) => {
              const line = chartLines[k % chartLines.length]!;
              return runs(s.points).map((run, r) => (
                <Polyline
                  key={`${k}-${r}`}
                  points={run.map((p) => `${xAt(p.x, n)},${yAt(p.y)}`).join(' ')}
                  fill="none"
                  stroke={line.colour}
                  strokeWidth={1.4}
                  strokeDasharray={line.dash}
                />
              ));
            })}
            {chart.series.flatMap((s, k) =>
              s.points.map((p, j) => (
                <Marker
                  key={`${k}-${j}`}
                  kind={chartLines[k % chartLines.length]!.marker}
                  x={xAt(p.x, n)}
                  y={yAt(p.y)}
                  colour={chartLines[k % chartLines.length]!.colour}
                />
              )),
            )}
          </Svg>
          {chart.yTicks.map((t, i) => (
            <Text
              key={`y${i}`}
              style={[styles.chartAxisLabel, { left: 0, width: LEFT - 4, top: yAt(t.at) - 3, textAlign: 'right' }]}
            >
              {t.label}
            </Text>
          ))}
          {chart.xLabels.map((label, i) => (
            <Text
              key={`x${i}`}
              style={[
                styles.chartAxisLabel,
                { left: xAt(i, n) - LABEL_W / 2, width: LABEL_W, top: HEIGHT - BOTTOM + 5, textAlign: 'center' },
              ]}
            >
              {label}
            </Text>
          ))}
        </View>
        <View style={styles.chartLegend}>
          {chart.series.map((s, k) => (
            <View key={k} style={styles.chartLegendItem}>
              <Sample index={k} />
              <Text style={styles.chartLegendText}>{s.name}</Text>
            </View>
          ))}
        </View>
      </View>
      <Table label="" columns={chart.table.columns} rows={chart.table.rows} area={PORTRAIT} />
    </View>
  );
}
