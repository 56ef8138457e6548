import { useCallback } from 'react';
import { useSelector } from '@xstate/react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Round } from '#src/domain/evaluation/api';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import type { AnswerSheet as Sheet } from '#src/sync/rounds-sync';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { roundsNl } from '#src/i18n/nl/rounds';
import { AnswerSheet } from './answer-sheet';
import { useSheet } from './use-sheet';

const s = roundsNl.sheet;

/**
 * "Mijn antwoorden": this link's own answers in the round. Every link answers for itself, a reading
 * link too; while the round is open nobody sees anyone else's. A closed round shows them read-only.
 */
export function MyAnswers({ round, frame }: { round: Round; frame: RoundFrame }) {
  const { sync } = useDossier();
  const load = useCallback(() => sync.rounds.mySheet(round.id), [sync, round.id]);
  const sheet = useSheet(load, s.loadFailed);
  const title = round.kind === 'nulmeting' ? s.baselineTitle : s.title;
  return (
    <section aria-labelledby="mijn-antwoorden" className="sw-my-answers">
      <Heading2 id="mijn-antwoorden">{title}</Heading2>
      {round.state === 'gepland' ? (
        <Paragraph>{s.notOpen}</Paragraph>
      ) : sheet.kind === 'loading' ? (
        <Loading text={s.loading} />
      ) : sheet.kind === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{sheet.message}</Paragraph>
        </Alert>
      ) : (
        <Answers sheet={sheet.sheet} round={round} frame={frame} askName={!sync.me.name} />
      )}
    </section>
  );
}

function Answers({ sheet, round, frame, askName }: { sheet: Sheet; round: Round; frame: RoundFrame; askName: boolean }) {
  const neverAnswered = useSelector(sheet.actor, (snap) => snap.context.server.revision === 0 && snap.context.pending === null);
  const closed = round.state === 'gesloten';
  if (closed && neverAnswered) return <Paragraph>{s.nothingGiven}</Paragraph>;
  return (
    <>
      {closed && <Paragraph>{s.readOnly}</Paragraph>}
      <AnswerSheet sheet={sheet} round={round} frame={frame} readOnly={round.state !== 'open'} askName={askName} />
    </>
  );
}
