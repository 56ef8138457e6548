import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { FollowUp } from '#src/domain/follow-up/api';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { pathFor } from '#src/app/use-wizard-url';
import { roundPath, roundsPath } from '#src/app/pages/rounds/paths';
import { actionsPath } from './paths';

const s = followUpPageNl.summary;

function Card({ id, title, children, to, link }: { id: string; title: string; children: ReactNode; to: string; link: string }) {
  return (
    <li className="sw-fu-card" aria-labelledby={id}>
      <Heading3 id={id}>{title}</Heading3>
      {children}
      <Paragraph>
        <RouterLink to={to} className="utrecht-link">
          {link}
        </RouterLink>
      </Paragraph>
    </li>
  );
}

/** The four things a partnership checks first: the next round, the open round, overdue actions, money left. */
export function FollowUpSummary({ dossierId, summary }: { dossierId: string; summary: FollowUp['summary'] }) {
  const { nextRound, openRound, actions, funding } = summary;
  return (
    <ul className="sw-fu-cards">
      <Card
        id="volgen-volgende-ronde"
        title={s.nextRound.title}
        to={nextRound ? roundPath(dossierId, nextRound.id) : roundsPath(dossierId)}
        link={s.nextRound.link}
      >
        <Paragraph className="sw-fu-figure">
          {nextRound ? s.nextRound.value(nextRound.number, nextRound.date) : s.nextRound.none}
        </Paragraph>
      </Card>
      <Card
        id="volgen-open-ronde"
        title={s.openRound.title}
        to={openRound ? roundPath(dossierId, openRound.id) : roundsPath(dossierId)}
        link={openRound ? s.openRound.link(openRound.number) : s.nextRound.link}
      >
        <Paragraph className="sw-fu-figure">
          {openRound ? s.openRound.value(openRound.number, openRound.answered, openRound.invited) : s.openRound.none}
        </Paragraph>
      </Card>
      <Card id="volgen-acties" title={s.actions.title} to={actionsPath(dossierId)} link={s.actions.link}>
        {actions.total === 0 ? (
          <Paragraph className="sw-fu-figure">{s.actions.none}</Paragraph>
        ) : (
          <>
            <Paragraph className={`sw-fu-figure${actions.overdue > 0 ? ' sw-fu-warning' : ''}`}>
              {s.actions.overdue(actions.overdue)}
            </Paragraph>
            <Paragraph>{s.actions.done(actions.done, actions.total)}</Paragraph>
          </>
        )}
      </Card>
      <Card id="volgen-financiering" title={s.funding.title} to={pathFor(dossierId, 'financiering')} link={s.funding.link}>
        <Paragraph
          className={`sw-fu-figure${funding.monthsLeft !== undefined && funding.monthsLeft < 12 ? ' sw-fu-warning' : ''}`}
        >
          {funding.monthsLeft !== undefined && funding.endsOn
            ? s.funding.left(funding.monthsLeft, funding.endsOn)
            : funding.hasStructural
              ? s.funding.structural
              : s.funding.unknown}
        </Paragraph>
        {funding.searchStart && (
          <Paragraph>
            {funding.searchStarted ? s.funding.searchStarted(funding.searchStart) : s.funding.searchPlanned(funding.searchStart)}
          </Paragraph>
        )}
      </Card>
    </ul>
  );
}
