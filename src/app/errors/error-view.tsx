import { useState } from 'react';
import { useMatch, Link as RouterLink } from 'react-router';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { retryFailedLoads } from '#src/forms/retrying-lazy';
import { PageHeading } from '#src/ui/page-heading';
import { dossierNl } from '#src/i18n/nl/dossier';
import { errorsNl } from '#src/i18n/nl/errors';
import { shellNl } from '#src/i18n/nl/shell';
import { classifyError } from './classify-error';

/** The way back: to the dossier this page belongs to, or else to the start page. */
function WayBack() {
  const inDossier = useMatch('/d/:id/*')?.params.id;
  return (
    <Paragraph>
      <RouterLink to={inDossier ? `/d/${inDossier}` : '/'} className="utrecht-link">
        {inDossier ? errorsNl.backToDossier : dossierNl.backToStart}
      </RouterLink>
    </Paragraph>
  );
}

/**
 * A page that could not be shown, said in Dutch with what the person can do: offline, wait and try
 * again; a newer build, reload; a page that does not exist, go back; anything else, try again or go back.
 */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const kind = classifyError(error, navigator.onLine);
  const [stillOffline, setStillOffline] = useState(false);

  if (kind === 'not-found') {
    return (
      <>
        <PageHeading>{shellNl.notFound.title}</PageHeading>
        <Paragraph>{shellNl.notFound.text}</Paragraph>
        <WayBack />
      </>
    );
  }
  if (kind === 'stale-build') {
    return (
      <>
        <PageHeading>{errorsNl.staleBuild.title}</PageHeading>
        <Alert type="info">
          <Paragraph>{errorsNl.staleBuild.text}</Paragraph>
        </Alert>
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" onClick={() => window.location.reload()}>
            {errorsNl.staleBuild.reload}
          </Button>
        </ButtonGroup>
        <WayBack />
      </>
    );
  }
  const copy = kind === 'offline' ? errorsNl.offline : errorsNl.unknown;
  const retry = () => {
    // Trying again without a connection only fails again: say so instead.
    if (!navigator.onLine) return setStillOffline(true);
    retryFailedLoads();
    onRetry();
  };
  return (
    <>
      <PageHeading>{copy.title}</PageHeading>
      <Alert type={kind === 'offline' ? 'warning' : 'error'}>
        <Paragraph>{copy.text}</Paragraph>
      </Alert>
      <div role="status">{stillOffline && <Paragraph>{errorsNl.offline.stillOffline}</Paragraph>}</div>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={retry}>
          {copy.retry}
        </Button>
      </ButtonGroup>
      <WayBack />
    </>
  );
}
