import { Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Shell } from './shell';
import { StartPage } from './pages/start-page';
import { NotFoundPage } from './pages/not-found-page';
import { RouteError } from './errors/route-error';
// Every page below loads again after a failed load (offline, then back online): see retryingLazy.
import { retryingLazy as lazy } from '#src/forms/retrying-lazy';
import { PageSkeleton } from '#src/ui/loading';
import { dossierNl } from '#src/i18n/nl/dossier';
import { roundsNl } from '#src/i18n/nl/rounds';

// Everything behind a dossier link loads on demand, keeping the start page light.
const CreatePage = lazy(() => import('./pages/create-page'));
const DossierLayout = lazy(() => import('./pages/dossier-layout'));
const OverviewPage = lazy(() => import('./pages/overview-page'));
const StepPage = lazy(() => import('./pages/step-page'));
const AgreementPage = lazy(() => import('./pages/agreement-page'));
const VerifyPage = lazy(() => import('./pages/verify-page'));
const ReviewPage = lazy(() => import('./pages/review-page'));
const VersionPage = lazy(() => import('./pages/version-page'));
const DiffPage = lazy(() => import('./pages/diff-page'));
const PartnersPage = lazy(() => import('./pages/partners-page'));
const RoundsPage = lazy(() => import('./pages/rounds/rounds-page'));
const RoundPage = lazy(() => import('./pages/rounds/round-page'));
const PaperPage = lazy(() => import('./pages/rounds/paper-page'));
const PrintPage = lazy(() => import('./pages/rounds/print-page'));
const ActionsPage = lazy(() => import('./pages/actions/actions-page'));
const KnowledgePage = lazy(() => import('./pages/knowledge/knowledge-page'));
const ResultsPage = lazy(() => import('./pages/results/results-page'));
const TrendsPage = lazy(() => import('./pages/trends/trends-page'));
// A workspace: one organisation's dossiers together (issue 14).
const PublicVerifyPage = lazy(() => import('./pages/public-verify-page'));
const CreateWorkspacePage = lazy(() => import('./pages/workspace/create-workspace-page'));
const WorkspacePage = lazy(() => import('./pages/workspace/workspace-page'));
// The students' survey: public, outside any dossier (its own token in the fragment).
const PeilingPage = lazy(() => import('./pages/peiling/peiling-page'));

const wait = (node: React.ReactNode) => <Suspense fallback={<PageSkeleton text={dossierNl.loading} />}>{node}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Shell />,
    // Never React Router's developer page: the error in Dutch, inside the page shell.
    errorElement: (
      <Shell>
        <RouteError />
      </Shell>
    ),
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/nieuw', element: wait(<CreatePage />) },
      // Checking a received PDF needs no dossier link.
      { path: '/controleren', element: wait(<PublicVerifyPage />) },
      { path: '/werkruimte/nieuw', element: wait(<CreateWorkspacePage />) },
      { path: '/w/:id', element: wait(<WorkspacePage />) },
      {
        path: '/peiling',
        element: (
          <Suspense fallback={<PageSkeleton text={roundsNl.students.loading} />}>
            <PeilingPage />
          </Suspense>
        ),
      },
      {
        path: '/d/:id',
        element: wait(<DossierLayout />),
        errorElement: <RouteError />,
        children: [
          { index: true, element: wait(<OverviewPage />) },
          { path: 'stap/:stepId', element: wait(<StepPage />) },
          { path: 'overeenkomst', element: wait(<AgreementPage />) },
          { path: 'controleer', element: wait(<VerifyPage />) },
          { path: 'controleren', element: wait(<ReviewPage />) },
          { path: 'versie/:n', element: wait(<VersionPage />) },
          { path: 'versie/:n/wijzigingen', element: wait(<DiffPage />) },
          { path: 'partners', element: wait(<PartnersPage />) },
          { path: 'rondes', element: wait(<RoundsPage />) },
          { path: 'rondes/:roundId', element: wait(<RoundPage />) },
          { path: 'rondes/:roundId/papier/:entryId', element: wait(<PaperPage />) },
          { path: 'rondes/:roundId/leerlingen/afdrukken', element: wait(<PrintPage />) },
          { path: 'acties', element: wait(<ActionsPage />) },
          { path: 'kennis', element: wait(<KnowledgePage />) },
          { path: 'rondes/:roundId/resultaten', element: wait(<ResultsPage />) },
          { path: 'trends', element: wait(<TrendsPage />) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
