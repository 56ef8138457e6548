import { useSelector } from '@xstate/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { StepSyncActor } from '#src/sync/autosave.machine';
import { syncMessages } from '#src/sync/messages';
import { nl } from '#src/i18n/nl';

/** "Opslaan…", "Opgeslagen om 14:03" or "Niet opgeslagen — opnieuw proberen", always visible and announced. */
export function AutosaveStatus({ actor }: { actor: StepSyncActor }) {
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
      content = syncMessages.saving;
      break;
    case 'debouncing':
      content = syncMessages.pendingSoon;
      break;
    case 'failed':
    case 'rejected':
      content = (
        <>
          <strong>{syncMessages.notSaved}</strong>
          {view.state === 'rejected' && view.error ? `: ${view.error}` : ''} —{' '}
          <Button type="button" appearance="subtle-button" onClick={() => actor.send({ type: 'RETRY' })}>
            {syncMessages.retry}
          </Button>
          {view.state === 'failed' && <span className="sw-save-note">{syncMessages.keptLocally}</span>}
        </>
      );
      break;
    case 'conflict':
      content = <strong>{syncMessages.conflictTitle}</strong>;
      break;
    default:
      content = view.updatedAt ? syncMessages.savedAt(nl.clock(view.updatedAt)) : '';
  }
  return (
    <div className={`sw-save-status sw-save-status--${view.state}`} role="status">
      <Paragraph>{content}</Paragraph>
    </div>
  );
}
