import { useSelector } from '@xstate/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { StepSyncActor } from '#src/sync/autosave.machine';
import { commonNl } from '#src/i18n/nl/common';
import { syncNl } from '#src/i18n/nl/sync';
import { formatNl } from '#src/i18n/nl/format';

/** "Opslaan…", "Opgeslagen om 14:03" or "Niet opgeslagen — opnieuw proberen", always visible and announced. */
export function AutosaveStatus({
  actor,
  conflictTitle = syncNl.conflictTitle,
}: {
  actor: StepSyncActor;
  /** What a conflict is called here (by default: someone else changed it at the same time). */
  conflictTitle?: string;
}) {
  const view = useSelector(
    actor,
    (s) => ({
      state: s.value as string,
      updatedAt: s.context.server.updatedAt,
      error: s.context.lastError,
    }),
    (a, b) => a.state === b.state && a.updatedAt === b.updatedAt && a.error === b.error,
  );

  let content: React.ReactNode;
  switch (view.state) {
    case 'saving':
      content = syncNl.saving;
      break;
    case 'debouncing':
      content = syncNl.pendingSoon;
      break;
    case 'failed':
    case 'rejected':
      content = (
        <>
          <strong>{syncNl.notSaved}</strong>
          {view.state === 'rejected' && view.error ? `: ${view.error}` : ''} —{' '}
          <Button type="button" appearance="subtle-button" onClick={() => actor.send({ type: 'RETRY' })}>
            {commonNl.retry}
          </Button>
          {view.state === 'failed' && <span className="sw-save-note">{syncNl.keptLocally}</span>}
        </>
      );
      break;
    case 'conflict':
      content = <strong>{conflictTitle}</strong>;
      break;
    default:
      content = view.updatedAt ? syncNl.savedAt(formatNl.clock(view.updatedAt)) : '';
  }
  return (
    <div className={`sw-save-status sw-save-status--${view.state}`} role="status">
      <Paragraph>{content}</Paragraph>
    </div>
  );
}
