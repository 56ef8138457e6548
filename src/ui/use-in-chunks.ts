import { startTransition, useEffect, useState } from 'react';

type Idle = (cb: () => void) => () => void;

// requestIdleCallback where the browser has it (not Safari, not jsdom); a timeout elsewhere.
const whenIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (cb) => {
        const handle = requestIdleCallback(cb, { timeout: 200 });
        return () => cancelIdleCallback(handle);
      }
    : (cb) => {
        const handle = setTimeout(cb, 0);
        return () => clearTimeout(handle);
      };

/**
 * How many of `total` items to render now: the first `first` at once, then `chunk` more whenever the
 * browser is idle, each as an interruptible update, so a list of a hundred rows never blocks the page
 * in one long task while it appears. Once every item has been shown, items added later show at once.
 */
export function useInChunks(total: number, { first = 20, chunk = 20 }: { first?: number; chunk?: number } = {}): number {
  // Infinity once everything has been shown.
  const [shown, setShown] = useState(() => (total <= first ? Infinity : first));
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((n) => (n + chunk >= total ? Infinity : n + chunk))));
  }, [shown, total, chunk]);
  return Math.min(shown, total);
}
