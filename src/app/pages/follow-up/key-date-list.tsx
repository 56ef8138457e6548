import { useId } from 'react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { FollowUp } from '#src/domain/follow-up/api';
import { ActionStatus } from '#src/ui/action-status';
import { saveBlob } from '#src/ui/save-blob';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';

const k = followUpPageNl.keyDates;

/** The dates the partnership lives by, each with "Toevoegen aan agenda" (one .ics file, same UID as the feed). */
export function KeyDateList({ keyDates }: { keyDates: FollowUp['keyDates'] }) {
  const { sync } = useDossier();
  const { busy, message, run } = useAction();
  const headingId = useId();
  const add = (date: FollowUp['keyDates'][number]) =>
    run(async () => {
      const blob = await sync.keyDateIcs(date.uid);
      saveBlob(blob, `${date.date}-${date.kind}.ics`);
      return k.added(date.title);
    });
  return (
    <section aria-labelledby={headingId} className="sw-fu-section">
      <Heading3 id={headingId}>{k.title}</Heading3>
      <Paragraph>{k.intro}</Paragraph>
      <ActionStatus busy={busy} busyText={k.busy} message={message} />
      {keyDates.length === 0 ? (
        <Paragraph>{k.none}</Paragraph>
      ) : (
        <ul className="sw-fu-dates">
          {keyDates.map((date) => (
            <li key={date.uid} className="sw-fu-date">
              <time dateTime={date.date} className="sw-fu-date-day">
                {followUpPageNl.timeline.date(date.date)}
              </time>
              <span className="sw-fu-date-what">
                <span className="sw-fu-date-kind">{k.kinds[date.kind]}</span>
                <span className="sw-fu-date-title">{date.title}</span>
                {date.remindWeekBefore && <span className="sw-muted">{k.reminder}</span>}
              </span>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => add(date)}
                aria-label={k.about(date.title)}
              >
                {k.add}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
