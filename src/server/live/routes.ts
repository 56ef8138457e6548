import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { can } from '#src/domain/access';
import { isStepId } from '#src/domain/step';
import { liveActorOf, presenceBody } from '#src/domain/live';
import type { AuthVars, Identity } from '#src/server/auth';
import { tooManyRequests } from '#src/server/auth';
import { onRevoke } from '#src/server/access-events';
import { MESSAGES, readJson } from '#src/server/http';
import type { LiveHub } from './hub';

export const LIVE_MESSAGES = {
  tooManyStreams: (max: number) =>
    `Met deze link zijn al ${max} live-verbindingen open. Sluit een venster en probeer het opnieuw.`,
} as const;

/** Frames a stream may have waiting to be written before it counts as stuck and is closed (it resumes). */
const MAX_QUEUED_FRAMES = 200;

const linkKey = (identity: Identity) => liveActorOf(identity).key;

/**
 * GET /api/dossiers/:id/events (server-sent events), PUT /api/dossiers/:id/presence, and the events
 * other routes cause: lifecycle and approval changes are announced from here after a successful
 * write, so those routes need not know about live updates. Register after the auth middleware and
 * before the routes whose writes it announces.
 */
export function registerLiveRoutes(app: Hono<{ Variables: AuthVars }>, hub: LiveHub) {
  // A revoked invite's open streams close at once, in this process and (through the hub) in all others.
  hub.onClose(onRevoke(({ dossierId, inviteId }) => void hub.revoke(dossierId, inviteId)));

  app.use('/api/dossiers/:id/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' || c.res.status >= 300) return;
    const identity = c.get('identity');
    if (!identity) return;
    const rest = c.req.path.slice(`/api/dossiers/${c.req.param('id')}`.length);
    const actor = liveActorOf(identity);
    const approval = /^\/steps\/([^/]+)\/approval$/.exec(rest);
    if (approval && isStepId(approval[1])) {
      await hub.publish(identity.dossierId, 'approvals', { stepId: approval[1], actor });
    } else if (/^\/(versions|lifecycle)(\/|$)/.test(rest)) {
      await hub.publish(identity.dossierId, 'lifecycle', { actor });
    }
  });

  app.get('/api/dossiers/:id/events', (c) => {
    const identity = c.get('identity');
    const key = linkKey(identity);
    const wait = hub.canConnect(identity.dossierId, key);
    if (wait < 0) return c.json({ error: MESSAGES.dossierNotFound }, 404);
    if (wait > 0) return tooManyRequests(c, wait, LIVE_MESSAGES.tooManyStreams(hub.maxStreamsPerLink));
    const lastEventId = c.req.header('last-event-id')?.slice(0, 64) || undefined;
    c.header('X-Accel-Buffering', 'no'); // a buffering reverse proxy would hold events back
    return streamSSE(c, (stream) => {
      // Runs synchronously up to the first await: the connection count above still holds.
      let queued = 0;
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const unsubscribe = hub.subscribe(
        {
          dossierId: identity.dossierId,
          key,
          write(frame) {
            if (stream.aborted || stream.closed) return true;
            if (queued >= MAX_QUEUED_FRAMES) return false;
            queued++;
            void stream.write(frame).finally(() => queued--);
            return true;
          },
          end: () => finish(),
        },
        lastEventId,
      );
      stream.onAbort(() => finish());
      c.req.raw.signal.addEventListener('abort', () => finish(), { once: true });
      return finished.finally(unsubscribe);
    });
  });

  app.put('/api/dossiers/:id/presence', async (c) => {
    const identity = c.get('identity');
    const body = await readJson(c, presenceBody);
    if (!body.ok) return body.response;
    // A reading link is shown as present but never as editing a field.
    const field = can.edit(identity) && body.data.stepId ? (body.data.field ?? null) || null : null;
    await hub.setPresence(identity.dossierId, liveActorOf(identity), { stepId: body.data.stepId ?? null, field });
    return c.body(null, 204);
  });
}
