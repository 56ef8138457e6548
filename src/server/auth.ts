import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { findTokenHash } from '../db/dossiers';
import type { Db } from '../db/db';
import { MESSAGES } from './http';

/** Capability tokens: 32 random bytes (256 bits), base64url. Only their SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
/** Dossier ids are public-ish (they are in the URL path), so 96 bits is plenty. */
export const newDossierId = () => randomBytes(12).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** A stable, non-reversible label for the link that acted, for the audit log. */
export const actorOf = (tokenHash: string) => `link:${tokenHash.slice(0, 12)}`;

// Compared against when the dossier does not exist, so a miss costs the same as a wrong token.
const DUMMY_HASH = Buffer.from(hashToken('samenwerkwijzer-no-such-dossier'), 'hex');

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,512})$/;

export interface AuthVars {
  dossierId: string;
  tokenHash: string;
}

/**
 * Guards every /api/dossiers/:id… route. Missing or malformed header → 401. A wrong token, another
 * dossier's token and an unknown dossier all get the identical 404 after the identical work.
 */
export function requireDossierToken(db: Db): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    if (c.get('dossierId')) return next();
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: MESSAGES.unauthorized }, 401);
    }
    const id = c.req.param('id') ?? '';
    const given = hashToken(match[1]!);
    const stored = await findTokenHash(db, id);
    const expected = stored ? Buffer.from(stored, 'hex') : DUMMY_HASH;
    const equal = expected.length === 32 && timingSafeEqual(Buffer.from(given, 'hex'), expected);
    if (!stored || !equal) return c.json({ error: MESSAGES.dossierNotFound }, 404);
    c.set('dossierId', id);
    c.set('tokenHash', given);
    return next();
  };
}
