import { useId, type ReactNode } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { DataTable, type DataTableProps } from './data-table';

export interface ChartWithTableProps {
  title: string;
  /** The chart in a sentence or two, for everyone: the trend or the main difference. */
  summary: string;
  /** Read after the title and summary, instead of the drawing: where the figures are. */
  tableHint: string;
  /** The drawing itself (presentational; its figures are the table's). */
  chart: ReactNode;
  table: Omit<DataTableProps, 'caption'>;
}

/**
 * A chart as everyone can read it: a title, a summary in words, the drawing (one image to assistive
 * technology, named by the title and described by the summary) and the same figures as a table.
 */
export function ChartWithTable({ title, summary, tableHint, chart, table }: ChartWithTableProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <section className="sw-chart" aria-labelledby={titleId}>
      <Heading3 id={titleId}>{title}</Heading3>
      <Paragraph id={summaryId}>{summary}</Paragraph>
      <div className="sw-chart-drawing" role="img" aria-label={`${title}. ${tableHint}`} aria-describedby={summaryId}>
        {chart}
      </div>
      <DataTable caption={title} captionHidden {...table} />
    </section>
  );
}
