import { lazy, Suspense } from 'react';
import { Loading } from '#src/ui/loading';
import { resultsNl } from '#src/i18n/nl/results';
import type { ChartSpec } from './chart-spec';

// The chart library loads with the first chart on a page, never with the app's start.
const Chart = lazy(() => import('./charts'));

/** A chart drawing, loaded on demand; until then a line says it is coming (the table is already there). */
export function LazyChart({ spec }: { spec: ChartSpec }) {
  return (
    <Suspense fallback={<Loading text={resultsNl.charts.loading} />}>
      <Chart spec={spec} />
    </Suspense>
  );
}
