import { toIso, type Queryable } from '#src/db/db';

export interface RetentionFlag {
  /** The last time anything happened in the dossier (created, a step saved, anything in its log). */
  lastActivity: string;
  months: number;
  /** Untouched for `months` or longer: the owner is asked whether it may go. Nothing is removed. */
  flagged: boolean;
}

/** RETENTION_MONTHS: how long a dossier has been untouched, and whether that is past the retention period. */
export async function retentionFlag(q: Queryable, dossierId: string, months: number, now: Date): Promise<RetentionFlag> {
  const rows = await q.query<{ last: Date | string }>(
    `SELECT greatest(d.created_at,
                     (SELECT max(updated_at) FROM steps WHERE dossier_id = d.id),
                     (SELECT max(at) FROM audit_log WHERE dossier_id = d.id)) AS last
     FROM dossiers d WHERE d.id = $1`,
    [dossierId],
  );
  const last = new Date(toIso(rows[0]!.last));
  const threshold = new Date(now);
  threshold.setUTCMonth(threshold.getUTCMonth() - months);
  return { lastActivity: last.toISOString(), months, flagged: last <= threshold };
}
