import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '#src/ui/page-heading';
import { dossierNl } from '#src/i18n/nl/dossier';
import { shellNl } from '#src/i18n/nl/shell';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>{shellNl.notFound.title}</PageHeading>
      <Paragraph>{shellNl.notFound.text}</Paragraph>
      <Paragraph>
        <RouterLink to="/" className="utrecht-link">
          {dossierNl.backToStart}
        </RouterLink>
      </Paragraph>
    </>
  );
}
