import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import { useDossier } from '#src/app/dossier-context';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { knowledgePath } from './paths';

/** Steps whose work goes on after signing on a page of its own, next to the frozen text. */
const POINTERS: Partial<Record<StepId, { path: (dossierId: string) => string; text: string; link: string }>> = {
  kennisdelen: { path: knowledgePath, text: followUpPageNl.knowledge.stepPointer, link: followUpPageNl.knowledge.link },
};

/** On a step page while an agreement is in force: where the step's work goes on without an amendment. */
export function WorkingDataPointer({ stepId }: { stepId: StepId }) {
  const { dossier, sync } = useDossier();
  const allowed = useWorkAllowed(sync, 'evaluation');
  const pointer = POINTERS[stepId];
  if (!pointer || !allowed) return null;
  return (
    <Alert type="info">
      <Paragraph>{pointer.text}</Paragraph>
      <Paragraph>
        <RouterLink to={pointer.path(dossier.id)} className="utrecht-link">
          {pointer.link}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
