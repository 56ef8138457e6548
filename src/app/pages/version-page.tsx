import { useParams } from 'react-router';
import { useDossier } from '#src/app/dossier-context';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { AgreementHtml } from '#templates/agreement/html-rendition';
import { useVersionAgreementData } from './agreement/use-agreement-data';
import { RenditionActions } from './agreement/rendition-actions';
import { agreementNl } from '#src/i18n/nl/agreement';

/** The accessible HTML rendition of a frozen version, with print styles. */
export default function VersionPage() {
  const { dossier } = useDossier();
  const n = Number(useParams().n);
  const data = useVersionAgreementData(Number.isInteger(n) && n > 0 ? n : undefined);
  return (
    <>
      <PageHeading focusKey={`versie-${n}`}>{agreementNl.versionPageTitle(n)}</PageHeading>
      <RenditionActions dossierId={dossier.id} className="sw-no-print" />
      {data ? <AgreementHtml data={data} /> : <Loading text={agreementNl.loadingVersion} />}
    </>
  );
}
