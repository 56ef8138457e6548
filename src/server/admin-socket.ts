import { chmodSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

/**
 * The management socket of a server on the embedded database: a Unix socket in DATA_DIR
 * (`beheer.sock`, mode 0600), so only the server's own user can reach it, and nothing is exposed
 * over the network. `npm run backup` asks it for a consistent copy of the database while the server
 * keeps serving: PGlite is single-process, so the copy has to come from the process that holds it.
 */
export const ADMIN_SOCKET = 'beheer.sock';

export async function listenAdminSocket(
  path: string,
  db: { dump(): Promise<Blob> },
  log: (line: string) => void,
): Promise<Server | null> {
  // We hold the DATA_DIR lock, so a socket file left here is a dead server's.
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    db.dump().then(
      async (blob) => {
        const bytes = Buffer.from(await blob.arrayBuffer());
        res.writeHead(200, { 'Content-Type': 'application/gzip', 'Content-Length': bytes.length }).end(bytes);
        log(`Back-up van de database gemaakt (${Math.round(bytes.length / 1024)} KB).`);
      },
      (err: Error) => {
        log(`error backup: ${err.message}`);
        res.writeHead(500).end();
      },
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    chmodSync(path, 0o600);
    server.unref();
    return server;
  } catch (err) {
    // E.g. a DATA_DIR path longer than a socket path may be: backups then need the server stopped.
    log(
      `Beheersocket ${path} niet te openen (${(err as Error).message}); npm run backup werkt dan alleen met de server gestopt.`,
    );
    return null;
  }
}
