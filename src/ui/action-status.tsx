import { Alert, Paragraph } from '@utrecht/component-library-react';
import { Loading } from './loading';

/** The outcome of an action: done (with what to say) or failed (with why). */
export interface ActionMessage {
  kind: 'ok' | 'error';
  text: string;
}

/** The live region of an action (`useAction`): progress while it runs, then its outcome. */
export function ActionStatus({ busy, busyText, message }: { busy: boolean; busyText: string; message: ActionMessage | null }) {
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
