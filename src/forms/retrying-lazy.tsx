import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy`, except that a failed import is tried again on the next render. React keeps a
 * rejected import for good, so a page or step form that failed to load while offline would stay
 * broken after the connection returns; the error boundary's "Opnieuw proberen" renders again and
 * this loads again. It lives here because the registry of step forms may only reach `src/forms`.
 */
export function retryingLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const attempt = () =>
    load().catch((error: unknown) => {
      current = lazy(attempt);
      throw error;
    });
  let current = lazy(attempt);
  return function RetryingLazy(props: P) {
    const Current = current as ComponentType<P>;
    return <Current {...props} />;
  };
}
