import { useDossier } from '#src/app/dossier-context';
import { agreementCrumbs } from '#src/app/navigation/crumbs';
import { Breadcrumbs } from '#src/ui/breadcrumbs';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { AgreementHtml } from '#templates/agreement/html-rendition';
import { useVersionAgreement } from './agreement/use-agreement-data';
import { KnownVersion, VersionFailed } from './agreement/version-missing';
import { RenditionActions } from './agreement/rendition-actions';
import { agreementNl } from '#src/i18n/nl/agreement';
import { navigationNl } from '#src/i18n/nl/navigation';

/** The accessible HTML rendition of a frozen version, with print styles; a clear message for a version that does not exist. */
export default function VersionPage() {
  return <KnownVersion render={(n) => <VersionView n={n} />} />;
}

function VersionView({ n }: { n: number }) {
  const { dossier } = useDossier();
  const { data, failed, retry } = useVersionAgreement(n);
  return (
    <>
      <Breadcrumbs items={[...agreementCrumbs(dossier), { label: navigationNl.versionCrumb(n) }]} />
      <PageHeading focusKey={`versie-${n}`}>{agreementNl.versionPageTitle(n)}</PageHeading>
      <RenditionActions dossierId={dossier.id} className="sw-no-print" />
      {data ? (
        <AgreementHtml data={data} />
      ) : failed ? (
        <VersionFailed retry={retry} />
      ) : (
        <Loading text={agreementNl.loadingVersion} />
      )}
    </>
  );
}
