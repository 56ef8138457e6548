import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { useAgreement } from '#src/sync/use-step-state';
import { ACTION_PLAN_HOST } from '#steps/index';
import { useDossier } from '#src/app/dossier-context';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { actionsPath, knowledgePath } from './paths';
import './working-data-pointer.css';

interface Pointer {
  path: (dossierId: string) => string;
  title?: string;
  text: string;
  /** During an amendment the step below is the new draft; the signed version's work is still kept apart. */
  textAmending?: string;
  link: string;
}

/** Steps whose work goes on after signing on a page of its own, next to the frozen text. */
const POINTERS: Partial<Record<StepId, Pointer>> = {
  kennisdelen: { path: knowledgePath, text: followUpPageNl.knowledge.stepPointer, link: followUpPageNl.knowledge.link },
  [ACTION_PLAN_HOST]: {
    path: actionsPath,
    title: actionsPageNl.pointer.title,
    text: actionsPageNl.pointer.body,
    textAmending: actionsPageNl.pointer.bodyAmending,
    link: actionsPageNl.pointer.link,
  },
};

/** On a step page while an agreement is in force: where the step's work goes on without an amendment. */
export function WorkingDataPointer({ stepId }: { stepId: StepId }) {
  const { dossier, sync } = useDossier();
  const { lifecycle } = useAgreement(sync);
  const allowed = useWorkAllowed(sync, 'evaluation');
  const pointer = POINTERS[stepId];
  if (!pointer || !allowed) return null;
  const amending = allows(lifecycle, { type: 'EDIT' });
  return (
    <Alert type="info" className="sw-working-pointer">
      {pointer.title && <Heading2>{pointer.title}</Heading2>}
      <Paragraph>{amending && pointer.textAmending ? pointer.textAmending : pointer.text}</Paragraph>
      <Paragraph>
        <RouterLink to={pointer.path(dossier.id)} className="utrecht-link">
          {pointer.link}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
