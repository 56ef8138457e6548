import { useParams, Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useDossier } from '../dossier-context';
import { PageHeading } from '../../ui/page-heading';
import { Loading } from '../../ui/loading';
import { AgreementHtml } from '../../ui/agreement-html';
import { useVersionAgreementData } from './agreement/use-agreement-data';
import { nl } from '../../i18n/nl';

const t = nl.agreement;

/** The accessible HTML rendition of a frozen version, with print styles. */
export default function VersionPage() {
  const { dossier } = useDossier();
  const n = Number(useParams().n);
  const data = useVersionAgreementData(Number.isInteger(n) && n > 0 ? n : undefined);
  return (
    <>
      <PageHeading focusKey={`versie-${n}`}>{t.versionPageTitle(n)}</PageHeading>
      <Paragraph className="sw-no-print">
        <RouterLink to={`/d/${dossier.id}/overeenkomst`} className="utrecht-link">
          {t.toAgreement}
        </RouterLink>{' '}
        <Button type="button" appearance="subtle-button" onClick={() => window.print()}>
          {t.print}
        </Button>
      </Paragraph>
      {data ? <AgreementHtml data={data} /> : <Loading text={t.loadingVersion} />}
    </>
  );
}
