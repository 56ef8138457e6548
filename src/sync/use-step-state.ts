import { useCallback, useSyncExternalStore } from 'react';
import { useSelector } from '@xstate/react';
import { STEP_IDS, type StepId, type StepStatus } from '../domain/step';
import type { DossierSync, StepSyncActor } from './dossier-sync';

/** The step's server state as this browser knows it, updated after every save. */
export const useStepServerState = (actor: StepSyncActor) => useSelector(actor, (s) => s.context.server);

/** Status of every step, re-rendering only when one of them changes. */
export function useStepStatuses(sync: DossierSync): Record<StepId, StepStatus> {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subs = STEP_IDS.map((id) => sync.actors[id].subscribe(onChange));
      return () => subs.forEach((s) => s.unsubscribe());
    },
    [sync],
  );
  const key = useSyncExternalStore(subscribe, () =>
    STEP_IDS.map((id) => sync.actors[id].getSnapshot().context.server.status).join(','),
  );
  const statuses = key.split(',') as StepStatus[];
  return Object.fromEntries(STEP_IDS.map((id, i) => [id, statuses[i]])) as Record<StepId, StepStatus>;
}

/** The agreement's lifecycle state and versions, re-rendering when an action changed them. */
export const useAgreement = (sync: DossierSync) => useSyncExternalStore(sync.subscribeAgreement, sync.getAgreement);
