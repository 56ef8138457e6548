/**
 * Access changes that long-lived connections must react to at once. A revoked invite is refused on
 * its next request by the auth check; an open live-event stream makes no further requests, so its
 * route subscribes here and closes itself:
 *
 *   const off = onRevoke(({ inviteId }) => { if (inviteId === me.inviteId) stream.close(); });
 *   stream.onAbort(off);
 *
 * This is per process. With several server processes, the live-events module should forward
 * `emitRevoke` through PostgreSQL NOTIFY and call it again in every process on LISTEN.
 */

export interface RevokeEvent {
  dossierId: string;
  inviteId: string;
}

type Listener = (event: RevokeEvent) => void;

const listeners = new Set<Listener>();

/** Calls `listener` for every revoked invite; returns the function that unsubscribes. */
export function onRevoke(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Called by DELETE /invites/:inviteId after the revocation is committed. A failing listener cannot stop the others. */
export function emitRevoke(event: RevokeEvent) {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A listener that throws is a bug in that listener; the revocation itself already happened.
    }
  }
}
