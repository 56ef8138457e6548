import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Shell } from './shell';
import { StartPage } from './pages/start-page';
import { NotFoundPage } from './pages/not-found-page';
import { Loading } from '#src/ui/loading';
import { dossierNl } from '#src/i18n/nl/dossier';

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

const wait = (node: React.ReactNode) => <Suspense fallback={<Loading text={dossierNl.loading} />}>{node}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/nieuw', element: wait(<CreatePage />) },
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
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
