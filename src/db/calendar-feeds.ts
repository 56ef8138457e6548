import { toIso, type Queryable } from './db';

/** SQL for a dossier's secret calendar feed: one live feed at a time, only its token's hash stored. */

export interface CalendarFeedRow {
  id: string;
  createdAt: string;
  createdBy: string;
}

/** The live feed of a dossier (an imported feed has no hash: its URL belonged to another server). */
export async function liveFeed(q: Queryable, dossierId: string): Promise<CalendarFeedRow | null> {
  const rows = await q.query<{ id: string; created_at: Date | string; created_by: string }>(
    'SELECT id, created_at, created_by FROM calendar_feeds WHERE dossier_id = $1 AND revoked_at IS NULL AND token_hash IS NOT NULL',
    [dossierId],
  );
  const r = rows[0];
  return r ? { id: r.id, createdAt: toIso(r.created_at), createdBy: r.created_by } : null;
}

/**
 * Revokes the dossier's feed, if any; returns whether there was one. Holds the dossier's feed lock for
 * the rest of the transaction, so two new feeds made at once follow each other instead of colliding.
 */
export async function revokeFeeds(q: Queryable, dossierId: string, actor: string): Promise<boolean> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('calendar-feed'), hashtext($1))`, [dossierId]);
  const rows = await q.query(
    'UPDATE calendar_feeds SET revoked_at = now(), revoked_by = $2 WHERE dossier_id = $1 AND revoked_at IS NULL RETURNING id',
    [dossierId, actor],
  );
  return rows.length > 0;
}

/** A new live feed; the caller revoked the previous one in the same transaction. */
export async function insertFeed(q: Queryable, f: { dossierId: string; id: string; tokenHash: string; actor: string }) {
  await q.query('INSERT INTO calendar_feeds (id, dossier_id, token_hash, created_by) VALUES ($1, $2, $3, $4)', [
    f.id,
    f.dossierId,
    f.tokenHash,
    f.actor,
  ]);
}

/** The dossier a live feed token (its hash) belongs to. */
export async function feedDossier(q: Queryable, tokenHash: string): Promise<string | null> {
  const rows = await q.query<{ dossier_id: string }>(
    'SELECT dossier_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL',
    [tokenHash],
  );
  return rows[0]?.dossier_id ?? null;
}
