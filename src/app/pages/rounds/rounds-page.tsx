import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import type { Round } from '#src/domain/evaluation/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { pathFor } from '#src/app/use-wizard-url';
import { resultsNl } from '#src/i18n/nl/results';
import { roundsNl } from '#src/i18n/nl/rounds';
import { trendsPath } from '#src/app/pages/results/links';
import { closeText } from './close-text';
import { DateForm } from './date-form';
import { RoundItem, type RoundPermissions } from './round-item';
import { useRoundsData, useWorkAllowed } from './use-rounds-data';
import './rounds.css';

const l = roundsNl.list;

type Asking = { kind: 'remove' | 'close'; round: Round } | null;

/**
 * "Evaluatierondes": the rounds planned from step 10's schedule, the open ones with their response
 * count, the closed ones with their results; an editing link moves, adds, removes and opens rounds,
 * the owner closes them. Everything reloads when a round changes in another browser.
 */
export default function RoundsPage() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.rounds.list(), [sync]);
  const rounds = useRoundsData(sync, load, l.loadFailed);
  const evaluationAllowed = useWorkAllowed(sync, 'evaluation');
  const baselineAllowed = useWorkAllowed(sync, 'baseline');
  const { busy, message, run } = useAction();
  const [asking, setAsking] = useState<Asking>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const edit = can.edit(sync.me);
  const owner = can.manageAccess(sync.me);

  const may = (round: Round): RoundPermissions => ({
    edit,
    owner,
    allowed: round.kind === 'evaluatie' ? evaluationAllowed : baselineAllowed,
  });

  const open = (round: Round) =>
    run(async () => {
      const opened = await sync.rounds.open(round.id);
      return l.opened(roundsNl.name(opened.round));
    });
  const confirm = async () => {
    if (!asking) return;
    const { kind, round } = asking;
    await run(async () => {
      try {
        if (kind === 'remove') {
          await sync.rounds.remove(round.id);
          return l.removed(round.plannedOn);
        }
        await sync.rounds.close(round.id);
        return round.kind === 'nulmeting' ? roundsNl.round.closedBaseline : roundsNl.round.closed;
      } finally {
        setAsking(null);
      }
    });
  };
  const move = async (round: Round, plannedOn: string) => {
    await sync.rounds.move(round, plannedOn);
    setMovingId(null);
    // Said in the page's status line, where the other actions report too.
    void run(async () => l.moved(plannedOn));
  };
  const add = async (plannedOn: string) => {
    await sync.rounds.create({ kind: 'evaluatie', plannedOn });
    void run(async () => l.added(plannedOn));
  };

  const list = rounds.kind === 'ready' ? rounds.data : [];
  const evaluations = list.filter((r) => r.kind === 'evaluatie');
  const groups = [
    { id: 'open', title: l.openTitle, rounds: evaluations.filter((r) => r.state === 'open'), empty: l.noneOpen },
    { id: 'gepland', title: l.plannedTitle, rounds: evaluations.filter((r) => r.state === 'gepland'), empty: l.none },
    // The newest closed round first: the one people look for.
    { id: 'gesloten', title: l.closedTitle, rounds: evaluations.filter((r) => r.state === 'gesloten').reverse(), empty: '' },
    { id: 'nulmeting', title: l.baselineTitle, rounds: list.filter((r) => r.kind === 'nulmeting'), empty: '' },
  ].filter((g) => g.rounds.length > 0 || g.empty);

  const item = (round: Round) => (
    <RoundItem
      key={round.id}
      dossierId={dossier.id}
      round={round}
      may={may(round)}
      busy={busy}
      moving={movingId === round.id}
      onToggleMove={() => setMovingId(movingId === round.id ? null : round.id)}
      onMove={(plannedOn) => move(round, plannedOn)}
      onOpen={() => open(round)}
      onRemove={() => setAsking({ kind: 'remove', round })}
      onClose={() => setAsking({ kind: 'close', round })}
    />
  );

  return (
    <div className="sw-rounds">
      <PageHeading focusKey="rondes">{l.title}</PageHeading>
      <Paragraph>{l.intro}</Paragraph>
      {evaluations.some((r) => r.state === 'gesloten') && (
        <Paragraph>
          <RouterLink to={trendsPath(dossier.id)} className="utrecht-link">
            {resultsNl.toTrends}
          </RouterLink>
        </Paragraph>
      )}
      {!evaluationAllowed && (
        <Alert type="info">
          <Paragraph>{l.notYet}</Paragraph>
          <Paragraph>
            <RouterLink to={pathFor(dossier.id, 'visie')} className="utrecht-link">
              {roundsNl.round.toStep4}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
      <ActionStatus busy={busy} busyText={l.busy} message={message} />
      {rounds.kind === 'loading' && <Loading text={l.loading} />}
      {rounds.kind === 'error' && (
        <Alert type="error" role="alert">
          <Paragraph>{rounds.message}</Paragraph>
        </Alert>
      )}
      {rounds.kind === 'ready' &&
        groups.map((g) => (
          <section key={g.id} aria-labelledby={`rondes-${g.id}`} className="sw-round-group">
            <Heading2 id={`rondes-${g.id}`}>{g.title}</Heading2>
            {g.rounds.length === 0 ? <Paragraph>{g.empty}</Paragraph> : <ul className="sw-round-list">{g.rounds.map(item)}</ul>}
          </section>
        ))}
      {edit && evaluationAllowed && (
        <section aria-labelledby="ronde-toevoegen" className="sw-round-add">
          <Heading2 id="ronde-toevoegen">{l.addTitle}</Heading2>
          <Paragraph>{l.addHint}</Paragraph>
          <DateForm name="nieuweRonde" label={l.addDate} submit={l.addSubmit} onSubmit={add} />
        </section>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === 'close' ? roundsNl.confirm.closeTitle : roundsNl.confirm.removeTitle}
        confirmLabel={asking?.kind === 'close' ? roundsNl.confirm.closeConfirm : roundsNl.confirm.removeConfirm}
        cancelLabel={roundsNl.confirm.cancel}
        busy={busy}
        busyText={l.busy}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        {asking?.kind === 'close' ? closeText(asking.round) : asking ? roundsNl.confirm.removeBody(asking.round.plannedOn) : ''}
      </ConfirmDialog>
    </div>
  );
}
