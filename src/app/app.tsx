import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Shell } from './shell';
import { StartPage } from './pages/start-page';
import { NotFoundPage } from './pages/not-found-page';
import { Loading } from '#src/ui/loading';
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
// A workspace: one organisation's dossiers together (issue 14).
const CreateWorkspacePage = lazy(() => import('./pages/workspace/create-workspace-page'));
const WorkspacePage = lazy(() => import('./pages/workspace/workspace-page'));
// The students' survey: public, outside any dossier (its own token in the fragment).
const PeilingPage = lazy(() => import('./pages/peiling/peiling-page'));

const wait = (node: React.ReactNode) => <Suspense fallback={<Loading text={dossierNl.loading} />}>{node}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/nieuw', element: wait(<CreatePage />) },
      { path: '/werkruimte/nieuw', element: wait(<CreateWorkspacePage />) },
      { path: '/w/:id', element: wait(<WorkspacePage />) },
      {
        path: '/peiling',
        element: (
          <Suspense fallback={<Loading text={roundsNl.students.loading} />}>
            <PeilingPage />
          </Suspense>
        ),
      },
      {
        path: '/d/:id',
        element: wait(<DossierLayout />),
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
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
