import { useWatch } from 'react-hook-form';
import { useStepContext } from '#src/forms/step-context';
import { todayInAmsterdam } from '#src/domain/dates';
import { draftFundingTimeline } from '#src/domain/follow-up/draft-timeline';
import { FundingTimeline } from '#src/ui/funding-timeline';

/**
 * The funding timeline inside a step form (steps 3 and 11): the other steps' saved data with this
 * form's values as typed, so the picture follows every change, before signing as well as after.
 */
export function LiveFundingTimeline() {
  const { steps, stepId } = useStepContext();
  const values = useWatch();
  const current = stepId ? { ...steps, [stepId]: values } : steps;
  return <FundingTimeline timeline={draftFundingTimeline(current, todayInAmsterdam())} />;
}
