import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { Db } from '#src/db/db';
import { findWorkspaceLink, workspaceTombstone } from '#src/db/workspaces';
import { canWorkspace, type WorkspaceMe } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { BEARER, DOSSIER_ID, hashToken, tooManyRequests } from '#src/server/auth';
import { MESSAGES } from '#src/server/http';
import { clientAddress, type RateLimiter } from '#src/server/rate-limit';

const errors = workspaceNl.errors;

/** What every /api/workspaces/:id… route reads: the workspace and who is calling (never the token). */
export interface WorkspaceVars {
  workspaceId: string;
  workspaceMe: WorkspaceMe;
}

export type WorkspaceApp = Hono<{ Variables: WorkspaceVars }>;
export type WorkspaceContext = Context<{ Variables: WorkspaceVars }>;

const dateNl = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/** What the workspace's and its dossiers' audit logs record as the actor: the link, never its token. */
export function workspaceActor(me: WorkspaceMe): string {
  if (me.kind === 'owner') return 'werkruimte (eigenaar)';
  return `${me.name ? `${me.name}, ` : ''}werkruimte (link ${me.linkId})`;
}

/**
 * Guards every /api/workspaces/:id… route as `requireAccess` guards the dossiers': a missing header is
 * 401; a wrong token, a revoked link and an unknown workspace all get the same 404 and cost the client
 * address one try (429 once none are left); an erased workspace says when and why (410).
 */
export function requireWorkspace(
  db: Db,
  opts: { failures: RateLimiter; trustProxy?: boolean },
): MiddlewareHandler<{ Variables: WorkspaceVars }> {
  return async (c, next) => {
    if (c.get('workspaceMe')) return next();
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: errors.unauthorized }, 401);
    }
    const id = c.req.param('id') ?? '';
    const link = DOSSIER_ID.test(id) ? await findWorkspaceLink(db, id, hashToken(match[1]!)) : null;
    if (!link) {
      const wait = opts.failures.take(clientAddress(c, opts.trustProxy === true));
      if (wait > 0) return tooManyRequests(c, wait, MESSAGES.tooManyFailures(wait));
      const tombstone = DOSSIER_ID.test(id) ? await workspaceTombstone(db, id) : null;
      if (tombstone)
        return c.json(
          {
            error: errors.erased(tombstone.reason, dateNl(tombstone.deletedAt)),
            deletedAt: tombstone.deletedAt,
            reason: tombstone.reason,
          },
          410,
        );
      return c.json({ error: errors.notFound }, 404);
    }
    c.set('workspaceId', id);
    c.set('workspaceMe', { kind: link.kind, role: link.role, linkId: link.id, name: link.name });
    return next();
  };
}

/** Creating, attaching and detaching dossiers: a `beheren` link. */
export const requireManage: MiddlewareHandler<{ Variables: WorkspaceVars }> = async (c, next) =>
  canWorkspace.manage(c.get('workspaceMe')) ? next() : c.json({ error: errors.readOnly }, 403);

/** Links, export, erasure, the calendar feed: the owner link only. */
export const requireWorkspaceOwner: MiddlewareHandler<{ Variables: WorkspaceVars }> = async (c, next) =>
  canWorkspace.own(c.get('workspaceMe')) ? next() : c.json({ error: errors.ownerOnly }, 403);
