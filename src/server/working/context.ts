import type { Context, Hono } from 'hono';
import type { Db } from '#src/db/db';
import { todayInAmsterdam } from '#src/domain/dates';
import { liveActorOf, type WorkEvent } from '#src/domain/live';
import type { AuthVars } from '#src/server/auth';
import type { LiveHub } from '#src/server/live/hub';

export type App = Hono<{ Variables: AuthVars }>;
export type C = Context<{ Variables: AuthVars }>;

/** What the working-data routes share: the database, live events and the clock. */
export interface WorkingDeps {
  db: Db;
  live: LiveHub;
  now: () => Date;
}

export const todayOf = (deps: WorkingDeps) => todayInAmsterdam(deps.now());

/** Tells the dossier's other browsers that working data changed, so they reload it. */
export const announceWork = (deps: WorkingDeps, c: C, area: WorkEvent['area']) =>
  deps.live.publish(c.get('dossierId'), 'work', { area, actor: liveActorOf(c.get('identity')) } satisfies WorkEvent);

/** Row ids as the plan stores them (1–64 characters); anything else in a path is simply not found. */
export const isRowId = (v: string | undefined): v is string => !!v && v.length <= 64;
