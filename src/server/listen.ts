import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listening {
  port: number;
  /** The Node server (tests read its timeouts; shutdown closes it). */
  server: Server;
  /** Stops accepting, ends idle keep-alive connections, resolves when all are closed. */
  close(): Promise<void>;
}

/**
 * How long a client may take. A connection that trickles its headers or its body in (slowloris) would
 * otherwise hold a socket and memory forever; Node checks these every `checkIntervalMs`.
 */
export interface Timeouts {
  /** Until the request's headers are complete. */
  headersMs: number;
  /** Until the whole request, body included, has arrived (a 20 MB upload at 200 KB/s fits). */
  requestMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveMs: number;
  checkIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 20_000, requestMs: 120_000, keepAliveMs: 5_000, checkIntervalMs: 1_000 };

export function listen(
  app: Hono<any>,
  port: number,
  log?: (line: string) => void,
  hostname?: string,
  timeouts: Partial<Timeouts> = {},
): Promise<Listening> {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port,
        hostname,
        serverOptions: {
          headersTimeout: t.headersMs,
          requestTimeout: t.requestMs,
          keepAliveTimeout: t.keepAliveMs,
          connectionsCheckingInterval: t.checkIntervalMs,
        },
      },
      (info) => {
        resolve({
          port: info.port,
          server: server as Server,
          close: () =>
            new Promise<void>((done, fail) => {
              (server as Server).close((err) => (err ? fail(err) : done()));
              (server as Server).closeIdleConnections();
            }),
        });
      },
    ) as Server;
    // Also as properties: not every Node 20 release reads all of them from the options.
    server.headersTimeout = t.headersMs;
    server.requestTimeout = t.requestMs;
    server.keepAliveTimeout = t.keepAliveMs;
    server.once('error', (err) => {
      log?.(`Kan niet luisteren op poort ${port}: ${err.message}`);
      reject(err);
    });
  });
}
