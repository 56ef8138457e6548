import { useCallback, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TrendSeries } from '#src/domain/evaluation/api';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { roundsPath } from '#src/app/pages/rounds/paths';
import { useRoundsData } from '#src/app/pages/rounds/use-rounds-data';
import { FigureView } from '#src/app/pages/results/part-view';
import { resultsNl } from '#src/i18n/nl/results';
import { roundsNl } from '#src/i18n/nl/rounds';
import { closedRoundCount, trendGroups } from './trends-view-model';
import '#src/app/pages/results/results.css';

const t = resultsNl.trends;

/** "Ontwikkeling over de rondes": every measure across the closed rounds, with step 4's baseline. */
export default function TrendsPage() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.rounds.trends(), [sync]);
  const data = useRoundsData(sync, load, t.loadFailed);
  const back = (
    <Paragraph className="sw-breadcrumb sw-no-print">
      <RouterLink to={roundsPath(dossier.id)} className="utrecht-link">
        {roundsNl.round.back}
      </RouterLink>
    </Paragraph>
  );
  return (
    <div className="sw-results">
      {back}
      <PageHeading focusKey="trends">{t.title}</PageHeading>
      {data.kind === 'loading' && <Loading text={t.loading} />}
      {data.kind === 'error' && (
        <>
          <Alert type="error" role="alert">
            <Paragraph>{data.message}</Paragraph>
          </Alert>
          <Button type="button" appearance="secondary-action-button" onClick={data.reload}>
            {roundsNl.students.retry}
          </Button>
        </>
      )}
      {data.kind === 'ready' && <Trends series={data.data} />}
    </div>
  );
}

function Trends({ series }: { series: TrendSeries[] }) {
  const { dossier } = useDossier();
  const groups = useMemo(() => trendGroups(series), [series]);
  if (closedRoundCount(series) === 0) {
    return (
      <>
        <Paragraph>{t.empty}</Paragraph>
        <Paragraph>
          <RouterLink to={roundsPath(dossier.id)} className="utrecht-link">
            {t.toRounds}
          </RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      <nav aria-labelledby="op-deze-pagina" className="sw-on-this-page sw-no-print">
        <Paragraph id="op-deze-pagina">
          <strong>{roundsNl.round.onThisPage}</strong>
        </Paragraph>
        <UnorderedList>
          {groups.map((g) => (
            <UnorderedListItem key={g.id}>
              <a href={`#trend-${g.id}`} className="utrecht-link">
                {g.title}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </nav>
      {groups.map((g) => (
        <section key={g.id} id={`trend-${g.id}`} aria-labelledby={`trend-${g.id}-titel`} className="sw-results-section">
          <Heading2 id={`trend-${g.id}-titel`}>{g.title}</Heading2>
          <div className="sw-trend-grid">
            {g.figures.map((figure) => (
              <FigureView key={figure.id} figure={figure} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
