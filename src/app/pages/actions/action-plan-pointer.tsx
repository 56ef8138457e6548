import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { useAgreement } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { actionsPath } from '#src/app/pages/follow-up/paths';
import './action-plan-pointer.css';

const t = actionsPageNl.pointer;

/**
 * On the action plan's step page while a signed version is in force (the working-data rule says
 * so): progress and new actions are kept in "Actieplan volgen", the signed text below stays as it is.
 */
export function ActionPlanPointer() {
  const { dossier, sync } = useDossier();
  const { lifecycle } = useAgreement(sync);
  const workAllowed = useWorkAllowed(sync, 'evaluation');
  if (!workAllowed) return null;
  // During an amendment the plan below is the new draft; the signed version's progress is still kept apart.
  const amending = allows(lifecycle, { type: 'EDIT' });
  return (
    <Alert type="info" className="sw-action-plan-pointer">
      <Heading2>{t.title}</Heading2>
      <Paragraph>{amending ? t.bodyAmending : t.body}</Paragraph>
      <Paragraph>
        <RouterLink to={actionsPath(dossier.id)} className="utrecht-link">
          {t.link}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
