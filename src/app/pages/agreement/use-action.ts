import { useState } from 'react';
import { nl } from '#src/i18n/nl';

/** Runs one agreement action at a time, with a busy flag, a success message and a Dutch error. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ kind: 'ok', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : nl.agreement.failed });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
}
