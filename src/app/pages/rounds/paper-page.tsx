import { useCallback } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useSelector } from '@xstate/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { RoundDetail } from '#src/domain/evaluation/api';
import type { AnswerSheet as Sheet } from '#src/sync/rounds-sync';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { roundsNl } from '#src/i18n/nl/rounds';
import { AnswerSheet } from './answer-sheet';
import { roundPath } from './paths';
import { useRoundsData } from './use-rounds-data';
import { useSheet } from './use-sheet';
import './rounds.css';

const p = roundsNl.paper;

/** One paper form, typed in by an editing link for a named person: autosaved, marked "van papier". */
export default function PaperPage() {
  const { roundId = '', entryId = '' } = useParams();
  return <PaperView key={`${roundId}/${entryId}`} roundId={roundId} entryId={entryId} />;
}

function PaperView({ roundId, entryId }: { roundId: string; entryId: string }) {
  const { dossier, sync } = useDossier();
  const loadRound = useCallback(() => sync.rounds.get(roundId), [sync, roundId]);
  const detail = useRoundsData(sync, loadRound, roundsNl.round.loadFailed);
  const loadSheet = useCallback(() => sync.rounds.paperSheet(roundId, entryId), [sync, roundId, entryId]);
  const sheet = useSheet(loadSheet, p.unknown);
  const back = (
    <Paragraph className="sw-breadcrumb">
      <RouterLink to={roundPath(dossier.id, roundId)} className="utrecht-link">
        {p.back}
      </RouterLink>
    </Paragraph>
  );
  if (detail.kind === 'loading' || sheet.kind === 'loading') return <Loading text={roundsNl.sheet.loading} />;
  const failed = detail.kind === 'error' ? detail.message : sheet.kind === 'error' ? sheet.message : null;
  if (failed !== null || detail.kind !== 'ready' || sheet.kind !== 'ready') {
    return (
      <div className="sw-rounds">
        {back}
        <PageHeading focusKey="papier">{p.title}</PageHeading>
        <Alert type="error" role="alert">
          <Paragraph>{failed}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="sw-rounds">
      {back}
      <PaperForm detail={detail.data} sheet={sheet.sheet} />
    </div>
  );
}

function PaperForm({ detail, sheet }: { detail: RoundDetail; sheet: Sheet }) {
  const { round, frame } = detail;
  const who = useSelector(
    sheet.actor,
    (snap) => {
      const data = snap.context.pending ?? snap.context.server.data;
      return { person: String(data.person ?? ''), partnerId: String(data.partnerId ?? '') };
    },
    (a, b) => a.person === b.person && a.partnerId === b.partnerId,
  );
  const readOnly = round.state !== 'open';
  return (
    <article aria-labelledby="papier-titel">
      <div id="papier-titel">
        <PageHeading focusKey={sheet.id}>
          {p.pageTitle(who.person || p.nobody, frame.partners.find((x) => x.id === who.partnerId)?.name ?? p.unknownPartner)}
        </PageHeading>
      </div>
      <Paragraph>{readOnly ? roundsNl.sheet.readOnly : p.pageIntro}</Paragraph>
      <Paragraph>{roundsNl.name(round)}</Paragraph>
      <AnswerSheet sheet={sheet} round={round} frame={frame} readOnly={readOnly} askName={false} />
    </article>
  );
}
