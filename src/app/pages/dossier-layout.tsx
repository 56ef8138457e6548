import { useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useMatch, useNavigate, useParams, Link as RouterLink } from 'react-router';
import { useActorRef } from '@xstate/react';
import { fromPromise } from 'xstate';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Dossier } from '#src/domain/dossier';
import { isStepId } from '#src/domain/step';
import { getStep } from '#steps/index';
import { ApiError } from '#src/sync/api';
import { api } from '#src/sync/client';
import { DossierSync } from '#src/sync/dossier-sync';
import { noteToken, rememberDossier, tokenFor, tokenFromHash } from '#src/sync/token-store';
import { OVERVIEW, wizardMachine, type WizardLocation } from '#src/wizard/wizard.machine';
import { DossierContext } from '#src/app/dossier-context';
import { DossierHeader } from '#src/app/navigation/dossier-header';
import { PageErrorBoundary } from '#src/app/errors/page-error-boundary';
import { useWizardUrl } from '#src/app/use-wizard-url';
import { PageHeading } from '#src/ui/page-heading';
import { PageSkeleton } from '#src/ui/loading';
import { commonNl } from '#src/i18n/nl/common';
import { dossierNl } from '#src/i18n/nl/dossier';
import { meShort } from './overview/me-line';
import { OtherLinks } from './overview/other-links';
import { ExampleBanner } from './example/example-banner';

type LoadState =
  { kind: 'loading' } | { kind: 'error'; message: string; retry: boolean } | { kind: 'ready'; dossier: Dossier; token: string };

export default function DossierLayout() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(0);

  // The token arrives in the fragment once; keep it in this browser and take it out of the address bar.
  const hashToken = tokenFromHash(location.hash);
  if (hashToken) noteToken(id, hashToken);
  const token = tokenFor(id);

  useEffect(() => {
    if (hashToken) navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [hashToken, location.pathname, navigate]);

  // The answer to one load (this dossier, this link, this attempt); anything else is still loading.
  const request = `${id}#${token}#${attempt}`;
  const [answer, setAnswer] = useState<LoadState & { request: string }>();
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    api.getDossier(id, token).then(
      (dossier) => {
        if (cancelled) return;
        rememberDossier({ id, token, title: dossier.title, who: meShort(dossier.me) });
        setAnswer({ request, kind: 'ready', dossier, token });
      },
      (e: unknown) => {
        if (cancelled) return;
        const notFound = e instanceof ApiError && (e.status === 404 || e.status === 401);
        // Too many wrong links from this address: the server says, in Dutch, how long to wait.
        const throttled = e instanceof ApiError && e.status === 429;
        setAnswer({
          request,
          kind: 'error',
          message: notFound ? dossierNl.notFound : throttled ? e.message : dossierNl.loadFailed,
          retry: !notFound,
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, token, request]);

  const state: LoadState = !token
    ? { kind: 'error', message: dossierNl.noToken, retry: false }
    : answer?.request === request
      ? answer
      : { kind: 'loading' };

  if (state.kind === 'loading') return <PageSkeleton text={dossierNl.loading} />;
  if (state.kind === 'error') {
    return (
      <>
        <PageHeading>{dossierNl.overview}</PageHeading>
        <Alert type="error" role="alert">
          <Paragraph>{state.message}</Paragraph>
        </Alert>
        {/* A link that no longer works: the others kept here may. */}
        {token && <OtherLinks id={id} token={token} />}
        {state.retry && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setAttempt((n) => n + 1)}>
            {commonNl.retry}
          </Button>
        )}
        <Paragraph>
          <RouterLink to="/" className="utrecht-link">
            {dossierNl.backToStart}
          </RouterLink>
        </Paragraph>
      </>
    );
  }
  return <LoadedDossier key={state.dossier.id} dossier={state.dossier} token={state.token} />;
}

function LoadedDossier({ dossier, token }: { dossier: Dossier; token: string }) {
  const { stepId } = useParams();
  const sync = useMemo(() => new DossierSync(dossier, token, api), [dossier, token]);
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);

  const wizard = useActorRef(
    wizardMachine.provide({
      actors: {
        completeStep: fromPromise(({ input }) => sync.complete(input.stepId, input.data)),
      },
      guards: {
        completeSchemaParses: ({ event }, { stepId }) =>
          event.type === 'COMPLETE' && getStep(stepId).schema.safeParse(event.data).success,
      },
    }),
  );

  // Only the overview and the steps are wizard locations; other dossier pages leave the machine alone.
  const onOverview = useMatch('/d/:id') !== null;
  const urlLocation: WizardLocation | null = onOverview ? OVERVIEW : isStepId(stepId) ? stepId : null;
  useWizardUrl(wizard, sync, dossier.id, urlLocation);

  const value = useMemo(() => ({ dossier, token, sync, wizard }), [dossier, token, sync, wizard]);
  return (
    <DossierContext.Provider value={value}>
      <DossierHeader />
      {dossier.expiresAt && <ExampleBanner expiresAt={dossier.expiresAt} />}
      <PageErrorBoundary>
        <Outlet />
      </PageErrorBoundary>
    </DossierContext.Provider>
  );
}
