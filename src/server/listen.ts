import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listening {
  port: number;
  /** Stops accepting, ends idle keep-alive connections, resolves when all are closed. */
  close(): Promise<void>;
}

export function listen(app: Hono<any>, port: number, log?: (line: string) => void, hostname?: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            (server as Server).close((err) => (err ? fail(err) : done()));
            (server as Server).closeIdleConnections();
          }),
      });
    });
    server.once('error', (err) => {
      log?.(`Kan niet luisteren op poort ${port}: ${err.message}`);
      reject(err);
    });
  });
}
