import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { useDossier } from '#src/app/dossier-context';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { actionsPath } from './paths';
import './action-plan-pointer.css';

const t = actionsPageNl.pointer;

/**
 * On the action plan's step page while a signed version is in force (the working-data rule says
 * so): progress and new actions are kept in "Actieplan volgen", the signed text below stays as it is.
 */
export function ActionPlanPointer() {
  const { dossier, sync } = useDossier();
  if (!useWorkAllowed(sync, 'evaluation')) return null;
  return (
    <Alert type="info" className="sw-action-plan-pointer">
      <Heading2>{t.title}</Heading2>
      <Paragraph>{t.body}</Paragraph>
      <Paragraph>
        <RouterLink to={actionsPath(dossier.id)} className="utrecht-link">
          {t.link}
        </RouterLink>
      </Paragraph>
    </Alert>
  );
}
