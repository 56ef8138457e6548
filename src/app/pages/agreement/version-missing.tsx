import type { ReactNode } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useParams, Link as RouterLink } from 'react-router';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement } from '#src/sync/use-step-state';
import { PageHeading } from '#src/ui/page-heading';
import { agreementNl } from '#src/i18n/nl/agreement';
import { commonNl } from '#src/i18n/nl/common';
import { errorsNl } from '#src/i18n/nl/errors';
import { versionNumberOf } from './use-version-content';

/** The version in the address (`:n`) when this dossier has it; else a clear "does not exist" instead of the page. */
export function KnownVersion({ render }: { render: (n: number) => ReactNode }) {
  const { dossier, sync } = useDossier();
  const { versions } = useAgreement(sync);
  const asked = useParams().n ?? '';
  const n = versionNumberOf(asked);
  if (n === undefined || !versions.some((v) => v.number === n)) return <VersionNotFound dossierId={dossier.id} asked={asked} />;
  return render(n);
}

/** An address with a version this dossier does not have ("abc", 99): said so, with the way to the versions that exist. */
export function VersionNotFound({ dossierId, asked }: { dossierId: string; asked: string }) {
  return (
    <>
      <PageHeading focusKey="versie-onbekend">{errorsNl.versionNotFound.title}</PageHeading>
      <Paragraph>{errorsNl.versionNotFound.text(asked)}</Paragraph>
      <Paragraph>
        <RouterLink to={`/d/${dossierId}/overeenkomst`} className="utrecht-link">
          {agreementNl.toAgreement}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** A version that exists but could not be loaded (connection): said so, with a retry. */
export function VersionFailed({ retry }: { retry: () => void }) {
  return (
    <>
      <Alert type="error" role="alert">
        <Paragraph>{errorsNl.versionFailed}</Paragraph>
      </Alert>
      <Button type="button" appearance="secondary-action-button" onClick={retry}>
        {commonNl.retry}
      </Button>
    </>
  );
}
