import { toIso, type Db, type Queryable } from './db';
import type { RevisionActor } from '#src/domain/history';

/** SQL for dossiers and their steps. No validation here: callers pass validated data. */

export interface StepRow {
  data: Record<string, unknown>;
  revision: number;
  status: 'leeg' | 'bezig' | 'afgerond';
  updatedAt: string | null;
}

export interface DossierRow {
  id: string;
  title: string;
  gemeente: string;
  createdAt: string;
  /** An example dossier ("Voorbeeld bekijken") is removed at this time; null for a real one. */
  expiresAt: string | null;
}

export interface AuditEntry {
  dossierId: string | null;
  action: string;
  object: string;
  result: string;
  actor: string;
  /** Free text beyond the fixed fields, e.g. the reason given for an override. */
  detail?: string;
}

interface RawStep {
  step_id: string;
  data: Record<string, unknown>;
  revision: number;
  status: StepRow['status'];
  updated_at: Date | string | null;
}

const toStep = (r: RawStep): StepRow => ({
  data: r.data ?? {},
  revision: r.revision,
  status: r.status,
  updatedAt: r.updated_at === null ? null : toIso(r.updated_at),
});

export async function audit(q: Queryable, e: AuditEntry): Promise<void> {
  await q.query('INSERT INTO audit_log (dossier_id, action, object, result, actor, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    e.dossierId,
    e.action,
    e.object,
    e.result,
    e.actor,
    e.detail ?? null,
  ]);
}

export interface NewDossier {
  id: string;
  title: string;
  gemeente: string;
  tokenHash: string;
  ownerPartnerId: string;
  actor: string;
}

export interface StepSeed {
  stepId: string;
  data: Record<string, unknown>;
  status: StepRow['status'];
}

export async function insertDossier(db: Db, d: NewDossier, seed: StepSeed): Promise<void> {
  await db.transaction((tx) => insertDossierIn(tx, d, seed));
}

/** `insertDossier` inside a transaction the caller holds (a workspace adds the dossier in the same one). */
export async function insertDossierIn(tx: Queryable, d: NewDossier, seed: StepSeed): Promise<void> {
  await tx.query('INSERT INTO dossiers (id, title, gemeente, token_hash, owner_partner_id) VALUES ($1, $2, $3, $4, $5)', [
    d.id,
    d.title,
    d.gemeente,
    d.tokenHash,
    d.ownerPartnerId,
  ]);
  const json = JSON.stringify(seed.data);
  await tx.query(
    `INSERT INTO steps (dossier_id, step_id, data, revision, status, updated_at) VALUES ($1, $2, $3::jsonb, 1, $4, now())`,
    [d.id, seed.stepId, json, seed.status],
  );
  // The first revision is the owner's, acting for the gemeente that created the dossier.
  const by: RevisionActor = {
    kind: 'owner',
    partnerId: d.ownerPartnerId,
    partnerName: d.gemeente,
    person: null,
    inviteId: null,
  };
  await insertRevision(tx, { dossierId: d.id, stepId: seed.stepId, revision: 1, json, by });
  await audit(tx, { dossierId: d.id, action: 'dossier.create', object: `dossier:${d.id}`, result: 'ok', actor: d.actor });
}

export async function loadDossier(db: Db, id: string): Promise<{ dossier: DossierRow; steps: Map<string, StepRow> } | null> {
  const rows = await db.query<{
    id: string;
    title: string;
    gemeente: string;
    created_at: Date | string;
    expires_at: Date | string | null;
  }>('SELECT id, title, gemeente, created_at, expires_at FROM dossiers WHERE id = $1', [id]);
  const d = rows[0];
  if (!d) return null;
  const steps = await db.query<RawStep>('SELECT step_id, data, revision, status, updated_at FROM steps WHERE dossier_id = $1', [
    id,
  ]);
  return {
    dossier: {
      id: d.id,
      title: d.title,
      gemeente: d.gemeente,
      createdAt: toIso(d.created_at),
      expiresAt: d.expires_at === null || d.expires_at === undefined ? null : toIso(d.expires_at),
    },
    steps: new Map(steps.map((s) => [s.step_id, toStep(s)])),
  };
}

/**
 * Locks a step row for the rest of the transaction, creating an empty one first if needed so
 * that two concurrent first saves still queue on the same row.
 */
export async function lockStep(tx: Queryable, dossierId: string, stepId: string): Promise<StepRow> {
  await tx.query(
    `INSERT INTO steps (dossier_id, step_id, data, revision, status, updated_at)
     VALUES ($1, $2, '{}'::jsonb, 0, 'leeg', NULL) ON CONFLICT (dossier_id, step_id) DO NOTHING`,
    [dossierId, stepId],
  );
  const rows = await tx.query<RawStep>(
    'SELECT step_id, data, revision, status, updated_at FROM steps WHERE dossier_id = $1 AND step_id = $2 FOR UPDATE',
    [dossierId, stepId],
  );
  return toStep(rows[0]!);
}

export async function revisionData(
  tx: Queryable,
  dossierId: string,
  stepId: string,
  revision: number,
): Promise<Record<string, unknown> | null> {
  if (revision === 0) return {};
  const rows = await tx.query<{ data: Record<string, unknown> }>(
    'SELECT data FROM step_revisions WHERE dossier_id = $1 AND step_id = $2 AND revision = $3',
    [dossierId, stepId, revision],
  );
  return rows[0]?.data ?? null;
}

/** Appends one revision to a step's history, with who saved it (when known). */
async function insertRevision(
  tx: Queryable,
  r: { dossierId: string; stepId: string; revision: number; json: string; by?: RevisionActor },
): Promise<void> {
  await tx.query(
    `INSERT INTO step_revisions (dossier_id, step_id, revision, data, actor_kind, partner_id, partner_name, person, invite_id)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)`,
    [
      r.dossierId,
      r.stepId,
      r.revision,
      r.json,
      r.by?.kind ?? null,
      r.by?.partnerId ?? null,
      r.by?.partnerName ?? null,
      r.by?.person ?? null,
      r.by?.inviteId ?? null,
    ],
  );
}

/** Writes a new revision of a locked step and appends it to the history. */
export async function writeStep(
  tx: Queryable,
  s: {
    dossierId: string;
    stepId: string;
    data: Record<string, unknown>;
    revision: number;
    status: StepRow['status'];
    by?: RevisionActor;
  },
): Promise<StepRow> {
  const json = JSON.stringify(s.data);
  const rows = await tx.query<RawStep>(
    `UPDATE steps SET data = $3::jsonb, revision = $4, status = $5, updated_at = now()
     WHERE dossier_id = $1 AND step_id = $2
     RETURNING step_id, data, revision, status, updated_at`,
    [s.dossierId, s.stepId, json, s.revision, s.status],
  );
  await insertRevision(tx, { dossierId: s.dossierId, stepId: s.stepId, revision: s.revision, json, by: s.by });
  return toStep(rows[0]!);
}
