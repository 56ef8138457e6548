import { useCallback, useMemo } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { EvaluationResults, Round, TrendSeries } from '#src/domain/evaluation/api';
import { ActionStatus } from '#src/ui/action-status';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { saveBlob } from '#src/ui/save-blob';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { pathFor } from '#src/app/use-wizard-url';
import { roundPath } from '#src/app/pages/rounds/paths';
import { useRoundsData } from '#src/app/pages/rounds/use-rounds-data';
import { resultsNl } from '#src/i18n/nl/results';
import { roundsNl } from '#src/i18n/nl/rounds';
import { evaluationReportFileName } from '#templates/to-evaluation-report-data';
import { trendsPath } from './links';
import { PartView } from './part-view';
import { ProposeAmendment } from './propose-amendment';
import { PutInPlan } from './put-in-plan';
import { resultsSections } from './results-view-model';
import './results.css';

interface Loaded {
  round: Round;
  /** Only for a closed evaluation round: before closing nobody sees anyone else's answers. */
  results: EvaluationResults | null;
  trends: TrendSeries[];
}

/** The results of a closed evaluation round; while a round is open only how many have answered. */
export default function ResultsPage() {
  const { roundId = '' } = useParams();
  return <ResultsView key={roundId} roundId={roundId} />;
}

function ResultsView({ roundId }: { roundId: string }) {
  const { dossier, sync } = useDossier();
  const load = useCallback(async (): Promise<Loaded> => {
    const { round } = await sync.rounds.get(roundId);
    if (round.state !== 'gesloten' || round.kind !== 'evaluatie') return { round, results: null, trends: [] };
    const [results, trends] = await Promise.all([sync.rounds.results(roundId), sync.rounds.trends()]);
    return { round, results: results.kind === 'evaluatie' ? results : null, trends };
  }, [sync, roundId]);
  const data = useRoundsData(sync, load, resultsNl.loadFailed);
  const back = (
    <Paragraph className="sw-breadcrumb sw-no-print">
      <RouterLink to={roundPath(dossier.id, roundId)} className="utrecht-link">
        {resultsNl.backToRound}
      </RouterLink>
    </Paragraph>
  );

  if (data.kind === 'loading') return <Loading text={resultsNl.loading} />;
  if (data.kind === 'error') {
    return (
      <div className="sw-results">
        {back}
        <PageHeading focusKey="resultaten">{roundsNl.list.results}</PageHeading>
        <Alert type="error" role="alert">
          <Paragraph>{data.status === 404 ? roundsNl.round.notFound : data.message}</Paragraph>
        </Alert>
        {data.status !== 404 && (
          <Button type="button" appearance="secondary-action-button" onClick={data.reload}>
            {roundsNl.students.retry}
          </Button>
        )}
      </div>
    );
  }
  const { round, results, trends } = data.data;
  return (
    <article className="sw-results" aria-labelledby="resultaten-titel">
      {back}
      <div id="resultaten-titel">
        <PageHeading focusKey={`resultaten-${round.id}`}>{resultsNl.title(roundsNl.name(round))}</PageHeading>
      </div>
      {results ? <ClosedRound round={round} results={results} trends={trends} /> : <NoResultsYet round={round} />}
    </article>
  );
}

function NoResultsYet({ round }: { round: Round }) {
  const { dossier } = useDossier();
  if (round.kind === 'nulmeting') {
    return (
      <>
        <Paragraph>{resultsNl.baseline}</Paragraph>
        <Paragraph>
          <RouterLink to={pathFor(dossier.id, 'visie')} className="utrecht-link">
            {roundsNl.round.toStep4}
          </RouterLink>
        </Paragraph>
      </>
    );
  }
  const { responded, invitees, paper } = round.progress;
  return (
    <Paragraph>
      {round.state === 'gepland'
        ? resultsNl.notOpened
        : resultsNl.notClosed(roundsNl.progress.withPaper(responded, invitees, paper))}
    </Paragraph>
  );
}

function ClosedRound({ round, results, trends }: { round: Round; results: EvaluationResults; trends: TrendSeries[] }) {
  const { dossier, sync } = useDossier();
  const sections = useMemo(() => resultsSections(results, trends), [results, trends]);
  const report = useAction();
  const download = () =>
    report.run(async () => {
      saveBlob(await sync.rounds.reportPdf(round.id), evaluationReportFileName(dossier.title, results.round));
      return resultsNl.next.reportDone;
    });

  return (
    <>
      <Paragraph>{resultsNl.intro}</Paragraph>
      <ButtonGroup className="sw-no-print">
        <Button type="button" appearance="primary-action-button" disabled={report.busy} onClick={download}>
          {resultsNl.next.report}
        </Button>
        <RouterLink
          to={trendsPath(dossier.id)}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {resultsNl.toTrends}
        </RouterLink>
      </ButtonGroup>
      <Paragraph className="sw-no-print">{resultsNl.next.reportHint}</Paragraph>
      <ActionStatus busy={report.busy} busyText={resultsNl.next.reportBusy} message={report.message} />
      <nav aria-labelledby="op-deze-pagina" className="sw-on-this-page sw-no-print">
        <Paragraph id="op-deze-pagina">
          <strong>{roundsNl.round.onThisPage}</strong>
        </Paragraph>
        <UnorderedList>
          {[...sections.map((s) => [s.id, s.title] as const), ['volgende-stappen', resultsNl.next.title] as const].map(
            ([id, title]) => (
              <UnorderedListItem key={id}>
                <a href={`#${id}`} className="utrecht-link">
                  {title}
                </a>
              </UnorderedListItem>
            ),
          )}
        </UnorderedList>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-titel`} className="sw-results-section">
          <Heading2 id={`${section.id}-titel`}>{section.title}</Heading2>
          {section.parts.map((part, i) => (
            <PartView key={i} part={part} />
          ))}
        </section>
      ))}
      <div id="volgende-stappen" className="sw-results-next sw-no-print">
        <PutInPlan roundId={round.id} />
        <ProposeAmendment />
      </div>
    </>
  );
}
