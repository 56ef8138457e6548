import { Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { ChartWithTable } from '#src/ui/chart-with-table';
import { DataTable } from '#src/ui/data-table';
import { resultsNl } from '#src/i18n/nl/results';
import { reportCopy } from '#templates/evaluation-report/copy';
import type { Figure } from './figure';
import { LazyChart } from './lazy-chart';
import type { ViewPart } from './results-view-model';

/** A chart with its summary and table; the drawing loads on demand. */
export function FigureView({ figure }: { figure: Figure }) {
  const { label: _label, ...table } = figure.table;
  return (
    <ChartWithTable
      title={figure.title}
      summary={figure.summary}
      tableHint={resultsNl.charts.tableFollows}
      chart={<LazyChart spec={figure.chart} />}
      table={table}
    />
  );
}

/** One part of a results section, as HTML: the same parts the evaluation report prints. */
export function PartView({ part }: { part: ViewPart }) {
  switch (part.kind) {
    case 'figure':
      return <FigureView figure={part.figure} />;
    case 'heading':
      return <Heading3>{part.text}</Heading3>;
    case 'paragraph':
      return <Paragraph>{part.text}</Paragraph>;
    case 'note':
      return <Paragraph className="sw-results-note">{part.text}</Paragraph>;
    case 'bullets':
      return (
        <UnorderedList>
          {part.items.map((item, i) => (
            <UnorderedListItem key={i}>{item}</UnorderedListItem>
          ))}
        </UnorderedList>
      );
    case 'fields':
      return (
        <dl className="sw-results-fields">
          {part.fields.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <DataTable caption={part.label} columns={part.columns} rows={part.rows} marked={part.marked} note={part.note} />;
    case 'quotes':
      return (
        <div className="sw-results-quotes">
          <Paragraph>
            <strong>{part.label}</strong>
          </Paragraph>
          <ul>
            {part.items.map((quote, i) => (
              <li key={i}>
                <span className="sw-results-quote">{quote.text}</span>
                <span className="sw-results-who">{reportCopy.quoteBy(quote.who)}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'chart':
      // The report's own (already scaled) charts are for paper; the page draws its charts from figures.
      return null;
  }
}
