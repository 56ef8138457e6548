import type { Context, Hono } from 'hono';
import type { Db } from '#src/db/db';
import { audit, lockStep } from '#src/db/dossiers';
import { lockLifecycle } from '#src/db/agreements';
import {
  deleteApproval,
  insertInvite,
  listApprovals,
  listInvites,
  revokeInvite,
  stepOnePartners,
  upsertApproval,
} from '#src/db/access';
import { approvalBody, createInviteBody, inviteLink, type Approval, type Me } from '#src/domain/access';
import { validApprovals } from '#src/domain/approvals';
import { partnersFromInitiatief } from '#src/domain/dossier';
import type { Partner } from '#src/domain/partners';
import { isStepId, STEP_IDS, type StepId } from '#src/domain/step';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import {
  actorOf,
  hashToken,
  newInviteId,
  newToken,
  requireEdit,
  requireOwner,
  tooManyRequests,
  type AuthVars,
  type Identity,
} from './auth';
import { emitRevoke } from './access-events';
import { invalidResponse, MESSAGES, readJson, readOptionalJson } from './http';
import type { RateLimiter } from './rate-limit';

export const ACCESS_MESSAGES = {
  unknownPartner: 'Deze organisatie staat niet bij de partners in stap 1. Voeg haar daar eerst toe.',
  unknownInvite: 'Deze link bestaat niet.',
  tooManyInvites: (seconds: number) =>
    `Er zijn in korte tijd te veel links gemaakt voor dit dossier. Probeer het over ${seconds} seconden opnieuw.`,
  noPartner: 'Uw organisatie staat niet (meer) bij de partners in stap 1. Akkoord geven kan daarom niet.',
  staleApproval: 'De stap is intussen gewijzigd. Bekijk de nieuwste versie en geef dan opnieuw akkoord.',
  notDrafting: 'De tekst ligt vast. Akkoord geven of intrekken kan alleen zolang er aan de tekst gewerkt wordt.',
} as const;

/** The caller as GET /api/dossiers/:id tells it: the identity without the dossier id. */
export const meOf = ({ dossierId: _omit, ...me }: Identity): Me => me;

/** Per step, the approvals that count for the current revision (partners still in step 1 only). */
export async function approvalsView(db: Db, dossierId: string, revisions: Record<StepId, number>, partners: readonly Partner[]) {
  const stored = await listApprovals(db, dossierId);
  return Object.fromEntries(STEP_IDS.map((id) => [id, validApprovals(stored.get(id), revisions[id], partners)])) as Record<
    StepId,
    Approval[]
  >;
}

/** Invite links (owner only) and akkoord per step (every editing link, for its own partner). */
export function registerAccessRoutes(app: Hono<{ Variables: AuthVars }>, db: Db, limits: { invites: RateLimiter }) {
  app.post('/api/dossiers/:id/invites', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    const body = await readJson(c, createInviteBody);
    if (!body.ok) return body.response;
    const partners = partnersFromInitiatief({ partners: await stepOnePartners(db, dossierId) });
    if (!partners.some((p) => p.id === body.data.partner)) {
      return invalidResponse(c, [{ path: ['partner'], message: ACCESS_MESSAGES.unknownPartner }]);
    }
    const wait = limits.invites.take(dossierId);
    if (wait > 0) return tooManyRequests(c, wait, ACCESS_MESSAGES.tooManyInvites(wait));
    const token = newToken();
    const invite = await db.transaction(async (tx) => {
      const created = await insertInvite(tx, {
        id: newInviteId(),
        dossierId,
        partnerId: body.data.partner,
        role: body.data.role,
        tekenbevoegd: body.data.tekenbevoegd,
        name: body.data.name || null,
        tokenHash: hashToken(token),
      });
      await audit(tx, {
        dossierId,
        action: 'invite.create',
        object: `dossier:${dossierId}/invite:${created.id}`,
        result: 'ok',
        actor: actorOf(c.get('identity')),
        detail: `${created.role}${created.tekenbevoegd ? ', tekenbevoegd' : ''}, partner:${created.partnerId}${created.name ? `, ${created.name}` : ''}`,
      });
      return created;
    });
    return c.json({ id: invite.id, token, link: inviteLink(dossierId, token) }, 201);
  });

  app.get('/api/dossiers/:id/invites', requireOwner, async (c) => c.json({ invites: await listInvites(db, c.get('dossierId')) }));

  app.delete('/api/dossiers/:id/invites/:inviteId', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    const inviteId = c.req.param('inviteId');
    const invite = await db.transaction(async (tx) => {
      const revoked = await revokeInvite(tx, dossierId, inviteId);
      if (revoked) {
        await audit(tx, {
          dossierId,
          action: 'invite.revoke',
          object: `dossier:${dossierId}/invite:${inviteId}`,
          result: 'ok',
          actor: actorOf(c.get('identity')),
        });
      }
      return revoked;
    });
    if (!invite) return c.json({ error: ACCESS_MESSAGES.unknownInvite }, 404);
    // After the commit: the auth check already refuses the token; open streams close now.
    emitRevoke({ dossierId, inviteId });
    return c.json({ invite });
  });

  const approval = (give: boolean) =>
    async function handle(c: Context<{ Variables: AuthVars }>) {
      const dossierId = c.get('dossierId');
      const identity = c.get('identity');
      const stepId = c.req.param('stepId');
      if (!isStepId(stepId)) return c.json({ error: MESSAGES.unknownStep }, 404);
      const body = await readOptionalJson(c, approvalBody);
      if (!body.ok) return body.response;
      const actor = actorOf(identity);
      const result = await db.transaction(async (tx) => {
        // Shared lock: approvals wait for a freeze in progress, and a freeze sees them all.
        const lifecycle = await lockLifecycle(tx, dossierId, 'SHARE');
        if (!allows(lifecycle, { type: 'EDIT' }))
          return { status: 409 as const, body: { error: ACCESS_MESSAGES.notDrafting, lifecycle } };
        const partners = partnersFromInitiatief({ partners: await stepOnePartners(tx, dossierId) });
        if (!identity.partnerId || !partners.some((p) => p.id === identity.partnerId)) {
          return { status: 409 as const, body: { error: ACCESS_MESSAGES.noPartner } };
        }
        const step = await lockStep(tx, dossierId, stepId);
        if (give && body.data.revision !== undefined && body.data.revision !== step.revision) {
          return { status: 409 as const, body: { error: ACCESS_MESSAGES.staleApproval, revision: step.revision } };
        }
        if (give) {
          await upsertApproval(tx, {
            dossierId,
            stepId,
            partnerId: identity.partnerId,
            revision: step.revision,
            name: identity.name,
            actor,
          });
        } else {
          await deleteApproval(tx, dossierId, stepId, identity.partnerId);
        }
        await audit(tx, {
          dossierId,
          action: give ? 'step.approve' : 'step.unapprove',
          object: `dossier:${dossierId}/step:${stepId}/partner:${identity.partnerId}`,
          result: 'ok',
          actor,
          detail: `revision ${step.revision}`,
        });
        const stored = await listApprovals(tx, dossierId);
        return {
          status: 200 as const,
          body: { revision: step.revision, approvals: validApprovals(stored.get(stepId), step.revision, partners) },
        };
      });
      return c.json(result.body, result.status);
    };

  app.put('/api/dossiers/:id/steps/:stepId/approval', requireEdit, approval(true));
  app.delete('/api/dossiers/:id/steps/:stepId/approval', requireEdit, approval(false));
}
