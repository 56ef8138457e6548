import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import type { WorkingDataKind } from '#src/domain/agreement/lifecycle.machine';
import type { DossierSync } from '#src/sync/dossier-sync';
import { useAgreement } from '#src/sync/use-step-state';

export type Loaded<T> =
  { kind: 'loading' } | { kind: 'error'; message: string; status: number | null } | { kind: 'ready'; data: T };

const statusOf = (e: unknown) => (e && typeof e === 'object' && 'status' in e && typeof e.status === 'number' ? e.status : null);

/**
 * Data of the rounds, loaded through the door and loaded again whenever a round changes (a live
 * event from another browser, or an action here). While it reloads, what was there stays on screen.
 */
export function useRoundsData<T>(
  sync: DossierSync,
  load: () => Promise<T>,
  fallback: string,
): Loaded<T> & { reload: () => void } {
  const changes = useSyncExternalStore(sync.rounds.changes.subscribe, sync.rounds.changes.get);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ kind: 'ready', data }),
      (e: unknown) =>
        current &&
        setState((was) =>
          // A failed reload keeps what was shown; only a first load shows the error.
          was.kind === 'ready' ? was : { kind: 'error', message: e instanceof Error ? e.message : fallback, status: statusOf(e) },
        ),
    );
    return () => {
      current = false;
    };
  }, [load, changes, attempt, fallback]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

/** Whether this kind of round may be planned, opened and answered in the agreement's state now. */
export function useWorkAllowed(sync: DossierSync, kind: WorkingDataKind) {
  const { lifecycle, versions } = useAgreement(sync);
  return allows(lifecycle, { type: 'WORK', kind }, { hasSignedVersion: versions.some((v) => v.status === 'getekend') });
}
