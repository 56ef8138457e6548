import { useCallback, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ACTION_PLAN_HOST, STEP_LIST } from '#steps/index';
import { STEP_FORMS } from '#steps/forms';
import type { StepId } from '#src/domain/step';
import { partnersFromInitiatief } from '#src/domain/dossier';
import type { StepFormContext } from '#src/forms/step-context';
import { ACTION_PLAN_KEY } from '#src/tools/action-plan/schema';
import type { DossierSync } from '#src/sync/dossier-sync';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { BaselinePanel } from '#src/app/pages/rounds/baseline-panel';

/** A link to another step: a URL change is a request to the wizard (useWizardUrl), which decides. */
function DossierStepLink({ stepId, children }: { stepId: StepId; children: ReactNode }) {
  const { dossier } = useDossier();
  return (
    <RouterLink to={pathFor(dossier.id, stepId)} className="utrecht-link">
      {children}
    </RouterLink>
  );
}

/** What the step's form and its tools may know of the rest of the dossier, as it stands now. */
function stepContext(sync: DossierSync, stepId: StepId): StepFormContext {
  const steps = sync.allValues();
  return {
    steps,
    partners: partnersFromInitiatief(steps.initiatief),
    stepId,
    stepList: STEP_LIST,
    actionRows: steps[ACTION_PLAN_HOST]?.[ACTION_PLAN_KEY],
    addActionRows: (rows) => sync.appendRows(ACTION_PLAN_HOST, ACTION_PLAN_KEY, rows),
    dossier: { id: sync.dossier.id, title: sync.dossier.title },
    StepLink: DossierStepLink,
    BaselineRounds: BaselinePanel,
  };
}

/**
 * The step's form. Its values and context are read when it mounts; the step page mounts it afresh
 * (by key) when the server replaced the step's data, or when it turns read-only.
 */
export function StepFormHost({ stepId, readOnly, actions }: { stepId: StepId; readOnly: boolean; actions: ReactNode }) {
  const { sync, wizard } = useDossier();
  const Form = STEP_FORMS[stepId];
  const actor = sync.actors[stepId];
  const [defaultValues] = useState(() => sync.valuesFor(stepId));
  const [context] = useState(() => stepContext(sync, stepId));

  const onChange = useCallback((data: Record<string, unknown>) => actor.send({ type: 'EDIT', data }), [actor]);
  // StepForm submits only values its resolver parsed with this step's complete schema.
  const onSubmit = useCallback(
    (data: Record<string, unknown>) => wizard.send({ type: 'COMPLETE', data, parsed: true }),
    [wizard],
  );

  return (
    <Form
      readOnly={readOnly}
      defaultValues={defaultValues}
      context={context}
      onChange={onChange}
      onSubmit={onSubmit}
      actions={actions}
    />
  );
}
