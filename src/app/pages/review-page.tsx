import { useMemo } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { STEPS } from '#steps/index';
import { missingForFreeze } from '#src/domain/agreement/content';
import { useDossier } from '#src/app/dossier-context';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { AgreementHtml } from '#templates/agreement/html-rendition';
import { useDraftAgreementData } from './agreement/use-agreement-data';
import { RenditionActions } from './agreement/rendition-actions';
import { MissingList } from './agreement/missing-list';
import { agreementNl } from '#src/i18n/nl/agreement';

/** "Controleren": the whole agreement as it will be signed, and what is still missing, linked to the field. */
export default function ReviewPage() {
  const { dossier, sync } = useDossier();
  const data = useDraftAgreementData();
  const missing = useMemo(() => missingForFreeze(STEPS, sync.allValues()), [sync]);
  return (
    <>
      <PageHeading focusKey="controleren">{agreementNl.review}</PageHeading>
      <Paragraph>{agreementNl.reviewIntro}</Paragraph>
      <section aria-labelledby="ontbreekt" className="sw-no-print">
        <Heading2 id="ontbreekt">{agreementNl.missingTitle}</Heading2>
        {missing.length === 0 ? (
          <Alert type="ok" role="none">
            <Paragraph>{agreementNl.nothingMissing}</Paragraph>
          </Alert>
        ) : (
          <MissingList dossierId={dossier.id} missing={missing} />
        )}
        <RenditionActions dossierId={dossier.id} />
      </section>
      {data ? <AgreementHtml data={data} /> : <Loading text={agreementNl.loadingVersion} />}
    </>
  );
}
