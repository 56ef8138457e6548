import { Link as RouterLink } from 'react-router';
import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getStep } from '#steps/index';
import type { MissingItem } from '#src/domain/agreement/content';
import { rowOf } from '#src/domain/agreement/progress';
import { fieldId } from '#src/forms/field-id';
import { agreementNl } from '#src/i18n/nl/agreement';

/** What still blocks freezing, each named by step and row and linked to its field. */
export function MissingList({ dossierId, missing }: { dossierId: string; missing: readonly MissingItem[] }) {
  return (
    <UnorderedList className="sw-missing-list">
      {missing.map((m) => {
        const step = getStep(m.stepId);
        return (
          <UnorderedListItem key={`${m.stepId}-${m.path.join('.')}`}>
            <RouterLink to={`/d/${dossierId}/stap/${m.stepId}#${fieldId(m.path.join('.'))}`} className="utrecht-link">
              {agreementNl.missingItem(step.number, step.copy.title, m.message, rowOf(m.path))}
            </RouterLink>
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
}
