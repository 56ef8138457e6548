import pg from 'pg';
import type { Queryable } from '#src/db/db';
import type { LiveHub, LiveMessage, LiveTransport } from './hub';

/** The one channel every server process of the database listens on. */
export const LIVE_CHANNEL = 'samenwerkwijzer_events';
/**
 * PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. Events carry ids, and a saved step's data
 * only when it fits (the hub leaves it out otherwise, and browsers load the step).
 */
const MAX_PAYLOAD_BYTES = 7900;

const isMessage = (v: unknown): v is LiveMessage => {
  const m = v as LiveMessage;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.d === 'string' &&
    (m.t === 'event' || m.t === 'presence' || m.t === 'revoke' || m.t === 'erase')
  );
};

/**
 * Fan-out across server processes: publish with NOTIFY through the pool, receive on one dedicated
 * LISTEN connection (a pooled connection would be handed to other queries). When that connection
 * drops, messages are delivered in this process only until it is back; then every stream is told to
 * resync, since messages of other processes may have been missed meanwhile.
 */
export async function pgTransport(
  hub: LiveHub,
  opts: { url: string; db: Queryable; log?: (line: string) => void },
): Promise<LiveTransport> {
  const log = opts.log ?? (() => undefined);
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;

  const connect = async () => {
    const c = new pg.Client({ connectionString: opts.url });
    c.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL || !n.payload) return;
      let message: unknown;
      try {
        message = JSON.parse(n.payload);
      } catch {
        return;
      }
      if (isMessage(message)) hub.receive(message);
    });
    const lost = (why: string) => {
      if (client !== c) return;
      client = null;
      listening = false;
      c.end().catch(() => undefined);
      if (closed) return;
      log(`live: LISTEN connection lost (${why}); reconnecting`);
      schedule();
    };
    c.on('error', (err) => lost(err.message));
    c.on('end', () => lost('ended'));
    await c.connect();
    await c.query(`LISTEN ${LIVE_CHANNEL}`);
    client = c;
    listening = true;
  };

  const schedule = () => {
    clearTimeout(retry);
    const delay = Math.min(30_000, 500 * 2 ** attempt++);
    retry = setTimeout(() => {
      connect().then(
        () => {
          attempt = 0;
          hub.resyncAll();
        },
        (err: Error) => {
          log(`live: LISTEN reconnect failed (${err.message})`);
          schedule();
        },
      );
    }, delay);
    retry.unref();
  };

  await connect();

  return {
    maxMessageBytes: MAX_PAYLOAD_BYTES,
    async send(message) {
      const payload = JSON.stringify(message);
      if (!listening || Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        hub.receive(message);
        return;
      }
      // pg_notify takes the payload as a parameter (NOTIFY itself cannot); sent after the write committed.
      await opts.db.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => undefined);
    },
  };
}
