import { useCallback, useId, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { CalendarFeedCreated } from '#src/domain/working/api';
import { can } from '#src/domain/access';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { CopyLink } from '#src/ui/copy-link';
import { Loading } from '#src/ui/loading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { commonNl } from '#src/i18n/nl/common';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { useWorkData } from './use-work-data';

const c = followUpPageNl.calendar;

/**
 * "Agenda-abonnement": the owner makes a secret feed URL (shown once, to copy), replaces or revokes it,
 * each after a question; anyone else reads who can. The state reloads when another browser changes it.
 */
export function CalendarFeedSection() {
  const { sync } = useDossier();
  const headingId = useId();
  const owner = can.manageAccess(sync.me);
  return (
    <section aria-labelledby={headingId} className="sw-fu-section">
      <Heading3 id={headingId}>{c.title}</Heading3>
      <Paragraph>{c.intro}</Paragraph>
      {owner ? <OwnerFeed /> : <Paragraph>{c.ownerOnly}</Paragraph>}
    </section>
  );
}

function OwnerFeed() {
  const { sync } = useDossier();
  const load = useCallback(() => sync.calendarFeed(), [sync]);
  const feed = useWorkData(sync, load, c.loadFailed, ['calendar']);
  const { busy, message, run } = useAction();
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [asking, setAsking] = useState<'replace' | 'revoke' | null>(null);

  const create = () =>
    run(async () => {
      try {
        setCreated(await sync.createCalendarFeed());
        feed.reload();
        return c.created;
      } finally {
        setAsking(null);
      }
    });
  const revoke = () =>
    run(async () => {
      try {
        await sync.revokeCalendarFeed();
        setCreated(null);
        feed.reload();
        return c.revoked;
      } finally {
        setAsking(null);
      }
    });

  const active = feed.kind === 'ready' && feed.data.active;
  return (
    <>
      <Paragraph>{c.how}</Paragraph>
      {feed.kind === 'loading' && <Loading text={c.busy} />}
      {feed.kind === 'error' && (
        <Alert type="error" role="alert">
          <Paragraph>{feed.message}</Paragraph>
        </Alert>
      )}
      {feed.kind === 'ready' && !created && (
        <Paragraph>{feed.data.active && feed.data.createdAt ? c.active(feed.data.createdAt) : c.none}</Paragraph>
      )}
      {created && (
        <div className="sw-fu-feed-link">
          <CopyLink link={`${window.location.origin}${created.path}`} label={c.linkLabel} />
          <Paragraph>
            <strong>{c.shownOnce}</strong>
          </Paragraph>
        </div>
      )}
      <ActionStatus busy={busy} busyText={c.busy} message={message} />
      {feed.kind === 'ready' && (
        <ButtonGroup className="sw-fu-feed-actions">
          {active ? (
            <>
              <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setAsking('replace')}>
                {c.replace}
              </Button>
              <Button type="button" appearance="subtle-button" disabled={busy} onClick={() => setAsking('revoke')}>
                {c.revoke}
              </Button>
            </>
          ) : (
            <Button type="button" appearance="primary-action-button" disabled={busy} onClick={create}>
              {c.create}
            </Button>
          )}
        </ButtonGroup>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'revoke' ? c.revokeTitle : c.replaceTitle}
        confirmLabel={asking === 'revoke' ? c.revokeConfirm : c.replaceConfirm}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={c.busy}
        onConfirm={asking === 'revoke' ? revoke : create}
        onCancel={() => setAsking(null)}
      >
        {asking === 'revoke' ? c.revokeBody : c.replaceBody}
      </ConfirmDialog>
    </>
  );
}
