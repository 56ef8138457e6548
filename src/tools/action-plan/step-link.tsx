import { Link, Paragraph } from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import { useStepContext } from '#src/forms/step-context';
import { actionPlanCopy } from './copy';

/** "Wijzigen in stap 1: …": where the prefilled text above it is edited. */
export function EditInStep({ stepId }: { stepId: StepId }) {
  const { StepLink, stepList = [] } = useStepContext();
  const step = stepList.find((s) => s.id === stepId);
  const text = actionPlanCopy.editIn(step?.number ?? 0, step?.title ?? '');
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
