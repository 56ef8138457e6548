import { StatusBadge as UtrechtStatusBadge } from '@utrecht/component-library-react';
import type { StepStatus } from '#src/domain/step';
import { stepsNl } from '#src/i18n/nl/steps';

const STATUS_KIND: Record<StepStatus, string> = { leeg: 'neutral', bezig: 'warning', afgerond: 'safe' };

export function StatusBadge({ status }: { status: StepStatus }) {
  return (
    <UtrechtStatusBadge status={STATUS_KIND[status]} className={`sw-status sw-status--${status}`}>
      {stepsNl.status[status]}
    </UtrechtStatusBadge>
  );
}
