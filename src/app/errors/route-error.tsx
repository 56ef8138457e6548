import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorView } from './error-view';

/** The router's error element: instead of React Router's developer page, the Dutch error view. */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  // Going to the same address again resets the router's error boundary, which renders the route anew.
  return <ErrorView error={error} onRetry={() => navigate(location, { replace: true })} />;
}
