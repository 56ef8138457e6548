import { useEffect, useState } from 'react';

/** What a page loads from its sync door: loading until the answer (or its Dutch error) is in; `reload` bumps it. */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: string; key: string }>({ key: '' });
  const key = JSON.stringify(deps);
  useEffect(() => {
    let alive = true;
    load().then(
      (data) => alive && setState({ data, key }),
      (e: unknown) => alive && setState({ error: e instanceof Error ? e.message : String(e), key }),
    );
    return () => {
      alive = false;
    };
    // `load` is bound to the deps given; a new function each render must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // Until the answer for these deps is in, the page says it is loading (also while reloading).
  const current = state.key === key;
  return { data: state.data, error: current ? state.error : undefined, loading: !current };
}
