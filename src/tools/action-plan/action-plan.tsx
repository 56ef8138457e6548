import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { ActionRows } from './action-rows';
import { actionPlanCopy } from './copy';
import { CsvExport } from './csv-export';
import { FollowUp } from './follow-up';
import { StartingPoint } from './starting-point';
import './action-plan.css';

/**
 * The action plan (format of the plan): A, the starting point from steps 1, 2 and 4 (read-only);
 * B, the actions (the field group, saved under `actionPlan`); C, meetings and evaluation from steps
 * 6 and 10 (read-only); and a CSV download of B.
 */
export function ActionPlan() {
  return (
    <section aria-labelledby="actieplan" className="sw-action-plan">
      <Heading2 id="actieplan">{actionPlanCopy.title}</Heading2>
      <Paragraph>{actionPlanCopy.intro}</Paragraph>
      <StartingPoint />
      <ActionRows />
      <CsvExport />
      <FollowUp />
    </section>
  );
}
