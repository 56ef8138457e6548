import type { ReportTable } from '#templates/evaluation-report/parts';
import type { ChartSpec } from './chart-spec';

/** A chart with its title, its summary in words and the same figures as a table. */
export interface Figure {
  id: string;
  title: string;
  summary: string;
  chart: ChartSpec;
  table: ReportTable;
}
