import { StatusBadge as UtrechtStatusBadge } from '@utrecht/component-library-react';
import type { StepStatus } from '#src/domain/step';
import { shownStatus, type ShownStatus } from '#src/domain/agreement/progress';
import { stepsNl } from '#src/i18n/nl/steps';

const STATUS_KIND: Record<ShownStatus, string> = { leeg: 'neutral', bezig: 'warning', afgerond: 'safe', vastgelegd: 'safe' };

/**
 * A step's status in words. `fixed`: the version whose text is fixed now (`fixedVersion`); then a
 * filled step reads "Vastgelegd in versie n", never "Bezig" or "Afgerond" next to a signed text.
 */
export function StatusBadge({ status, fixed }: { status: StepStatus; fixed?: number }) {
  const shown = shownStatus(status, fixed);
  return (
    <UtrechtStatusBadge status={STATUS_KIND[shown]} className={`sw-status sw-status--${shown}`}>
      {shown === 'vastgelegd' ? stepsNl.fixedIn(fixed!) : stepsNl.status[shown]}
    </UtrechtStatusBadge>
  );
}
