import { useId } from 'react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { FollowUp } from '#src/domain/follow-up/api';
import { ActionStatus } from '#src/ui/action-status';
import { saveBlob } from '#src/ui/save-blob';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { keyDatesView } from './key-dates-view';

const k = followUpPageNl.keyDates;
type Shown = ReturnType<typeof keyDatesView>['upcoming'][number];

function DateWhat({ date }: { date: Shown }) {
  return (
    <>
      <time dateTime={date.date} className="sw-fu-date-day">
        {followUpPageNl.timeline.date(date.date)}
      </time>
      <span className="sw-fu-date-what">
        <span className="sw-fu-date-kind">{k.kinds[date.kind]}</span>
        <span>{date.title}</span>
      </span>
    </>
  );
}

/**
 * The dates the partnership lives by. Each one still to come has "Toevoegen aan agenda" (one .ics file,
 * with the same UID as in the feed); those that have passed wait behind a disclosure.
 */
export function KeyDateList({ keyDates, today }: { keyDates: FollowUp['keyDates']; today: string }) {
  const { dossier, sync } = useDossier();
  const { busy, message, run } = useAction();
  const headingId = useId();
  const { upcoming, past } = keyDatesView(keyDates, today, dossier.title);
  const add = (date: Shown) =>
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
      {upcoming.length === 0 ? (
        <Paragraph>{k.none}</Paragraph>
      ) : (
        <ul className="sw-fu-dates">
          {upcoming.map((date) => (
            <li key={date.uid} className="sw-fu-date">
              <DateWhat date={date} />
              <span className="sw-fu-date-add">
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={busy}
                  onClick={() => add(date)}
                  aria-label={k.about(date.title)}
                >
                  {k.add}
                </Button>
                {date.remindWeekBefore && <span className="sw-muted">{k.reminder}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <details className="sw-fu-past">
          <summary>{k.past(past.length)}</summary>
          <ul className="sw-fu-dates">
            {past.map((date) => (
              <li key={date.uid} className="sw-fu-date sw-fu-date--past">
                <DateWhat date={date} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
