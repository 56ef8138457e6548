import type { Hono } from 'hono';
import type { Db } from '#src/db/db';
import type { AuthVars } from '#src/server/auth';
import type { RateLimiter } from '#src/server/rate-limit';
import { registerWorkspaceAvgRoutes } from './avg-routes';
import { registerPortfolioRoutes, registerWorkspaceFeed } from './portfolio-routes';
import { registerWorkspaceRoutes } from './routes';

/** Every workspace route, in the order they must be matched: the public feed, then the guarded routes. */
export function registerWorkspaces(
  app: Hono<{ Variables: AuthVars }>,
  deps: { db: Db; failures: RateLimiter; trustProxy?: boolean; now: () => Date },
) {
  const workspaceApp = registerWorkspaceRoutes(app, deps);
  registerWorkspaceFeed(workspaceApp, deps.db, deps.now);
  registerWorkspaceAvgRoutes(workspaceApp, deps.db, deps.now);
  registerPortfolioRoutes(workspaceApp, deps.db, deps.now);
}
