import { Link, Paragraph } from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import { useStepContext } from '#src/forms/step-context';
import { actionPlanCopy } from './copy';
import { stepNumber, stepTitle } from './labels';

/** "Wijzigen in stap 1: …": where the prefilled text above it is edited. */
export function EditInStep({ stepId }: { stepId: StepId }) {
  const { StepLink } = useStepContext();
  const text = actionPlanCopy.editIn(stepNumber(stepId), stepTitle(stepId));
  return (
    <Paragraph className="sw-edit-in-step">
      {StepLink ? (
        <StepLink stepId={stepId}>{text}</StepLink>
      ) : (
        // Outside the wizard (tests, previews): a relative link from …/stap/<this step> to the other step.
        <Link href={stepId}>{text}</Link>
      )}
    </Paragraph>
  );
}
