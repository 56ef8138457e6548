import { toIso, type Queryable } from './db';
import type { RevisionActor } from '#src/domain/history';
import type { StoredAuditEntry } from '#src/domain/audit-log';

/** SQL for a step's revision history and a dossier's audit log (both only ever appended to). */

export interface StoredRevision {
  revision: number;
  at: string;
  data: Record<string, unknown>;
  actor: RevisionActor | null;
}

interface RawRevision {
  revision: number;
  created_at: Date | string;
  data: Record<string, unknown>;
  actor_kind: RevisionActor['kind'] | null;
  partner_id: string | null;
  partner_name: string | null;
  person: string | null;
  invite_id: string | null;
}

/**
 * Up to `limit` revisions of a step, newest first, below `before` (exclusive) when given; plus the
 * revision just older than the page, so every listed revision can be compared with its predecessor.
 */
export async function listRevisions(
  q: Queryable,
  dossierId: string,
  stepId: string,
  page: { before?: number; limit: number },
): Promise<StoredRevision[]> {
  const rows = await q.query<RawRevision>(
    `SELECT revision, created_at, data, actor_kind, partner_id, partner_name, person, invite_id
     FROM step_revisions
     WHERE dossier_id = $1 AND step_id = $2 AND ($3::integer IS NULL OR revision < $3::integer)
     ORDER BY revision DESC
     LIMIT $4`,
    [dossierId, stepId, page.before ?? null, page.limit + 1],
  );
  return rows.map((r) => ({
    revision: r.revision,
    at: toIso(r.created_at),
    data: r.data ?? {},
    actor: r.actor_kind
      ? { kind: r.actor_kind, partnerId: r.partner_id, partnerName: r.partner_name, person: r.person, inviteId: r.invite_id }
      : null,
  }));
}

/** The shape is the domain's: the audit log is read by `auditLogTable`. */
export type AuditRow = StoredAuditEntry;

/** Every audit entry of a dossier, oldest first. */
export const listAudit = (q: Queryable, dossierId: string) => auditOf(q, 'audit_log', 'dossier_id', dossierId);

/** Every entry of an audit log (a dossier's, a workspace's) for one key, oldest first. */
export async function auditOf(
  q: Queryable,
  table: 'audit_log' | 'workspace_audit',
  key: 'dossier_id' | 'workspace_id',
  id: string,
): Promise<AuditRow[]> {
  const rows = await q.query<{
    id: string | number | bigint;
    at: Date | string;
    action: string;
    object: string;
    result: string;
    actor: string;
    detail: string | null;
  }>(`SELECT id, at, action, object, result, actor, detail FROM ${table} WHERE ${key} = $1 ORDER BY id`, [id]);
  return rows.map((r) => ({ ...r, id: String(r.id), at: toIso(r.at), detail: r.detail ?? null }));
}
