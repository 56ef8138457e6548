import { useCallback, useState } from 'react';
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
import { can } from '#src/domain/access';
import type { Round, RoundDetail } from '#src/domain/evaluation/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { Breadcrumbs } from '#src/ui/breadcrumbs';
import { roundsCrumbs } from '#src/app/navigation/crumbs';
import { getStep } from '#steps/index';
import { stepsNl } from '#src/i18n/nl/steps';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { pathFor } from '#src/app/use-wizard-url';
import { roundsNl } from '#src/i18n/nl/rounds';
import { closeText } from './close-text';
import { FocusForm } from './focus-form';
import { MyAnswers } from './my-answers';
import { PaperSection } from './paper-section';
import { resultsPath, roundsPath } from './paths';
import { RoundFacts } from './round-facts';
import { RoundStateBadge } from './round-state-badge';
import { StudentsSection } from './students-section';
import { useRoundsData, useWorkAllowed } from './use-rounds-data';
import './rounds.css';

const r = roundsNl.round;

/** One round: where it stands, "Mijn antwoorden", paper forms, the students; opening and closing it. */
export default function RoundPage() {
  const { roundId = '' } = useParams();
  return <RoundView key={roundId} roundId={roundId} />;
}

function RoundView({ roundId }: { roundId: string }) {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.rounds.get(roundId), [sync, roundId]);
  const detail = useRoundsData(sync, load, r.loadFailed);
  if (detail.kind === 'loading') return <Loading text={r.loading} />;
  if (detail.kind === 'error') {
    return (
      <div className="sw-rounds">
        <PageHeading focusKey="ronde">{roundsNl.list.title}</PageHeading>
        <Alert type="error" role="alert">
          <Paragraph>{detail.status === 404 ? r.notFound : detail.message}</Paragraph>
        </Alert>
        {detail.status !== 404 && (
          <Button type="button" appearance="secondary-action-button" onClick={detail.reload}>
            {roundsNl.students.retry}
          </Button>
        )}
        <Paragraph>
          <RouterLink to={roundsPath(dossier.id)} className="utrecht-link">
            {r.back}
          </RouterLink>
        </Paragraph>
      </div>
    );
  }
  return <Loaded detail={detail.data} />;
}

function Loaded({ detail }: { detail: RoundDetail }) {
  const { dossier, sync } = useDossier();
  const { round, frame } = detail;
  const baseline = round.kind === 'nulmeting';
  const allowed = useWorkAllowed(sync, baseline ? 'baseline' : 'evaluation');
  const edit = can.edit(sync.me);
  const owner = can.manageAccess(sync.me);
  const { busy, message, run } = useAction();
  const [closing, setClosing] = useState(false);

  const open = () =>
    run(async () => {
      const opened = await sync.rounds.open(round.id);
      return roundsNl.list.opened(roundsNl.name(opened.round));
    });
  const close = () =>
    run(async () => {
      try {
        await sync.rounds.close(round.id);
      } finally {
        setClosing(false);
      }
      return baseline ? r.closedBaseline : r.closed;
    });

  return (
    <article aria-labelledby="ronde-titel" className="sw-rounds sw-round-page">
      <Breadcrumbs
        items={[
          ...(baseline
            ? [
                { label: dossier.title, to: `/d/${dossier.id}` },
                { label: stepsNl.label(getStep('visie').number, getStep('visie').copy.title), to: pathFor(dossier.id, 'visie') },
              ]
            : roundsCrumbs(dossier)),
          { label: roundsNl.name(round) },
        ]}
      />
      <div className="sw-round-head" id="ronde-titel">
        <PageHeading focusKey={round.id}>{roundsNl.name(round)}</PageHeading>
        <RoundStateBadge state={round.state} />
      </div>
      <Intro round={round} edit={edit} />
      <RoundFacts round={round} />
      <ActionStatus busy={busy} busyText={roundsNl.list.busy} message={message} />
      <RoundActions
        round={round}
        dossierId={dossier.id}
        mayOpen={edit && allowed}
        mayClose={owner}
        busy={busy}
        onOpen={open}
        onClose={() => setClosing(true)}
      />
      <OnThisPage
        parts={[
          ['mijn-antwoorden', baseline ? roundsNl.sheet.baselineTitle : roundsNl.sheet.title],
          ...(edit && round.state !== 'gepland' ? ([['papier', roundsNl.paper.title]] as const) : []),
          ...(!baseline ? ([['leerlingen', roundsNl.studentsSection.title]] as const) : []),
        ]}
      />
      <MyAnswers round={round} frame={frame} />
      {edit && round.state !== 'gepland' && <PaperSection round={round} frame={frame} />}
      {!baseline && <StudentsSection round={round} />}
      {!baseline && edit && allowed && round.state !== 'gesloten' && (
        <section aria-labelledby="soort" className="sw-round-focus">
          <Heading2 id="soort">{roundsNl.focus.label}</Heading2>
          <FocusForm round={round} />
        </section>
      )}
      <ConfirmDialog
        open={closing}
        title={roundsNl.confirm.closeTitle}
        confirmLabel={roundsNl.confirm.closeConfirm}
        cancelLabel={roundsNl.confirm.cancel}
        busy={busy}
        busyText={roundsNl.list.busy}
        onConfirm={close}
        onCancel={() => setClosing(false)}
      >
        {closeText(round)}
      </ConfirmDialog>
    </article>
  );
}

/** The page is long (the whole evaluation list): its parts, one link each. */
function OnThisPage({ parts }: { parts: readonly (readonly [id: string, title: string])[] }) {
  if (parts.length < 2) return null;
  return (
    <nav aria-labelledby="op-deze-pagina" className="sw-on-this-page">
      <Paragraph id="op-deze-pagina">
        <strong>{r.onThisPage}</strong>
      </Paragraph>
      <UnorderedList>
        {parts.map(([id, title]) => (
          <UnorderedListItem key={id}>
            <a href={`#${id}`} className="utrecht-link">
              {title}
            </a>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </nav>
  );
}

function Intro({ round, edit }: { round: Round; edit: boolean }) {
  const baseline = round.kind === 'nulmeting';
  if (round.state === 'gepland') return <Paragraph>{edit ? r.plannedIntro(round.plannedOn) : r.plannedReadOnly}</Paragraph>;
  if (round.state === 'open') return <Paragraph>{baseline ? r.openBaselineIntro : r.openIntro}</Paragraph>;
  const at = round.closedAt ?? '';
  return <Paragraph>{baseline ? r.closedBaselineIntro(at) : r.closedIntro(at)}</Paragraph>;
}

function RoundActions({
  round,
  dossierId,
  mayOpen,
  mayClose,
  busy,
  onOpen,
  onClose,
}: {
  round: Round;
  dossierId: string;
  mayOpen: boolean;
  mayClose: boolean;
  busy: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  if (round.state === 'gepland' && mayOpen) {
    return (
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" disabled={busy} onClick={onOpen}>
          {roundsNl.list.open}
        </Button>
      </ButtonGroup>
    );
  }
  if (round.state === 'open') {
    return mayClose ? (
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onClose}>
          {r.close}
        </Button>
      </ButtonGroup>
    ) : (
      <Paragraph>{r.closeHint}</Paragraph>
    );
  }
  if (round.state === 'gesloten') {
    return (
      <ButtonGroup>
        <RouterLink
          to={round.kind === 'nulmeting' ? pathFor(dossierId, 'visie') : resultsPath(dossierId, round.id)}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {round.kind === 'nulmeting' ? r.toStep4 : r.results}
        </RouterLink>
      </ButtonGroup>
    );
  }
  return null;
}
