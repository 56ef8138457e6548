import { toIso, type Db, type Queryable } from './db';
import { auditOf } from './history';
import type { WorkspaceInvite, WorkspaceKind, WorkspaceRole } from '#src/domain/workspace/api';

/** SQL for workspaces: the workspace, its links, which dossiers it holds, its audit log, erasure. */

export interface WorkspaceRow {
  id: string;
  title: string;
  kind: WorkspaceKind;
  createdAt: string;
}

export interface WorkspaceLinkRow {
  id: string;
  kind: 'owner' | 'invite';
  role: WorkspaceRole;
  name: string | null;
}

export interface WorkspaceAuditEntry {
  workspaceId: string;
  action: string;
  object: string;
  result: string;
  actor: string;
  detail?: string;
}

export async function workspaceAudit(q: Queryable, e: WorkspaceAuditEntry): Promise<void> {
  await q.query(
    'INSERT INTO workspace_audit (workspace_id, action, object, result, actor, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [e.workspaceId, e.action, e.object, e.result, e.actor, e.detail ?? null],
  );
}

/** The workspace's audit log, oldest first. */
export const listWorkspaceAudit = (q: Queryable, workspaceId: string) =>
  auditOf(q, 'workspace_audit', 'workspace_id', workspaceId);

export async function insertWorkspace(
  tx: Queryable,
  w: { id: string; title: string; kind: WorkspaceKind; ownerLinkId: string; tokenHash: string },
): Promise<void> {
  await tx.query('INSERT INTO workspaces (id, title, kind) VALUES ($1, $2, $3)', [w.id, w.title, w.kind]);
  await tx.query(
    `INSERT INTO workspace_links (id, workspace_id, kind, role, name, token_hash) VALUES ($1, $2, 'owner', 'beheren', NULL, $3)`,
    [w.ownerLinkId, w.id, w.tokenHash],
  );
}

interface RawWorkspace {
  id: string;
  title: string;
  kind: WorkspaceKind;
  created_at: Date | string;
}

const toWorkspace = (r: RawWorkspace): WorkspaceRow => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  createdAt: toIso(r.created_at),
});

export async function findWorkspace(q: Queryable, workspaceId: string): Promise<WorkspaceRow | null> {
  const rows = await q.query<RawWorkspace>('SELECT id, title, kind, created_at FROM workspaces WHERE id = $1', [workspaceId]);
  return rows[0] ? toWorkspace(rows[0]) : null;
}

/** The live link of this workspace with this token hash, if any: one round trip. */
export async function findWorkspaceLink(q: Queryable, workspaceId: string, tokenHash: string): Promise<WorkspaceLinkRow | null> {
  const rows = await q.query<WorkspaceLinkRow>(
    `SELECT id, kind, role, name FROM workspace_links WHERE workspace_id = $1 AND token_hash = $2 AND revoked_at IS NULL`,
    [workspaceId, tokenHash],
  );
  return rows[0] ?? null;
}

export async function insertWorkspaceInvite(
  q: Queryable,
  i: { id: string; workspaceId: string; role: WorkspaceRole; name: string | null; tokenHash: string },
): Promise<void> {
  await q.query(
    `INSERT INTO workspace_links (id, workspace_id, kind, role, name, token_hash) VALUES ($1, $2, 'invite', $3, $4, $5)`,
    [i.id, i.workspaceId, i.role, i.name, i.tokenHash],
  );
}

interface RawInvite {
  id: string;
  role: WorkspaceRole;
  name: string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const toInvite = (r: RawInvite): WorkspaceInvite => ({
  id: r.id,
  role: r.role,
  name: r.name,
  createdAt: toIso(r.created_at),
  revokedAt: r.revoked_at === null ? null : toIso(r.revoked_at),
});

export async function listWorkspaceInvites(q: Queryable, workspaceId: string): Promise<WorkspaceInvite[]> {
  const rows = await q.query<RawInvite>(
    `SELECT id, role, name, created_at, revoked_at FROM workspace_links WHERE workspace_id = $1 AND kind = 'invite' ORDER BY created_at, id`,
    [workspaceId],
  );
  return rows.map(toInvite);
}

/** Revokes once; revoking again keeps the first time. Null when it is no invite of this workspace. */
export async function revokeWorkspaceInvite(
  q: Queryable,
  workspaceId: string,
  inviteId: string,
): Promise<WorkspaceInvite | null> {
  const rows = await q.query<RawInvite>(
    `UPDATE workspace_links SET revoked_at = COALESCE(revoked_at, now())
     WHERE workspace_id = $1 AND id = $2 AND kind = 'invite' RETURNING id, role, name, created_at, revoked_at`,
    [workspaceId, inviteId],
  );
  return rows[0] ? toInvite(rows[0]) : null;
}

export async function listWorkspaceDossiers(
  q: Queryable,
  workspaceId: string,
): Promise<{ id: string; title: string; addedAt: string }[]> {
  const rows = await q.query<{ id: string; title: string; added_at: Date | string }>(
    `SELECT d.id, d.title, w.added_at FROM workspace_dossiers w JOIN dossiers d ON d.id = w.dossier_ref
     WHERE w.workspace_id = $1 ORDER BY w.added_at, d.id`,
    [workspaceId],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, addedAt: toIso(r.added_at) }));
}

export async function isInWorkspace(q: Queryable, workspaceId: string, dossierId: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM workspace_dossiers WHERE workspace_id = $1 AND dossier_ref = $2', [
    workspaceId,
    dossierId,
  ]);
  return rows.length > 0;
}

/** False when the dossier was already in the workspace. */
export async function attachDossier(q: Queryable, workspaceId: string, dossierId: string, actor: string): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO workspace_dossiers (workspace_id, dossier_ref, added_by) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, dossier_ref) DO NOTHING RETURNING 1`,
    [workspaceId, dossierId, actor],
  );
  return rows.length > 0;
}

export async function detachDossier(q: Queryable, workspaceId: string, dossierId: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM workspace_dossiers WHERE workspace_id = $1 AND dossier_ref = $2 RETURNING 1', [
    workspaceId,
    dossierId,
  ]);
  return rows.length > 0;
}

/** The dossier's owner token hash and title; null when there is no such dossier. */
export async function dossierOwner(q: Queryable, dossierId: string): Promise<{ tokenHash: string; title: string } | null> {
  const rows = await q.query<{ token_hash: string; title: string }>('SELECT token_hash, title FROM dossiers WHERE id = $1', [
    dossierId,
  ]);
  return rows[0] ? { tokenHash: rows[0].token_hash, title: rows[0].title } : null;
}

// ---- calendar feed ----

export async function setWorkspaceFeed(q: Queryable, workspaceId: string, tokenHash: string | null): Promise<string | null> {
  const rows = await q.query<{ feed_created_at: Date | string | null }>(
    `UPDATE workspaces SET feed_token_hash = $2, feed_created_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END
     WHERE id = $1 RETURNING feed_created_at`,
    [workspaceId, tokenHash],
  );
  const at = rows[0]?.feed_created_at;
  return at ? toIso(at) : null;
}

export async function workspaceFeed(q: Queryable, workspaceId: string): Promise<string | null> {
  const rows = await q.query<{ feed_created_at: Date | string | null }>(
    'SELECT feed_created_at FROM workspaces WHERE id = $1 AND feed_token_hash IS NOT NULL',
    [workspaceId],
  );
  const at = rows[0]?.feed_created_at;
  return at ? toIso(at) : null;
}

export async function workspaceByFeed(q: Queryable, tokenHash: string): Promise<WorkspaceRow | null> {
  const rows = await q.query<RawWorkspace>('SELECT id, title, kind, created_at FROM workspaces WHERE feed_token_hash = $1', [
    tokenHash,
  ]);
  return rows[0] ? toWorkspace(rows[0]) : null;
}

// ---- AVG ----

/** Every row of the workspace, as JSON-safe values, for its export; token hashes left out. */
export async function workspaceRows(q: Queryable, workspaceId: string) {
  const iso = (rows: Record<string, unknown>[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? toIso(v) : v])));
  return {
    workspaces: iso(
      await q.query('SELECT id, title, kind, created_at, feed_created_at FROM workspaces WHERE id = $1', [workspaceId]),
    ),
    workspace_links: iso(
      await q.query(
        'SELECT id, workspace_id, kind, role, name, created_at, revoked_at FROM workspace_links WHERE workspace_id = $1 ORDER BY created_at, id',
        [workspaceId],
      ),
    ),
    workspace_dossiers: iso(
      await q.query(
        'SELECT workspace_id, dossier_ref, added_at, added_by FROM workspace_dossiers WHERE workspace_id = $1 ORDER BY added_at',
        [workspaceId],
      ),
    ),
  };
}

/**
 * Erases a workspace: the workspace, its links, which dossiers it held and its audit log, leaving a
 * tombstone. The dossiers themselves stay: they belong to their partnerships and keep their own links.
 */
export async function eraseWorkspace(db: Db, workspaceId: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    if (exists.length === 0) return false;
    await tx.query(`SELECT set_config('samenwerkwijzer.erase_workspace', $1, true)`, [workspaceId]);
    await tx.query('DELETE FROM workspace_audit WHERE workspace_id = $1', [workspaceId]);
    await tx.query('DELETE FROM workspaces WHERE id = $1', [workspaceId]);
    await tx.query('INSERT INTO workspace_tombstones (id, reason) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      workspaceId,
      reason,
    ]);
    return true;
  });
}

export async function workspaceTombstone(
  q: Queryable,
  workspaceId: string,
): Promise<{ deletedAt: string; reason: string } | null> {
  const rows = await q.query<{ deleted_at: Date | string; reason: string }>(
    'SELECT deleted_at, reason FROM workspace_tombstones WHERE id = $1',
    [workspaceId],
  );
  return rows[0] ? { deletedAt: toIso(rows[0].deleted_at), reason: rows[0].reason } : null;
}
