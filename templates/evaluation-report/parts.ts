/**
 * The printable parts of the evaluation report: what `toEvaluationReportData` computes and the document
 * lays out. Plain data (no react-pdf), so a browser rendition could read the same.
 */
import type { Column, Field } from '#templates/pdf/types';

/** Someone's text, with who said it (several people when they wrote the same). */
export interface Quote {
  text: string;
  who: string;
}

export interface ReportTable {
  label: string;
  columns: Column[];
  rows: string[][];
  note?: string;
  /** Rows (by index) to mark: partners' means 2 or more apart. The row also says so in words. */
  marked?: number[];
}

/** A point of a chart series: its position as shares of the plot (0–1) and its value as printed. */
export interface ChartPoint {
  /** Index into the chart's `xLabels`. */
  x: number;
  /** 0 at the bottom of the plot, 1 at the top. */
  y: number;
  label: string;
}

/** A line chart across rounds; the document draws it with vector graphics and prints `table` below it. */
export interface Chart {
  id: string;
  title: string;
  /** The rounds (the baseline first, where there is one), left to right. */
  xLabels: string[];
  /** Gridlines: position (0 bottom, 1 top) and label. */
  yTicks: { at: number; label: string }[];
  /** One line per measure; the document gives each a colour and a marker by its index. */
  series: { name: string; points: ChartPoint[] }[];
  /** The same figures as the chart: a row per measure, a column per round. */
  table: { columns: Column[]; rows: string[][] };
  /** The chart in one or two sentences. */
  summary: string;
}

export type Part =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'fields'; fields: Field[] }
  | ({ kind: 'table' } & ReportTable)
  | { kind: 'quotes'; label: string; items: Quote[] }
  | { kind: 'chart'; chart: Chart }
  | { kind: 'note'; text: string };

export interface ReportSection {
  id: string;
  title: string;
  /** Starts on a page of its own. */
  newPage?: boolean;
  parts: Part[];
}
