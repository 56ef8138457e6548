import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useSelector } from '@xstate/react';
import { STEP_IDS, type StepId, type StepStatus } from '#src/domain/step';
import type { AutosaveContext, StepSyncActor } from './autosave.machine';
import type { DossierSync } from './dossier-sync';
import { validApprovals, type StepApprovals } from '#src/domain/approvals';
import type { Approval } from '#src/domain/access';
import { partnersFromInitiatief } from '#src/domain/dossier';
import type { Partner } from '#src/domain/partners';

/** The step's server state as this browser knows it, updated after every save. */
export const useStepServerState = (actor: StepSyncActor) => useSelector(actor, (s) => s.context.server);

/** One value of every step's sync state, re-rendering only when one of them changes. */
function useEveryStep<T extends string | number>(
  sync: DossierSync,
  pick: (ctx: AutosaveContext) => T,
  parse: (raw: string) => T,
) {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subs = STEP_IDS.map((id) => sync.actors[id].subscribe(onChange));
      return () => subs.forEach((s) => s.unsubscribe());
    },
    [sync],
  );
  const key = useSyncExternalStore(subscribe, () => STEP_IDS.map((id) => pick(sync.actors[id].getSnapshot().context)).join(','));
  return useMemo(() => {
    const values = key.split(',').map(parse);
    return Object.fromEntries(STEP_IDS.map((id, i) => [id, values[i]])) as Record<StepId, T>;
  }, [key, parse]);
}

const asStatus = (raw: string) => raw as StepStatus;

/** Status of every step. */
export const useStepStatuses = (sync: DossierSync) => useEveryStep(sync, (ctx) => ctx.server.status, asStatus);

/** The agreement's lifecycle state and versions, re-rendering when an action changed them. */
export const useAgreement = (sync: DossierSync) => useSyncExternalStore(sync.agreement.subscribe, sync.agreement.get);

/** Per step, its revision and the partners' akkoord that counts for it (given on that revision). */
export function useApprovalState(sync: DossierSync): Record<StepId, StepApprovals & { approvals: Approval[] }> {
  const approvals = useSyncExternalStore(sync.approvals.subscribe, sync.approvals.get);
  const revisions = useEveryStep(sync, (ctx) => ctx.server.revision, Number);
  return useMemo(
    () =>
      Object.fromEntries(
        STEP_IDS.map((id) => [id, { revision: revisions[id], approvals: validApprovals(approvals[id], revisions[id]) }]),
      ) as Record<StepId, StepApprovals & { approvals: Approval[] }>,
    [approvals, revisions],
  );
}

/** The partner organisations as step 1 stands on the server now (the dossier's own list is from loading). */
export function usePartners(sync: DossierSync): Partner[] {
  const data = useSelector(sync.actors.initiatief, (s) => s.context.server.data);
  return useMemo(() => partnersFromInitiatief(data), [data]);
}
