import { Paragraph } from '@utrecht/component-library-react';
import { useDossier } from '#src/app/dossier-context';
import { PageHeading } from '#src/ui/page-heading';
import { verifyNl } from '#src/i18n/nl/verify';
import { VerifyForm } from './verify/verify-form';

/** Inside a dossier: is a received PDF a sealed, unaltered version of this dossier? */
export default function VerifyPage() {
  const { dossier, sync } = useDossier();
  return (
    <>
      <PageHeading focusKey="controleer">{verifyNl.title}</PageHeading>
      <Paragraph>{verifyNl.intro}</Paragraph>
      <VerifyForm verify={(pdf) => sync.verify(pdf)} dossierId={dossier.id} />
    </>
  );
}
