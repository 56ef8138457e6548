import { Alert, Paragraph } from '@utrecht/component-library-react';
import { Loading } from '#src/ui/loading';
import type { useAction } from './use-action';

/** The live region of `useAction`: progress while an action runs, then its outcome. */
export function ActionStatus({
  busy,
  busyText,
  message,
}: {
  busy: boolean;
  busyText: string;
  message: ReturnType<typeof useAction>['message'];
}) {
  return (
    <div role="status" className="sw-action-status">
      {busy && <Loading text={busyText} />}
      {message && (
        <Alert type={message.kind === 'ok' ? 'ok' : 'error'} role="none">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
