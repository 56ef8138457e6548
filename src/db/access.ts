import { toIso, type Queryable } from './db';
import type { Approval, Invite, InviteRole } from '#src/domain/access';

/** SQL for who may enter a dossier (owner link, invite links) and for the partners' akkoord per step. */

export interface AccessRow {
  /** Null when the dossier does not exist. */
  ownerHash: string | null;
  ownerPartnerId: string | null;
  /** The gemeente named when the dossier was created. */
  gemeente: string | null;
  /** Step 1's partner rows as stored (unvalidated). */
  partners: unknown;
  invite: { id: string; partnerId: string; role: InviteRole; tekenbevoegd: boolean; name: string | null } | null;
  /** A live link of a workspace that holds this dossier (src/db/workspaces.ts). */
  workspace: { linkId: string; workspaceId: string; role: 'beheren' | 'lezen'; name: string | null } | null;
}

interface RawAccess {
  owner_hash: string | null;
  owner_partner_id: string | null;
  gemeente: string | null;
  partners: unknown;
  invite_id: string | null;
  partner_id: string | null;
  role: InviteRole | null;
  tekenbevoegd: boolean | null;
  name: string | null;
  ws_link_id: string | null;
  ws_id: string | null;
  ws_role: 'beheren' | 'lezen' | null;
  ws_name: string | null;
}

/**
 * Everything the auth check needs in one round trip, with the same work whether or not the dossier
 * exists: the owner's hash, step 1's partners, and the live invite with this token hash, if any.
 */
export async function findAccess(q: Queryable, dossierId: string, tokenHash: string): Promise<AccessRow> {
  const rows = await q.query<RawAccess>(
    `SELECT d.token_hash AS owner_hash, d.owner_partner_id, d.gemeente, s.data->'partners' AS partners,
            i.id AS invite_id, i.partner_id, i.role, i.tekenbevoegd, i.name,
            wl.id AS ws_link_id, wl.workspace_id AS ws_id, wl.role AS ws_role, wl.name AS ws_name
     FROM (SELECT $1::text AS id) q
     LEFT JOIN dossiers d ON d.id = q.id
     LEFT JOIN steps s ON s.dossier_id = d.id AND s.step_id = 'initiatief'
     LEFT JOIN invites i ON i.dossier_id = d.id AND i.token_hash = $2 AND i.revoked_at IS NULL
     LEFT JOIN workspace_links wl ON wl.token_hash = $2 AND wl.revoked_at IS NULL
       AND wl.workspace_id IN (SELECT wd.workspace_id FROM workspace_dossiers wd WHERE wd.dossier_ref = d.id)`,
    [dossierId, tokenHash],
  );
  const r = rows[0]!;
  return {
    ownerHash: r.owner_hash,
    ownerPartnerId: r.owner_partner_id,
    gemeente: r.gemeente,
    partners: r.partners,
    invite: r.invite_id
      ? { id: r.invite_id, partnerId: r.partner_id!, role: r.role!, tekenbevoegd: r.tekenbevoegd === true, name: r.name }
      : null,
    workspace: r.ws_link_id ? { linkId: r.ws_link_id, workspaceId: r.ws_id!, role: r.ws_role!, name: r.ws_name } : null,
  };
}

export async function setOwnerPartner(q: Queryable, dossierId: string, partnerId: string) {
  await q.query('UPDATE dossiers SET owner_partner_id = $2 WHERE id = $1', [dossierId, partnerId]);
}

interface RawInvite {
  id: string;
  partner_id: string;
  role: InviteRole;
  tekenbevoegd: boolean;
  name: string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const toInvite = (r: RawInvite): Invite => ({
  id: r.id,
  partnerId: r.partner_id,
  role: r.role,
  tekenbevoegd: r.tekenbevoegd,
  name: r.name,
  createdAt: toIso(r.created_at),
  revokedAt: r.revoked_at === null ? null : toIso(r.revoked_at),
});

const INVITE_COLUMNS = 'id, partner_id, role, tekenbevoegd, name, created_at, revoked_at';

export async function insertInvite(
  q: Queryable,
  i: {
    id: string;
    dossierId: string;
    partnerId: string;
    role: InviteRole;
    tekenbevoegd: boolean;
    name: string | null;
    tokenHash: string;
  },
): Promise<Invite> {
  const rows = await q.query<RawInvite>(
    `INSERT INTO invites (id, dossier_id, partner_id, role, tekenbevoegd, name, token_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${INVITE_COLUMNS}`,
    [i.id, i.dossierId, i.partnerId, i.role, i.tekenbevoegd, i.name, i.tokenHash],
  );
  return toInvite(rows[0]!);
}

export async function listInvites(q: Queryable, dossierId: string): Promise<Invite[]> {
  const rows = await q.query<RawInvite>(`SELECT ${INVITE_COLUMNS} FROM invites WHERE dossier_id = $1 ORDER BY created_at, id`, [
    dossierId,
  ]);
  return rows.map(toInvite);
}

/** Revokes once; revoking again keeps the first time. Null when the invite is not of this dossier. */
export async function revokeInvite(q: Queryable, dossierId: string, inviteId: string): Promise<Invite | null> {
  const rows = await q.query<RawInvite>(
    `UPDATE invites SET revoked_at = COALESCE(revoked_at, now()) WHERE dossier_id = $1 AND id = $2 RETURNING ${INVITE_COLUMNS}`,
    [dossierId, inviteId],
  );
  return rows[0] ? toInvite(rows[0]) : null;
}

interface RawApproval {
  step_id: string;
  partner_id: string;
  revision: number;
  name: string | null;
  at: Date | string;
}

/** Every stored approval of the dossier per step, valid or not; callers keep those on the current revision. */
export async function listApprovals(q: Queryable, dossierId: string): Promise<Map<string, Approval[]>> {
  const rows = await q.query<RawApproval>(
    'SELECT step_id, partner_id, revision, name, at FROM approvals WHERE dossier_id = $1 ORDER BY at, partner_id',
    [dossierId],
  );
  const byStep = new Map<string, Approval[]>();
  for (const r of rows) {
    const list = byStep.get(r.step_id) ?? [];
    list.push({ partnerId: r.partner_id, revision: r.revision, at: toIso(r.at), name: r.name });
    byStep.set(r.step_id, list);
  }
  return byStep;
}

export async function upsertApproval(
  q: Queryable,
  a: { dossierId: string; stepId: string; partnerId: string; revision: number; name: string | null; actor: string },
) {
  await q.query(
    `INSERT INTO approvals (dossier_id, step_id, partner_id, revision, name, actor) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (dossier_id, step_id, partner_id) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name, actor = EXCLUDED.actor, at = now()`,
    [a.dossierId, a.stepId, a.partnerId, a.revision, a.name, a.actor],
  );
}

export async function deleteApproval(q: Queryable, dossierId: string, stepId: string, partnerId: string) {
  await q.query('DELETE FROM approvals WHERE dossier_id = $1 AND step_id = $2 AND partner_id = $3', [
    dossierId,
    stepId,
    partnerId,
  ]);
}

/** Step 1's partner rows as stored (unvalidated); callers pass them through `partnersFromInitiatief`. */
export async function stepOnePartners(q: Queryable, dossierId: string): Promise<unknown> {
  const rows = await q.query<{ partners: unknown }>(
    `SELECT data->'partners' AS partners FROM steps WHERE dossier_id = $1 AND step_id = 'initiatief'`,
    [dossierId],
  );
  return rows[0]?.partners;
}
