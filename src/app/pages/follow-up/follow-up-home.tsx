import { useCallback } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { FundingTimeline } from '#src/ui/funding-timeline';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { CalendarFeedSection } from './calendar-feed-section';
import { FollowUpSummary } from './follow-up-summary';
import { KeyDateList } from './key-date-list';
import { knowledgePath } from './paths';
import { useWorkData } from './use-work-data';
import './follow-up.css';

const t = followUpPageNl;

/**
 * "Samenwerking volgen": the home of a dossier whose agreement is in force. The summary, the funding
 * timeline and the key dates come from the server in one answer, loaded again whenever a round or
 * other working data changes.
 */
export function FollowUpHome() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.followUp(), [sync]);
  const followUp = useWorkData(sync, load, t.loadFailed, ['actions', 'knowledge']);
  return (
    <section aria-labelledby="samenwerking-volgen" className="sw-follow-up">
      <Heading2 id="samenwerking-volgen">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {followUp.kind === 'loading' && <Loading text={t.loading} />}
      {followUp.kind === 'error' && (
        <Alert type="error" role="alert">
          <Paragraph>{followUp.message}</Paragraph>
        </Alert>
      )}
      {followUp.kind === 'ready' && (
        <>
          <FollowUpSummary dossierId={dossier.id} summary={followUp.data.summary} />
          <FundingTimeline timeline={followUp.data.timeline} headingLevel={3} />
          <KeyDateList keyDates={followUp.data.keyDates} today={followUp.data.today} />
        </>
      )}
      <CalendarFeedSection />
      <KnowledgeLine />
    </section>
  );
}

/** How many knowledge activities are on record, with the way to the log. */
function KnowledgeLine() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.knowledgeActivities(), [sync]);
  const activities = useWorkData(sync, load, t.knowledge.loadFailed, ['knowledge']);
  return (
    <section aria-labelledby="volgen-kennis" className="sw-fu-section">
      <Heading3 id="volgen-kennis">{t.knowledge.title}</Heading3>
      {activities.kind === 'ready' && <Paragraph>{t.knowledge.homeText(activities.data.length)}</Paragraph>}
      <Paragraph>
        <RouterLink to={knowledgePath(dossier.id)} className="utrecht-link">
          {t.knowledge.link}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
