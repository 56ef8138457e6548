import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { findAccess } from '#src/db/access';
import type { Db } from '#src/db/db';
import { tombstoneOf } from '#src/db/dossier-tables';
import { can, type Me } from '#src/domain/access';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { MESSAGES } from './http';
import { clientAddress, type BucketOptions, type RateLimiter } from './rate-limit';

/** Capability tokens: 32 random bytes (256 bits), base64url. Only their SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString('base64url');
/** Dossier ids are public-ish (they are in the URL path), so 96 bits is plenty. */
export const newDossierId = () => randomBytes(12).toString('base64url');
/** Invite ids are not secret either (they name a link in the owner's list and the audit log). */
export const newInviteId = () => randomBytes(9).toString('base64url');
/** How a workspace's read-only link shows as an invite on its dossiers' routes (live streams close by it). */
export const workspaceInviteId = (linkId: string) => `werkruimte-${linkId}`;
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Who is calling, resolved from the Bearer token on every request under /api/dossiers/:id. Routes
 * (and the live-events stream) read it with `c.get('identity')`; it never holds the token.
 */
export interface Identity extends Me {
  dossierId: string;
}

export interface AuthVars {
  dossierId: string;
  identity: Identity;
}

/** What the audit log records as the actor: the organisation and, when known, the person and the link. */
export function actorOf(who: Pick<Identity, 'kind' | 'inviteId' | 'partnerName' | 'name'>): string {
  const organisation = who.partnerName || 'onbekende organisatie';
  if (who.kind === 'owner') return `${organisation} (eigenaar)`;
  return `${who.name ? `${who.name}, ` : ''}${organisation} (link ${who.inviteId})`;
}

/** Limits against guessing and flooding; in memory, so per server process. */
export interface AccessLimits {
  /** Failed token checks per client address. */
  authFailures: BucketOptions;
  /** New invite links per dossier. */
  inviteCreation: BucketOptions;
  /** Student survey answers per client address: a whole school behind one address must fit (rounds/student-routes.ts). */
  studentSubmissions: BucketOptions;
}

export const DEFAULT_LIMITS: AccessLimits = {
  authFailures: { capacity: 20, perMinute: 20 },
  inviteCreation: { capacity: 30, perMinute: 2 },
  studentSubmissions: { capacity: 1200, perMinute: 600 },
};

// Compared against when the dossier does not exist, so a miss costs the same as a wrong token.
const DUMMY_HASH = Buffer.from(hashToken('samenwerkwijzer-no-such-dossier'), 'hex');

export const BEARER = /^Bearer ([A-Za-z0-9_-]{1,512})$/;
/** Ids are 16 base64url characters; older or imported ones are never longer than 64. */
export const DOSSIER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NO_ACCESS = {
  ownerHash: null,
  ownerPartnerId: null,
  gemeente: null,
  partners: null,
  invite: null,
  workspace: null,
} as const;

const dateNl = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

export const tooManyRequests = (c: Context, seconds: number, message: string) =>
  c.json({ error: message }, 429, { 'Retry-After': String(seconds) });

/**
 * Guards every /api/dossiers/:id… route. Missing or malformed header → 401. A wrong token, a revoked
 * invite, another dossier's token and an unknown dossier all get the identical 404 after the identical
 * work, and cost the client address one try; with no tries left such a failure is answered 429, while
 * a valid token from the same address is still let in.
 */
export function requireAccess(
  db: Db,
  opts: { failures: RateLimiter; trustProxy?: boolean },
): MiddlewareHandler<{ Variables: AuthVars }> {
  return async (c, next) => {
    if (c.get('identity')) return next();
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: MESSAGES.unauthorized }, 401);
    }
    const id = c.req.param('id') ?? '';
    const given = hashToken(match[1]!);
    // An id that no dossier can have is not looked up (a NUL byte would not even reach the database).
    const access = DOSSIER_ID.test(id) ? await findAccess(db, id, given) : NO_ACCESS;
    const expected = access.ownerHash ? Buffer.from(access.ownerHash, 'hex') : DUMMY_HASH;
    const isOwner = expected.length === 32 && timingSafeEqual(Buffer.from(given, 'hex'), expected) && access.ownerHash !== null;
    // A link of a workspace that holds the dossier: `beheren` acts as the owner, `lezen` reads (workspace/routes.ts).
    const workspace = isOwner || access.invite ? null : access.workspace;
    if (!isOwner && !access.invite && !workspace) {
      // Only failures are throttled, and the token is checked first: a valid link is never refused
      // because others behind the same address (a school's network) mistyped theirs. A throttled
      // address gets 429 instead of 404 after the same work, so the answer takes as long either way.
      const address = clientAddress(c, opts.trustProxy === true);
      const wait = opts.failures.take(address);
      if (wait > 0) return tooManyRequests(c, wait, MESSAGES.tooManyFailures(wait));
      // An erased dossier says so (AVG): only its tombstone is left, with when and why.
      const tombstone = DOSSIER_ID.test(id) ? await tombstoneOf(db, id) : null;
      if (tombstone)
        return c.json(
          {
            error: MESSAGES.dossierErased(tombstone.reason, dateNl(tombstone.deletedAt)),
            deletedAt: tombstone.deletedAt,
            reason: tombstone.reason,
          },
          410,
        );
      return c.json({ error: MESSAGES.dossierNotFound }, 404);
    }

    const partners = partnersFromInitiatief({ partners: access.partners });
    let identity: Identity;
    if (isOwner || workspace?.role === 'beheren') {
      // The owner acts for the gemeente step 1 was seeded with; if that row was replaced, the first gemeente.
      const partner = partners.find((p) => p.id === access.ownerPartnerId) ?? partners.find((p) => p.kind === 'gemeente');
      identity = {
        dossierId: id,
        kind: 'owner',
        inviteId: null,
        partnerId: partner?.id ?? null,
        // Without a gemeente row in step 1 the owner still speaks for the gemeente that created the dossier.
        partnerName: partner?.name || access.gemeente,
        role: 'bewerken',
        tekenbevoegd: false,
        name: null,
      };
    } else if (workspace) {
      // A reader of the workspace reads as the owner's organisation; partners see no trace of the workspace.
      const partner = partners.find((p) => p.id === access.ownerPartnerId) ?? partners.find((p) => p.kind === 'gemeente');
      identity = {
        dossierId: id,
        kind: 'invite',
        inviteId: workspaceInviteId(workspace.linkId),
        partnerId: partner?.id ?? null,
        partnerName: partner?.name || access.gemeente,
        role: 'lezen',
        tekenbevoegd: false,
        name: workspace.name,
      };
    } else {
      const invite = access.invite!;
      identity = {
        dossierId: id,
        kind: 'invite',
        inviteId: invite.id,
        partnerId: invite.partnerId,
        partnerName: partners.find((p) => p.id === invite.partnerId)?.name ?? null,
        role: invite.role,
        tekenbevoegd: invite.tekenbevoegd,
        name: invite.name,
      };
    }
    c.set('dossierId', id);
    c.set('identity', identity);
    return next();
  };
}

/** Every write: a `lezen` link gets 403. */
export const requireEdit: MiddlewareHandler<{ Variables: AuthVars }> = async (c, next) =>
  can.edit(c.get('identity')) ? next() : c.json({ error: MESSAGES.readOnly }, 403);

/** Managing partners and access: the owner link only. */
export const requireOwner: MiddlewareHandler<{ Variables: AuthVars }> = async (c, next) =>
  can.manageAccess(c.get('identity')) ? next() : c.json({ error: MESSAGES.ownerOnly }, 403);
