import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '#src/ui/page-heading';
import { nl } from '#src/i18n/nl';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>{nl.notFound.title}</PageHeading>
      <Paragraph>{nl.notFound.text}</Paragraph>
      <Paragraph>
        <RouterLink to="/" className="utrecht-link">
          {nl.dossier.backToStart}
        </RouterLink>
      </Paragraph>
    </>
  );
}
