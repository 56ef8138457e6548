import { lazy, type ComponentType } from 'react';

/** Loads that failed, each with how to start it afresh; the error view's "Opnieuw proberen" does. */
const failed = new Set<() => void>();

/** Lets every failed load try again on its next render (the error view calls this before it retries). */
export function retryFailedLoads() {
  for (const reset of failed) reset();
  failed.clear();
}

/**
 * `React.lazy`, except that a failed import can be tried again. React keeps a rejected import for
 * good, so a page or step form that failed to load while offline would stay broken after the
 * connection returns. The failure itself stays until `retryFailedLoads` (swapping at once would
 * retry in a loop and never show the error). It lives here because the registry of step forms may
 * only reach `src/forms`.
 */
export function retryingLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const attempt = () =>
    load().catch((error: unknown) => {
      failed.add(() => {
        current = lazy(attempt);
      });
      throw error;
    });
  let current = lazy(attempt);
  return function RetryingLazy(props: P) {
    const Current = current as ComponentType<P>;
    return <Current {...props} />;
  };
}
