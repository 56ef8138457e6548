import { Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { agreementNl } from '#src/i18n/nl/agreement';

/** Above an HTML rendition of the agreement: back to the agreement page, and print this page. */
export function RenditionActions({ dossierId, className }: { dossierId: string; className?: string }) {
  return (
    <Paragraph className={className}>
      <RouterLink to={`/d/${dossierId}/overeenkomst`} className="utrecht-link">
        {agreementNl.toAgreement}
      </RouterLink>{' '}
      <Button type="button" appearance="subtle-button" onClick={() => window.print()}>
        {agreementNl.print}
      </Button>
    </Paragraph>
  );
}
