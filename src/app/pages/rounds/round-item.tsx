import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Round } from '#src/domain/evaluation/api';
import { roundsNl } from '#src/i18n/nl/rounds';
import { DateForm } from './date-form';
import { resultsPath, roundPath } from './paths';
import { RoundStateBadge } from './round-state-badge';

export interface RoundPermissions {
  /** An editing link: plan, move, remove and open rounds. */
  edit: boolean;
  /** The owner: close rounds. */
  owner: boolean;
  /** The agreement's state allows this kind of round now. */
  allowed: boolean;
}

export interface RoundItemProps {
  dossierId: string;
  round: Round;
  may: RoundPermissions;
  busy: boolean;
  moving: boolean;
  onToggleMove: () => void;
  onMove: (plannedOn: string) => Promise<string | void>;
  onOpen: () => void;
  onRemove: () => void;
  onClose: () => void;
}

const l = roundsNl.list;

/** When it opened or closed, whether it was planned by hand, its kind of evaluation (the heading has the planned date). */
const meta = (round: Round) =>
  [
    round.state === 'gesloten' && round.closedAt
      ? l.closedOn(round.closedAt)
      : round.state === 'open' && round.openedAt
        ? l.openedOn(round.openedAt)
        : round.origin === 'hand'
          ? l.byHand
          : '',
    round.focus ? roundsNl.focus.short[round.focus] : '',
  ]
    .filter(Boolean)
    .join(' · ');

/** One round in the list: what it is, where it stands, and what this link may do with it now. */
export function RoundItem({
  dossierId,
  round,
  may,
  busy,
  moving,
  onToggleMove,
  onMove,
  onOpen,
  onRemove,
  onClose,
}: RoundItemProps) {
  const title = roundsNl.name(round);
  const headingId = useId();
  const about = (action: string) => roundsNl.about(action, title);
  const planned = round.state === 'gepland';
  const { responded, invitees, paper } = round.progress;
  return (
    <li className="sw-round" aria-labelledby={headingId}>
      <div className="sw-round-head">
        <Heading3 id={headingId}>{title}</Heading3>
        <RoundStateBadge state={round.state} />
      </div>
      {meta(round) && <Paragraph className="sw-round-meta">{meta(round)}</Paragraph>}
      {round.state !== 'gepland' && (
        <Paragraph className="sw-round-progress">
          {roundsNl.progress.withPaper(responded, invitees, paper)}
          {round.students.enabled && `. ${roundsNl.progress.students(round.students.responses)}`}
        </Paragraph>
      )}
      <ButtonGroup className="sw-round-actions">
        {round.state === 'open' && (
          <RouterLink
            to={roundPath(dossierId, round.id)}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            aria-label={about(l.answerNow)}
          >
            {l.answerNow}
          </RouterLink>
        )}
        {round.state === 'gesloten' && (
          <RouterLink
            to={resultsPath(dossierId, round.id)}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            aria-label={about(l.results)}
          >
            {l.results}
          </RouterLink>
        )}
        {planned && may.edit && may.allowed && (
          <>
            <Button type="button" appearance="primary-action-button" disabled={busy} onClick={onOpen} aria-label={about(l.open)}>
              {l.open}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-expanded={moving}
              onClick={onToggleMove}
              aria-label={about(l.move)}
            >
              {l.move}
            </Button>
            <Button type="button" appearance="subtle-button" disabled={busy} onClick={onRemove} aria-label={about(l.remove)}>
              {l.remove}
            </Button>
          </>
        )}
        {round.state === 'open' && may.owner && (
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={onClose}
            aria-label={about(roundsNl.round.close)}
          >
            {roundsNl.round.close}
          </Button>
        )}
        {round.state !== 'open' && (
          <RouterLink
            to={roundPath(dossierId, round.id)}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle"
            aria-label={about(l.toRound)}
          >
            {l.toRound}
          </RouterLink>
        )}
      </ButtonGroup>
      {moving && planned && (
        <div className="sw-round-move">
          <DateForm
            name={`verzet-${round.id}`}
            label={l.moveLabel}
            submit={l.moveSave}
            initial={round.plannedOn}
            onSubmit={onMove}
          />
        </div>
      )}
    </li>
  );
}
