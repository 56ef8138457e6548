import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import type { Round } from '#src/domain/evaluation/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';
import { closeText } from './close-text';
import { roundPath } from './paths';
import { useRoundsData, useWorkAllowed } from './use-rounds-data';
import './rounds.css';

const b = roundsNl.baseline;

/** Baseline rounds closed from this page since it loaded (the step form remounts after a close). */
const closedHere = new Set<string>();

/**
 * Step 4's baseline as a round (in the working-factors tool): "Laat iedereen zelf scoren" opens one
 * while the text is being drafted; everyone scores on its page through their own link; the owner
 * closes it and the server writes every respondent into step 4, which then reloads here.
 */
export function BaselinePanel() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.rounds.list().then((all) => all.filter((r) => r.kind === 'nulmeting')), [sync]);
  const rounds = useRoundsData(sync, load, roundsNl.list.loadFailed);
  const allowed = useWorkAllowed(sync, 'baseline');
  const edit = can.edit(sync.me);
  const owner = can.manageAccess(sync.me);
  const { busy, message, run } = useAction();
  const [closing, setClosing] = useState<Round | null>(null);

  const list = rounds.kind === 'ready' ? rounds.data : [];
  const running = list.filter((r) => r.state !== 'gesloten');
  const closed = list.filter((r) => r.state === 'gesloten');

  const start = () =>
    run(async () => {
      await sync.rounds.startBaseline();
      return b.started;
    });
  const open = (round: Round) =>
    run(async () => {
      await sync.rounds.open(round.id);
      return b.started;
    });
  const close = () =>
    run(async () => {
      const round = closing!;
      try {
        await sync.rounds.close(round.id);
        closedHere.add(round.id);
      } finally {
        setClosing(null);
      }
      return roundsNl.round.closedBaseline;
    });
  // Closing writes the scores into step 4, whose form then starts again with them: the panel's own
  // state is gone, so the confirmation comes from what was closed in this page's life.
  const confirmation =
    message ?? (closed.some((r) => closedHere.has(r.id)) ? { kind: 'ok' as const, text: roundsNl.round.closedBaseline } : null);

  return (
    <div className="sw-baseline-panel">
      <Heading3>{b.title}</Heading3>
      <Paragraph>{b.intro}</Paragraph>
      {rounds.kind === 'loading' && <Loading text={b.loading} reserve="buttons" />}
      {rounds.kind === 'error' && <Paragraph>{rounds.message}</Paragraph>}
      {running.map((round) => {
        const name = roundsNl.name(round);
        const { responded, invitees, paper } = round.progress;
        return (
          <div key={round.id} className="sw-round">
            <Paragraph>
              {round.state === 'open'
                ? b.open(roundsNl.progress.withPaper(responded, invitees, paper))
                : roundsNl.list.plannedOn(round.plannedOn)}
            </Paragraph>
            <ButtonGroup className="sw-round-actions">
              <RouterLink
                to={roundPath(dossier.id, round.id)}
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              >
                {b.toRound}
              </RouterLink>
              {round.state === 'gepland' && edit && allowed && (
                <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => open(round)}>
                  {roundsNl.about(roundsNl.list.open, name)}
                </Button>
              )}
              {round.state === 'open' && owner && (
                <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setClosing(round)}>
                  {roundsNl.round.close}
                </Button>
              )}
            </ButtonGroup>
          </div>
        );
      })}
      {rounds.kind === 'ready' && running.length === 0 && allowed && edit && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={start}>
            {b.start}
          </Button>
        </ButtonGroup>
      )}
      {rounds.kind === 'ready' && running.length === 0 && !allowed && <Paragraph>{b.notNow}</Paragraph>}
      {rounds.kind === 'ready' && running.length === 0 && allowed && !edit && <Paragraph>{b.readOnly}</Paragraph>}
      {closed.map((round) => (
        <Paragraph key={round.id}>{b.closedOn(round.closedAt ?? '')}</Paragraph>
      ))}
      <ActionStatus busy={busy} busyText={roundsNl.list.busy} message={confirmation} />
      <ConfirmDialog
        open={closing !== null}
        title={roundsNl.confirm.closeTitle}
        confirmLabel={roundsNl.confirm.closeConfirm}
        cancelLabel={roundsNl.confirm.cancel}
        busy={busy}
        busyText={roundsNl.list.busy}
        onConfirm={close}
        onCancel={() => setClosing(null)}
      >
        {closing ? closeText(closing) : ''}
      </ConfirmDialog>
    </div>
  );
}
