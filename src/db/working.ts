import { toIso, type Queryable } from './db';
import type { ActionStatus } from '#src/domain/evaluation/atoms';
import type { KnowledgeActivityKind } from '#src/domain/knowledge-activity-kinds';
import type { ChangeInput } from '#src/domain/working/action-plan';

/**
 * SQL for the working data kept after signing: each action's progress and its history, actions
 * proposed since the signed version, and the log of knowledge activities held. No validation here:
 * callers pass validated data and hold the dossier's lifecycle lock where the working-data rule applies.
 */

const iso = (v: Date | string | null) => (v === null ? null : toIso(v));

// ---- progress ----

export interface ProgressRow {
  actionId: string;
  status: ActionStatus;
  note: string;
  doneOn: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

interface RawProgress {
  action_id: string;
  status: ActionStatus;
  note: string;
  done_on: string | null;
  revision: number;
  updated_at: Date | string;
  updated_by: string;
}

const PROGRESS_COLUMNS = `action_id, status, note, to_char(done_on, 'YYYY-MM-DD') AS done_on, revision, updated_at, updated_by`;

const toProgress = (r: RawProgress): ProgressRow => ({
  actionId: r.action_id,
  status: r.status,
  note: r.note,
  doneOn: r.done_on,
  revision: r.revision,
  updatedAt: toIso(r.updated_at),
  updatedBy: r.updated_by,
});

export async function listProgress(q: Queryable, dossierId: string): Promise<Map<string, ProgressRow>> {
  const rows = await q.query<RawProgress>(`SELECT ${PROGRESS_COLUMNS} FROM action_progress WHERE dossier_id = $1`, [dossierId]);
  return new Map(rows.map((r) => [r.action_id, toProgress(r)]));
}

/** One action's progress, locked for the rest of the transaction; null when nothing was recorded yet. */
export async function lockProgress(q: Queryable, dossierId: string, actionId: string): Promise<ProgressRow | null> {
  // A first change has no row to lock yet: two first changes of one action queue here instead.
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [dossierId, `progress:${actionId}`]);
  const rows = await q.query<RawProgress>(
    `SELECT ${PROGRESS_COLUMNS} FROM action_progress WHERE dossier_id = $1 AND action_id = $2 FOR UPDATE`,
    [dossierId, actionId],
  );
  return rows[0] ? toProgress(rows[0]) : null;
}

export async function writeProgress(
  q: Queryable,
  p: { dossierId: string; actionId: string; status: ActionStatus; note: string; doneOn: string | null; actor: string },
): Promise<ProgressRow> {
  const rows = await q.query<RawProgress>(
    `INSERT INTO action_progress (dossier_id, action_id, status, note, done_on, updated_by) VALUES ($1, $2, $3, $4, $5::date, $6)
     ON CONFLICT (dossier_id, action_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note,
       done_on = EXCLUDED.done_on, updated_by = EXCLUDED.updated_by, updated_at = now(),
       revision = action_progress.revision + 1
     RETURNING ${PROGRESS_COLUMNS}`,
    [p.dossierId, p.actionId, p.status, p.note, p.doneOn, p.actor],
  );
  return toProgress(rows[0]!);
}

/** One stored status change: the domain's change, with the action it belongs to. */
export interface ProgressChangeRow extends ChangeInput {
  actionId: string;
}

export async function appendProgressHistory(
  q: Queryable,
  c: Omit<ProgressChangeRow, 'at'> & { dossierId: string },
): Promise<void> {
  await q.query(
    `INSERT INTO action_progress_history
       (dossier_id, action_id, actor, partner_name, person, from_status, to_status, note, done_on, round_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10)`,
    [c.dossierId, c.actionId, c.actor, c.partnerName, c.person, c.fromStatus, c.toStatus, c.note, c.doneOn, c.roundId],
  );
}

/** Every change of every action of the dossier, oldest first, grouped by action. */
export async function progressHistory(q: Queryable, dossierId: string): Promise<Map<string, ProgressChangeRow[]>> {
  const rows = await q.query<{
    action_id: string;
    at: Date | string;
    actor: string;
    partner_name: string | null;
    person: string | null;
    from_status: ActionStatus | null;
    to_status: ActionStatus;
    note: string;
    done_on: string | null;
    round_id: string | null;
  }>(
    `SELECT action_id, at, actor, partner_name, person, from_status, to_status, note,
            to_char(done_on, 'YYYY-MM-DD') AS done_on, round_id
     FROM action_progress_history WHERE dossier_id = $1 ORDER BY id`,
    [dossierId],
  );
  const out = new Map<string, ProgressChangeRow[]>();
  for (const r of rows) {
    const list = out.get(r.action_id) ?? [];
    list.push({
      actionId: r.action_id,
      at: toIso(r.at),
      actor: r.actor,
      partnerName: r.partner_name,
      person: r.person,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      note: r.note,
      doneOn: r.done_on,
      roundId: r.round_id,
    });
    out.set(r.action_id, list);
  }
  return out;
}

/** The evaluation round open now (the latest opened when there are several): a change happens "in" it. */
export async function openEvaluationRound(q: Queryable, dossierId: string): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM rounds WHERE dossier_id = $1 AND kind = 'evaluatie' AND state = 'open' ORDER BY opened_at DESC, id LIMIT 1`,
    [dossierId],
  );
  return rows[0]?.id ?? null;
}

// ---- proposed actions ----

export interface ProposedRow {
  id: string;
  action: Record<string, unknown>;
  sinceVersion: number;
  roundId: string | null;
  sourceKey: string | null;
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  carriedAt: string | null;
  carriedFrom: number | null;
}

interface RawProposed {
  id: string;
  action: Record<string, unknown>;
  since_version: number;
  round_id: string | null;
  source_key: string | null;
  revision: number;
  created_at: Date | string;
  created_by: string;
  updated_at: Date | string;
  updated_by: string;
  carried_at: Date | string | null;
  carried_from: number | null;
}

const PROPOSED_COLUMNS =
  'id, action, since_version, round_id, source_key, revision, created_at, created_by, updated_at, updated_by, carried_at, carried_from';

const toProposed = (r: RawProposed): ProposedRow => ({
  id: r.id,
  action: r.action ?? {},
  sinceVersion: r.since_version,
  roundId: r.round_id,
  sourceKey: r.source_key,
  revision: r.revision,
  createdAt: toIso(r.created_at),
  createdBy: r.created_by,
  updatedAt: toIso(r.updated_at),
  updatedBy: r.updated_by,
  carriedAt: iso(r.carried_at),
  carriedFrom: r.carried_from,
});

export async function listProposed(q: Queryable, dossierId: string): Promise<ProposedRow[]> {
  const rows = await q.query<RawProposed>(
    `SELECT ${PROPOSED_COLUMNS} FROM proposed_actions WHERE dossier_id = $1 ORDER BY created_at, id`,
    [dossierId],
  );
  return rows.map(toProposed);
}

export async function findProposed(q: Queryable, dossierId: string, id: string, lock = false): Promise<ProposedRow | null> {
  const rows = await q.query<RawProposed>(
    `SELECT ${PROPOSED_COLUMNS} FROM proposed_actions WHERE dossier_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [dossierId, id],
  );
  return rows[0] ? toProposed(rows[0]) : null;
}

/** Inserts a proposal; with a `sourceKey` already taken nothing happens and null comes back (one per source item). */
export async function insertProposed(
  q: Queryable,
  p: {
    dossierId: string;
    id: string;
    action: Record<string, unknown>;
    sinceVersion: number;
    roundId: string | null;
    sourceKey: string | null;
    actor: string;
  },
): Promise<ProposedRow | null> {
  const rows = await q.query<RawProposed>(
    `INSERT INTO proposed_actions (id, dossier_id, action, since_version, round_id, source_key, created_by, updated_by)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $7)
     ON CONFLICT (dossier_id, source_key) WHERE source_key IS NOT NULL DO NOTHING
     RETURNING ${PROPOSED_COLUMNS}`,
    [p.id, p.dossierId, JSON.stringify(p.action), p.sinceVersion, p.roundId, p.sourceKey, p.actor],
  );
  return rows[0] ? toProposed(rows[0]) : null;
}

export async function updateProposed(
  q: Queryable,
  p: { dossierId: string; id: string; action: Record<string, unknown>; actor: string },
): Promise<ProposedRow> {
  const rows = await q.query<RawProposed>(
    `UPDATE proposed_actions SET action = $3::jsonb, updated_by = $4, updated_at = now(), revision = revision + 1
     WHERE dossier_id = $1 AND id = $2 RETURNING ${PROPOSED_COLUMNS}`,
    [p.dossierId, p.id, JSON.stringify(p.action), p.actor],
  );
  return toProposed(rows[0]!);
}

export async function deleteProposed(q: Queryable, dossierId: string, id: string) {
  await q.query('DELETE FROM proposed_actions WHERE dossier_id = $1 AND id = $2', [dossierId, id]);
}

/** Marks proposals as put into the draft of an amendment of version `from` (the one in force). */
export async function markCarried(q: Queryable, dossierId: string, ids: readonly string[], from: number) {
  if (ids.length === 0) return;
  await q.query(
    `UPDATE proposed_actions SET carried_at = now(), carried_from = $3, revision = revision + 1
     WHERE dossier_id = $1 AND id = ANY($2::text[])`,
    [dossierId, ids, from],
  );
}

// ---- knowledge activities held ----

export interface KnowledgeRow {
  id: string;
  heldOn: string;
  kind: KnowledgeActivityKind;
  kindOther: string;
  topic: string;
  partnerIds: string[];
  participants: number | null;
  notes: string;
  activityId: string | null;
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

interface RawKnowledge {
  id: string;
  held_on: string;
  kind: KnowledgeActivityKind;
  kind_other: string;
  topic: string;
  partner_ids: string[];
  participants: number | null;
  notes: string;
  activity_id: string | null;
  revision: number;
  created_at: Date | string;
  created_by: string;
  updated_at: Date | string;
  updated_by: string;
}

const KNOWLEDGE_COLUMNS = `id, to_char(held_on, 'YYYY-MM-DD') AS held_on, kind, kind_other, topic, partner_ids, participants, notes,
  activity_id, revision, created_at, created_by, updated_at, updated_by`;

const toKnowledge = (r: RawKnowledge): KnowledgeRow => ({
  id: r.id,
  heldOn: r.held_on,
  kind: r.kind,
  kindOther: r.kind_other,
  topic: r.topic,
  partnerIds: Array.isArray(r.partner_ids) ? r.partner_ids : [],
  participants: r.participants,
  notes: r.notes,
  activityId: r.activity_id,
  revision: r.revision,
  createdAt: toIso(r.created_at),
  createdBy: r.created_by,
  updatedAt: toIso(r.updated_at),
  updatedBy: r.updated_by,
});

export interface KnowledgeFields {
  heldOn: string;
  kind: KnowledgeActivityKind;
  kindOther: string;
  topic: string;
  partnerIds: string[];
  participants: number | null;
  notes: string;
  activityId: string | null;
}

export async function listKnowledge(q: Queryable, dossierId: string): Promise<KnowledgeRow[]> {
  const rows = await q.query<RawKnowledge>(
    `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_activities WHERE dossier_id = $1 ORDER BY held_on DESC, created_at DESC, id`,
    [dossierId],
  );
  return rows.map(toKnowledge);
}

export async function findKnowledge(q: Queryable, dossierId: string, id: string, lock = false): Promise<KnowledgeRow | null> {
  const rows = await q.query<RawKnowledge>(
    `SELECT ${KNOWLEDGE_COLUMNS} FROM knowledge_activities WHERE dossier_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [dossierId, id],
  );
  return rows[0] ? toKnowledge(rows[0]) : null;
}

const knowledgeValues = (f: KnowledgeFields) => [
  f.heldOn,
  f.kind,
  f.kindOther,
  f.topic,
  JSON.stringify(f.partnerIds),
  f.participants,
  f.notes,
  f.activityId,
];

export async function insertKnowledge(
  q: Queryable,
  k: KnowledgeFields & { dossierId: string; id: string; actor: string },
): Promise<KnowledgeRow> {
  const rows = await q.query<RawKnowledge>(
    `INSERT INTO knowledge_activities
       (held_on, kind, kind_other, topic, partner_ids, participants, notes, activity_id, id, dossier_id, created_by, updated_by)
     VALUES ($1::date, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $11)
     RETURNING ${KNOWLEDGE_COLUMNS}`,
    [...knowledgeValues(k), k.id, k.dossierId, k.actor],
  );
  return toKnowledge(rows[0]!);
}

export async function updateKnowledge(
  q: Queryable,
  k: KnowledgeFields & { dossierId: string; id: string; actor: string },
): Promise<KnowledgeRow> {
  const rows = await q.query<RawKnowledge>(
    `UPDATE knowledge_activities SET held_on = $1::date, kind = $2, kind_other = $3, topic = $4, partner_ids = $5::jsonb,
       participants = $6, notes = $7, activity_id = $8, updated_by = $11, updated_at = now(), revision = revision + 1
     WHERE id = $9 AND dossier_id = $10 RETURNING ${KNOWLEDGE_COLUMNS}`,
    [...knowledgeValues(k), k.id, k.dossierId, k.actor],
  );
  return toKnowledge(rows[0]!);
}

export async function deleteKnowledge(q: Queryable, dossierId: string, id: string) {
  await q.query('DELETE FROM knowledge_activities WHERE dossier_id = $1 AND id = $2', [dossierId, id]);
}
