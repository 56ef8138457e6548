import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** One line per request: never headers, bodies, tokens or query strings. */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  /** Control characters escaped, secret-carrying segments replaced (see `safePath`). */
  path: string;
  status: number;
  ms: number;
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A request id a proxy in front of us chose is kept when it is plainly an id, so logs line up. */
const GIVEN_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Escapes control characters, so no input can start a new log line or colour a terminal. */
export const escapeControl = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Paths that carry a secret have it replaced: a segment as long as a token (32+ base64url characters;
 * dossier ids are 16, invite ids 12), for instance a calendar feed `/api/calendar/<token>.ics`.
 */
export function safePath(path: string): string {
  const redacted = path
    .split('/')
    .map((segment) =>
      /^[A-Za-z0-9_-]{32,}(\.[a-z0-9]{1,8})?$/.test(segment) ? `[token]${/\.[a-z0-9]{1,8}$/.exec(segment)?.[0] ?? ''}` : segment,
    )
    .join('/');
  return escapeControl(redacted.length > 300 ? `${redacted.slice(0, 300)}…` : redacted);
}

const ids = new WeakMap<Request, string>();

/** The id of the request being handled (for the error log line). */
export const requestIdOf = (req: Request) => ids.get(req) ?? '-';

/** Gives every request an id (also as a response header) and reports it once it is answered. */
export function requestLog(report: (entry: RequestLogEntry) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header(REQUEST_ID_HEADER);
    const requestId = given && GIVEN_ID.test(given) ? given : randomUUID();
    ids.set(c.req.raw, requestId);
    try {
      await next();
    } finally {
      c.res.headers.set(REQUEST_ID_HEADER, requestId);
      report({
        requestId,
        method: escapeControl(c.req.method),
        path: safePath(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    }
  };
}

/** The plain-text form (tests, development): method, path, status, duration. */
export const requestLine = (e: RequestLogEntry) => `${e.method} ${e.path} ${e.status} ${e.ms}ms`;
