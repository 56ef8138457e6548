/**
 * Workspaces: one organisation's dossiers together. Creating one, who may enter it (the owner link and
 * invites that manage or only read), and which dossiers it holds: made in it (optionally starting from
 * another of its dossiers), attached by the dossier's owner link, detached again. A workspace link acts
 * on its dossiers' own routes through the dossier auth check (src/server/auth.ts).
 */
import type { Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  attachDossier,
  detachDossier,
  dossierOwner,
  findWorkspace,
  insertWorkspace,
  insertWorkspaceInvite,
  isInWorkspace,
  listWorkspaceDossiers,
  listWorkspaceInvites,
  revokeWorkspaceInvite,
  workspaceAudit,
} from '#src/db/workspaces';
import {
  attachDossierBody,
  createWorkspaceBody,
  createWorkspaceDossierBody,
  parseDossierLink,
  workspaceInviteBody,
  workspaceLink,
  type Workspace,
} from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { emitRevoke } from '#src/server/access-events';
import { DOSSIER_ID, hashToken, newDossierId, newInviteId, newToken, workspaceInviteId, type AuthVars } from '#src/server/auth';
import { invalidResponse, readJson } from '#src/server/http';
import type { RateLimiter } from '#src/server/rate-limit';
import { createDossierIn } from '#src/server/create-dossier';
import { requireManage, requireWorkspace, requireWorkspaceOwner, workspaceActor, type WorkspaceApp } from './auth';
import { startFromTemplate } from './template';
import { timingSafeEqual } from 'node:crypto';

const errors = workspaceNl.errors;

export interface WorkspaceDeps {
  db: Db;
  failures: RateLimiter;
  trustProxy?: boolean;
}

/** The owner's check of a pasted dossier link: the same comparison the dossier auth check makes. */
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

export function registerWorkspaceRoutes(dossierApp: Hono<{ Variables: AuthVars }>, deps: WorkspaceDeps): WorkspaceApp {
  const { db } = deps;
  // The same Hono app, typed with the workspace's variables instead of a dossier's.
  const app = dossierApp as unknown as WorkspaceApp;

  app.post('/api/workspaces', async (c) => {
    const body = await readJson(c, createWorkspaceBody);
    if (!body.ok) return body.response;
    const id = newDossierId();
    const token = newToken();
    const linkId = newInviteId();
    await db.transaction(async (tx) => {
      await insertWorkspace(tx, {
        id,
        title: body.data.title,
        kind: body.data.kind,
        ownerLinkId: linkId,
        tokenHash: hashToken(token),
      });
      await workspaceAudit(tx, {
        workspaceId: id,
        action: 'workspace.create',
        object: `workspace:${id}`,
        result: 'ok',
        actor: workspaceActor({ kind: 'owner', role: 'beheren', linkId, name: null }),
        detail: body.data.kind,
      });
    });
    return c.json({ id, token, link: workspaceLink(id, token) }, 201);
  });

  const guard = requireWorkspace(db, deps);
  app.use('/api/workspaces/:id', guard);
  app.use('/api/workspaces/:id/*', guard);

  app.get('/api/workspaces/:id', async (c) => {
    const id = c.get('workspaceId');
    const found = (await findWorkspace(db, id))!;
    const workspace: Workspace = { ...found, me: c.get('workspaceMe'), dossiers: await listWorkspaceDossiers(db, id) };
    return c.json(workspace);
  });

  // ---- links ----

  app.post('/api/workspaces/:id/invites', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    const body = await readJson(c, workspaceInviteBody);
    if (!body.ok) return body.response;
    const token = newToken();
    const id = newInviteId();
    await db.transaction(async (tx) => {
      await insertWorkspaceInvite(tx, {
        id,
        workspaceId,
        role: body.data.role,
        name: body.data.name || null,
        tokenHash: hashToken(token),
      });
      await workspaceAudit(tx, {
        workspaceId,
        action: 'invite.create',
        object: `workspace:${workspaceId}/invite:${id}`,
        result: 'ok',
        actor: workspaceActor(c.get('workspaceMe')),
        detail: `${body.data.role}${body.data.name ? `, ${body.data.name}` : ''}`,
      });
    });
    return c.json({ id, token, link: workspaceLink(workspaceId, token) }, 201);
  });

  app.get('/api/workspaces/:id/invites', requireWorkspaceOwner, async (c) =>
    c.json({ invites: await listWorkspaceInvites(db, c.get('workspaceId')) }),
  );

  app.delete('/api/workspaces/:id/invites/:inviteId', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    const inviteId = c.req.param('inviteId');
    const invite = await db.transaction(async (tx) => {
      const revoked = await revokeWorkspaceInvite(tx, workspaceId, inviteId);
      if (revoked)
        await workspaceAudit(tx, {
          workspaceId,
          action: 'invite.revoke',
          object: `workspace:${workspaceId}/invite:${inviteId}`,
          result: 'ok',
          actor: workspaceActor(c.get('workspaceMe')),
        });
      return revoked;
    });
    if (!invite) return c.json({ error: errors.unknownInvite }, 404);
    // A reading link's open live streams on the workspace's dossiers end now, as a dossier invite's do.
    for (const d of await listWorkspaceDossiers(db, workspaceId))
      emitRevoke({ dossierId: d.id, inviteId: workspaceInviteId(inviteId) });
    return c.json({ invite });
  });

  // ---- dossiers ----

  app.post('/api/workspaces/:id/dossiers', requireManage, async (c) => {
    const workspaceId = c.get('workspaceId');
    const body = await readJson(c, createWorkspaceDossierBody);
    if (!body.ok) return body.response;
    const { template, ...fields } = body.data;
    if (template !== undefined && !(DOSSIER_ID.test(template) && (await isInWorkspace(db, workspaceId, template))))
      return invalidResponse(c, [{ path: ['template'], message: errors.unknownTemplate }]);
    const actor = workspaceActor(c.get('workspaceMe'));
    const created = await db.transaction(async (tx) => {
      const start = template ? await startFromTemplate(tx, template, fields.gemeente) : undefined;
      const made = await createDossierIn(tx, fields, start);
      await attachDossier(tx, workspaceId, made.id, actor);
      await workspaceAudit(tx, {
        workspaceId,
        action: 'dossier.create',
        object: `workspace:${workspaceId}/dossier:${made.id}`,
        result: 'ok',
        actor,
        ...(template ? { detail: `template:${template}` } : {}),
      });
      return made;
    });
    return c.json(created, 201);
  });

  app.post('/api/workspaces/:id/attach', requireManage, async (c) => {
    const workspaceId = c.get('workspaceId');
    const body = await readJson(c, attachDossierBody);
    if (!body.ok) return body.response;
    const { id: dossierId, token } = parseDossierLink(body.data.link)!;
    const actor = workspaceActor(c.get('workspaceMe'));
    const owner = await dossierOwner(db, dossierId);
    // Proof of ownership is the dossier's owner token; an invite link, another dossier's or none is refused alike.
    if (!owner || !sameHash(owner.tokenHash, hashToken(token))) {
      await workspaceAudit(db, {
        workspaceId,
        action: 'dossier.attach',
        object: `workspace:${workspaceId}`,
        result: 'refused',
        actor,
      });
      return invalidResponse(c, [{ path: ['link'], message: errors.notOwnerLink }]);
    }
    const added = await db.transaction(async (tx) => {
      const fresh = await attachDossier(tx, workspaceId, dossierId, actor);
      if (fresh) {
        await workspaceAudit(tx, {
          workspaceId,
          action: 'dossier.attach',
          object: `workspace:${workspaceId}/dossier:${dossierId}`,
          result: 'ok',
          actor,
        });
        // The dossier's own log names the workspace only by id: its partners learn nothing more of it.
        await audit(tx, {
          dossierId,
          action: 'workspace.attach',
          object: `dossier:${dossierId}/workspace:${workspaceId}`,
          result: 'ok',
          actor: 'eigenaar',
        });
      }
      return fresh;
    });
    if (!added) return c.json({ error: errors.alreadyAttached }, 409);
    return c.json({ id: dossierId, title: owner.title }, 201);
  });

  app.delete('/api/workspaces/:id/dossiers/:dossierId', requireManage, async (c) => {
    const workspaceId = c.get('workspaceId');
    const dossierId = c.req.param('dossierId');
    const actor = workspaceActor(c.get('workspaceMe'));
    const removed = await db.transaction(async (tx) => {
      const gone = await detachDossier(tx, workspaceId, dossierId);
      if (gone) {
        await workspaceAudit(tx, {
          workspaceId,
          action: 'dossier.detach',
          object: `workspace:${workspaceId}/dossier:${dossierId}`,
          result: 'ok',
          actor,
        });
        await audit(tx, {
          dossierId,
          action: 'workspace.detach',
          object: `dossier:${dossierId}/workspace:${workspaceId}`,
          result: 'ok',
          actor: 'eigenaar',
        });
      }
      return gone;
    });
    if (!removed) return c.json({ error: errors.unknownDossier }, 404);
    // The workspace's reading links on this dossier stop now, open streams included; the dossier's own links go on.
    for (const invite of await listWorkspaceInvites(db, workspaceId))
      emitRevoke({ dossierId, inviteId: workspaceInviteId(invite.id) });
    return c.body(null, 204);
  });

  return app;
}
