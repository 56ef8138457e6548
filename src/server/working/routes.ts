import { loadDossier } from '#src/db/dossiers';
import { liveActorOf } from '#src/domain/live';
import { stepEvent } from '#src/server/live/step-event';
import { registerActionRoutes } from './action-routes';
import { registerCalendarRoutes } from './calendar-routes';
import { announceWork, todayOf, type App, type WorkingDeps } from './context';
import { followUpFor } from './follow-up';
import { registerKnowledgeRoutes } from './knowledge-routes';
import { registerRoundActionRoutes } from './round-action-routes';

/**
 * The working data a team keeps after signing, apart from the signed text (issue 10): action progress
 * and proposed actions, knowledge activities held, the calendar, and the follow-up home's summary.
 * Register after the auth middleware and before the agreement routes (this announces what an
 * amendment's start did to step 5).
 */
export function registerWorkingRoutes(app: App, deps: WorkingDeps) {
  const { db, live } = deps;

  // Starting an amendment rewrites step 5's draft (agreement-routes.ts): browsers reload it like any saved step.
  app.use('/api/dossiers/:id/lifecycle', async (c, next) => {
    await next();
    if (c.req.method !== 'POST' || c.res.status !== 200) return;
    const state = ((await c.res.clone().json()) as { state?: string }).state;
    if (state !== 'wijziging') return;
    const step = (await loadDossier(db, c.get('dossierId')))?.steps.get('taakverdeling');
    if (step)
      await live.publish(c.get('dossierId'), 'step', { ...stepEvent('taakverdeling', step, liveActorOf(c.get('identity'))) });
    await announceWork(deps, c, 'actions');
  });

  app.get('/api/dossiers/:id/follow-up', async (c) => c.json(await followUpFor(db, c.get('dossierId'), todayOf(deps))));

  registerActionRoutes(app, deps);
  registerRoundActionRoutes(app, deps);
  registerKnowledgeRoutes(app, deps);
  registerCalendarRoutes(app, deps);
}
