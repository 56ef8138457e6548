import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Past this an upload is not read any more (no agreement comes close to it). */
const MAX_DISCARD_BYTES = 256 * 1024 * 1024;
/** A client that stopped sending after reading the early answer: close once it has been quiet this long. */
const QUIET_MS = 1_500;

export type Upload = { ok: true; bytes: Buffer } | { ok: false; response: Response };

/** Reads and throws away the rest of a request body: until it ends, goes quiet, or passes the cap. */
function discardRest(incoming: IncomingMessage, already: number): Promise<void> {
  return new Promise((resolve) => {
    let size = already;
    let quiet: NodeJS.Timeout;
    const finish = () => {
      clearTimeout(quiet);
      incoming.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      clearTimeout(quiet);
      if (size > MAX_DISCARD_BYTES) return finish();
      quiet = setTimeout(finish, QUIET_MS);
    };
    quiet = setTimeout(finish, QUIET_MS);
    incoming.on('data', onData);
    incoming.once('end', finish);
    incoming.once('close', finish);
    incoming.resume();
  });
}

/**
 * Reads a request body of at most `maxBytes`. Past that, the answer is `tooLarge` (JSON) at once,
 * while the rest of the upload is read and thrown away: a server that answers and closes while the
 * client is still sending makes the client see a connection reset instead of the answer (a browser
 * shows a network error). The answer ends, and the connection closes, once the upload has ended or
 * gone quiet.
 */
export async function readUpload(c: Context, maxBytes: number, tooLarge: { error: string }): Promise<Upload> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const body = new TextEncoder().encode(JSON.stringify(tooLarge));
  const answer = (rest: Promise<void>): Upload => ({
    ok: false,
    response: new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(body);
          void rest.then(() => {
            try {
              controller.close();
            } catch {
              // The client went away and the answer was cancelled already.
            }
          });
        },
      }),
      {
        status: 413,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': String(body.length),
          Connection: 'close',
        },
      },
    ),
  });
  if (!incoming) {
    // Not on Node's HTTP server (app.request in a unit test): the runtime buffers the body.
    const bytes = Buffer.from(await c.req.arrayBuffer());
    return bytes.length > maxBytes ? answer(Promise.resolve()) : { ok: true, bytes };
  }
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) return answer(discardRest(incoming, 0));
  return new Promise<Upload>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      chunks.length = 0;
      resolve(answer(discardRest(incoming, size)));
    };
    const onEnd = () => {
      stop();
      resolve({ ok: true, bytes: Buffer.concat(chunks, size) });
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
  });
}

/**
 * After a route answered without reading the request body (a 403 or 404 before the body mattered):
 * read what is left of a small body before the answer goes out, so the connection can be reused. Left
 * unread, the server closes the connection soon after, and a client that already sent its next
 * request on it sees "other side closed". A body too large or too slow: the answer says Connection: close.
 */
export async function finishUnreadBody(c: Context, maxBytes: number, timeoutMs = 5_000) {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || incoming.readableEnded || incoming.destroyed) return;
  const declared = Number(c.req.header('content-length') ?? 0);
  if (!declared && !c.req.header('transfer-encoding')) return;
  const drained =
    declared <= maxBytes &&
    (await new Promise<boolean>((resolve) => {
      let size = 0;
      const done = (ok: boolean) => {
        clearTimeout(timer);
        incoming.off('data', onData);
        resolve(ok);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) done(false);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      incoming.on('data', onData);
      incoming.once('end', () => done(true));
      incoming.once('error', () => done(false));
      incoming.resume();
    }));
  if (!drained) c.res.headers.set('Connection', 'close');
}
