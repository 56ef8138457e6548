import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '#src/ui/page-heading';
import { api } from '#src/sync/client';
import { verifyNl } from '#src/i18n/nl/verify';
import { VerifyForm } from './verify/verify-form';

/**
 * "Een overeenkomst controleren" for anyone who received a signed PDF (a council clerk, a school board)
 * and has no link to the dossier: the check needs no dossier, only the file.
 */
export default function PublicVerifyPage() {
  return (
    <>
      <PageHeading focusKey="controleren">{verifyNl.title}</PageHeading>
      <Paragraph>{verifyNl.publicIntro}</Paragraph>
      <VerifyForm verify={(pdf) => api.verify(pdf)} />
      <Paragraph>
        <RouterLink to="/" className="utrecht-link">
          {verifyNl.backToStart}
        </RouterLink>
      </Paragraph>
    </>
  );
}
