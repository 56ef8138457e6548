import { useCallback, useEffect, useState } from 'react';
import type { ActionPlanView, PlanAction } from '#src/domain/working/api';
import type { DossierSync } from '#src/sync/dossier-sync';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import type { Loaded } from '#src/app/pages/rounds/use-rounds-data';
import { planWithAction, planWithout } from './action-view';

/**
 * The action plan with its progress, loaded through the dossier's door and loaded again when working
 * data changed in another browser (`live.onWork`). While it reloads, what was there stays on screen;
 * an action saved here is put in at once (`put`), a removed proposal taken out (`drop`).
 */
export function useActionPlan(sync: DossierSync) {
  const [state, setState] = useState<Loaded<ActionPlanView>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const load = () =>
      sync.actionPlan().then(
        (data) => current && setState({ kind: 'ready', data }),
        (e: unknown) =>
          current &&
          // A failed reload keeps what was shown; only a first load shows the error.
          setState((was) =>
            was.kind === 'ready'
              ? was
              : { kind: 'error', message: e instanceof Error ? e.message : actionsPageNl.loadFailed, status: null },
          ),
      );
    void load();
    const stop = sync.live.onWork((event) => {
      if (!event || event.area === 'actions') void load();
    });
    return () => {
      current = false;
      stop();
    };
  }, [sync, attempt]);

  const change = (update: (plan: ActionPlanView) => ActionPlanView) =>
    setState((was) => (was.kind === 'ready' ? { kind: 'ready', data: update(was.data) } : was));
  const put = useCallback((changed: PlanAction) => change((plan) => planWithAction(plan, changed)), []);
  const drop = useCallback((id: string) => change((plan) => planWithout(plan, id)), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, put, drop, retry };
}
