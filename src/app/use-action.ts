import { useCallback, useState } from 'react';
import { commonNl } from '#src/i18n/nl/common';
import type { ActionMessage } from '#src/ui/action-status';

export interface ActionOptions {
  /** What to say when the action fails; by default the error's own (Dutch) message, else "Dat lukte niet." */
  failed?: (error: unknown) => string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : commonNl.failed);

/**
 * The one way to run something a person asked for (save, sign, download, load more): one at a time,
 * with a busy flag, and afterwards a success message (when the action returns one) or a Dutch error.
 * `run` resolves to whether the action succeeded, for a page that moves focus on failure.
 */
export function useAction({ failed = errorText }: ActionOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const run = useCallback(
    async (action: () => Promise<string | void>): Promise<boolean> => {
      setBusy(true);
      setMessage(null);
      try {
        const done = await action();
        if (done) setMessage({ kind: 'ok', text: done });
        return true;
      } catch (e) {
        setMessage({ kind: 'error', text: failed(e) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [failed],
  );
  /** The error of the last run, or '' (for a form's submit bar). */
  const error = message?.kind === 'error' ? message.text : '';
  return { busy, message, error, run };
}
