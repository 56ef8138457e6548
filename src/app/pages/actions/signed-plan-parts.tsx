import { useMemo } from 'react';
import { STEP_LIST } from '#steps/index';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { StepContext, type StepFormContext } from '#src/forms/step-context';
import { StartingPoint } from '#src/tools/action-plan/starting-point';
import { FollowUp } from '#src/tools/action-plan/follow-up';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { useVersionContent } from '#src/app/pages/agreement/use-version-content';
import '#src/tools/action-plan/action-plan.css';

// The signed text changes only through an amendment: no "Wijzigen in stap n" under its parts here.
const NoStepLink = () => null;

/**
 * Parts A (the starting point) and C (meetings, signals and evaluation) of the action plan as the
 * signed version holds them, read-only and closed until asked for: the context of the actions.
 */
export function SignedPlanParts({ version }: { version: number }) {
  const signed = useVersionContent(version);
  const context = useMemo<StepFormContext | null>(() => {
    if (!signed) return null;
    const steps = signed.content.steps;
    return { steps, partners: partnersFromInitiatief(steps.initiatief), stepList: STEP_LIST, StepLink: NoStepLink };
  }, [signed]);
  if (!context) return null;
  return (
    <details className="sw-signed-parts">
      <summary>{actionsPageNl.plan.parts(version)}</summary>
      <StepContext.Provider value={context}>
        <StartingPoint />
        <FollowUp />
      </StepContext.Provider>
    </details>
  );
}
