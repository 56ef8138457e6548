import { toIso, type Queryable } from './db';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { Round, RoundResponse } from '#src/domain/evaluation/api';
import type { CheckpointKind } from '#src/domain/evaluation/atoms';
import type { RoundKind, RoundOrigin, RoundSnapshot, RoundState } from '#src/domain/evaluation/rounds';

/** SQL for evaluation and baseline rounds and everyone's answers. No validation here: callers pass validated data. */

/** The lifecycle state (locked as asked) and whether a signed version exists: what the working-data rule needs. */
export async function workState(
  q: Queryable,
  dossierId: string,
  lock: 'SHARE' | 'UPDATE' | null,
): Promise<{ lifecycle: LifecycleState; hasSignedVersion: boolean } | null> {
  const rows = await q.query<{ lifecycle: LifecycleState; signed: boolean }>(
    `SELECT lifecycle, EXISTS (SELECT 1 FROM versions v WHERE v.dossier_id = d.id AND v.status = 'getekend') AS signed
     FROM dossiers d WHERE id = $1${lock ? ` FOR ${lock} OF d` : ''}`,
    [dossierId],
  );
  const r = rows[0];
  return r ? { lifecycle: r.lifecycle, hasSignedVersion: r.signed === true } : null;
}

// ---- planning ----

export async function planningState(q: Queryable, dossierId: string, lock = false) {
  const rows = await q.query<{ rounds_schedule: string | null; rounds_planned_until: string | null }>(
    `SELECT rounds_schedule, to_char(rounds_planned_until, 'YYYY-MM-DD') AS rounds_planned_until FROM dossiers WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [dossierId],
  );
  return { schedule: rows[0]?.rounds_schedule ?? null, plannedUntil: rows[0]?.rounds_planned_until ?? null };
}

export async function setPlanningState(q: Queryable, dossierId: string, schedule: string, plannedUntil: string) {
  await q.query('UPDATE dossiers SET rounds_schedule = $2, rounds_planned_until = $3 WHERE id = $1', [
    dossierId,
    schedule,
    plannedUntil,
  ]);
}

/** Planned rounds made from an earlier schedule, never opened nor moved: a new schedule replaces them. */
export async function deleteSchedulePlanned(q: Queryable, dossierId: string) {
  await q.query(`DELETE FROM rounds WHERE dossier_id = $1 AND origin = 'schema' AND state = 'gepland'`, [dossierId]);
}

// ---- rounds ----

interface RawRound {
  id: string;
  kind: RoundKind;
  number: number | null;
  planned_on: string;
  origin: RoundOrigin;
  focus: CheckpointKind | null;
  state: RoundState;
  opened_at: Date | string | null;
  opened_by: string | null;
  closed_at: Date | string | null;
  closed_by: string | null;
  revision: number;
  created_at: Date | string;
  students_enabled: boolean;
  students_cap: number;
  students_count: number;
  responded: number | string;
  paper: number | string;
  invitees: number | string | null;
}

export interface RoundRow extends Omit<Round, 'progress'> {
  dossierId: string;
  progress: { responded: number; paper: number };
  /** The invitee count frozen at close (null before). */
  closedInvitees: number | null;
}

const iso = (v: Date | string | null) => (v === null ? null : toIso(v));

const toRound = (r: RawRound & { dossier_id: string }): RoundRow => ({
  id: r.id,
  dossierId: r.dossier_id,
  kind: r.kind,
  number: r.number,
  plannedOn: r.planned_on,
  origin: r.origin,
  focus: r.focus,
  state: r.state,
  openedAt: iso(r.opened_at),
  openedBy: r.opened_by,
  closedAt: iso(r.closed_at),
  closedBy: r.closed_by,
  revision: r.revision,
  createdAt: toIso(r.created_at),
  students: { enabled: r.students_enabled, cap: r.students_cap, responses: r.students_count },
  progress: { responded: Number(r.responded), paper: Number(r.paper) },
  closedInvitees: r.invitees === null ? null : Number(r.invitees),
});

/**
 * A round with the number of responses that count: answered ones of the owner and of invite links
 * still active (x of "x van y"; once closed, every link that answered, as the count was then), and
 * paper forms.
 */
const roundSelect = (
  extra = '',
) => `SELECT r.id, r.dossier_id, r.kind, r.number, to_char(r.planned_on, 'YYYY-MM-DD') AS planned_on, r.origin, r.focus,
    r.state, r.opened_at, r.opened_by, r.closed_at, r.closed_by, r.revision, r.created_at, r.students_enabled, r.students_cap,
    r.students_count, (r.snapshot->>'invitees')::integer AS invitees,
    (SELECT count(*) FROM round_responses x WHERE x.round_id = r.id AND x.answered AND (x.respondent_key = 'owner' OR (r.state = 'gesloten' AND x.respondent_key LIKE 'invite:%')
       OR EXISTS (SELECT 1 FROM invites i WHERE i.dossier_id = r.dossier_id AND x.respondent_key = 'invite:' || i.id AND i.revoked_at IS NULL))) AS responded,
    (SELECT count(*) FROM round_responses x WHERE x.round_id = r.id AND x.answered AND x.respondent_key LIKE 'paper:%') AS paper${extra}
  FROM rounds r`;
const ROUND_SELECT = roundSelect();

export async function listRounds(q: Queryable, dossierId: string): Promise<RoundRow[]> {
  const rows = await q.query<RawRound & { dossier_id: string }>(
    `${ROUND_SELECT} WHERE r.dossier_id = $1 ORDER BY r.planned_on, r.created_at, r.id`,
    [dossierId],
  );
  return rows.map(toRound);
}

/** One round of this dossier (another dossier's round id is simply not found); locked when asked. */
export async function findRound(
  q: Queryable,
  dossierId: string,
  roundId: string,
  lock?: 'UPDATE' | 'SHARE',
): Promise<RoundRow | null> {
  if (lock) {
    const locked = await q.query(`SELECT 1 FROM rounds WHERE id = $1 AND dossier_id = $2 FOR ${lock}`, [roundId, dossierId]);
    if (locked.length === 0) return null;
  }
  const rows = await q.query<RawRound & { dossier_id: string }>(`${ROUND_SELECT} WHERE r.id = $1 AND r.dossier_id = $2`, [
    roundId,
    dossierId,
  ]);
  return rows[0] ? toRound(rows[0]) : null;
}

export async function insertRound(
  q: Queryable,
  r: { id: string; dossierId: string; kind: RoundKind; plannedOn: string; origin: RoundOrigin; focus?: CheckpointKind | null },
) {
  await q.query('INSERT INTO rounds (id, dossier_id, kind, planned_on, origin, focus) VALUES ($1, $2, $3, $4, $5, $6)', [
    r.id,
    r.dossierId,
    r.kind,
    r.plannedOn,
    r.origin,
    r.focus ?? null,
  ]);
}

/** Moves a planned round and/or sets its focus; a moved round is the team's own (replanning leaves it). */
export async function updateRound(q: Queryable, roundId: string, change: { plannedOn?: string; focus?: CheckpointKind | null }) {
  await q.query(
    `UPDATE rounds SET
       planned_on = COALESCE($2::date, planned_on),
       origin = CASE WHEN $2::date IS NOT NULL AND $2::date <> planned_on THEN 'hand' ELSE origin END,
       focus = CASE WHEN $3 THEN $4 ELSE focus END,
       revision = revision + 1
     WHERE id = $1`,
    [roundId, change.plannedOn ?? null, change.focus !== undefined, change.focus ?? null],
  );
}

export async function deleteRound(q: Queryable, roundId: string) {
  await q.query('DELETE FROM rounds WHERE id = $1', [roundId]);
}

/** Opens a planned round as the next number of its kind (callers hold the dossier's lock, so numbers never collide). */
export async function openRound(q: Queryable, round: { id: string; dossierId: string; kind: RoundKind }, actor: string) {
  await q.query(
    `UPDATE rounds SET state = 'open', opened_at = now(), opened_by = $2, revision = revision + 1,
       number = (SELECT COALESCE(max(number), 0) + 1 FROM rounds WHERE dossier_id = $3 AND kind = $4)
     WHERE id = $1`,
    [round.id, actor, round.dossierId, round.kind],
  );
}

export async function closeRound(q: Queryable, roundId: string, actor: string, snapshot: RoundSnapshot) {
  await q.query(
    `UPDATE rounds SET state = 'gesloten', closed_at = now(), closed_by = $2, snapshot = $3::jsonb, revision = revision + 1 WHERE id = $1`,
    [roundId, actor, JSON.stringify(snapshot)],
  );
}

export async function roundSnapshot(q: Queryable, roundId: string): Promise<RoundSnapshot | null> {
  const rows = await q.query<{ snapshot: RoundSnapshot | null }>('SELECT snapshot FROM rounds WHERE id = $1', [roundId]);
  return rows[0]?.snapshot ?? null;
}

/** The closed rounds of a kind with their snapshots, for trends. */
export async function closedRounds(q: Queryable, dossierId: string, kind: RoundKind) {
  const rows = await q.query<RawRound & { dossier_id: string; snapshot: RoundSnapshot }>(
    `${roundSelect(', r.snapshot')} WHERE r.dossier_id = $1 AND r.kind = $2 AND r.state = 'gesloten'
     ORDER BY r.planned_on, r.number`,
    [dossierId, kind],
  );
  return rows.map((r) => ({ round: toRound(r), snapshot: r.snapshot }));
}

/** The owner's link and every invite link not revoked: the y of "x van y uitgenodigden". */
export async function countInvitees(q: Queryable, dossierId: string): Promise<number> {
  const rows = await q.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM invites WHERE dossier_id = $1 AND revoked_at IS NULL',
    [dossierId],
  );
  return 1 + Number(rows[0]!.n);
}

// ---- responses ----

interface RawResponse {
  round_id: string;
  respondent_key: string;
  partner_id: string | null;
  person: string | null;
  entered_by: string | null;
  entered_by_key: string | null;
  answers: Record<string, unknown>;
  answered: boolean;
  complete: boolean;
  revision: number;
  audited_at: Date | string | null;
  updated_at: Date | string;
}

export interface ResponseRow extends RoundResponse {
  enteredByKey: string | null;
  answered: boolean;
  auditedAt: string | null;
}

const RESPONSE_COLUMNS =
  'round_id, respondent_key, partner_id, person, entered_by, entered_by_key, answers, answered, complete, revision, audited_at, updated_at';

const toResponse = (r: RawResponse): ResponseRow => ({
  respondentKey: r.respondent_key,
  partnerId: r.partner_id,
  person: r.person,
  enteredBy: r.entered_by,
  enteredByKey: r.entered_by_key,
  answers: r.answers ?? {},
  complete: r.complete,
  revision: r.revision,
  // A response that was never saved has no time.
  updatedAt: r.revision === 0 ? null : toIso(r.updated_at),
  answered: r.answered,
  auditedAt: iso(r.audited_at),
});

/** Serialises writes of one respondent's answers (a first save has no row to lock yet). */
export async function lockRespondent(q: Queryable, roundId: string, key: string) {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [roundId, key]);
}

export async function findResponse(q: Queryable, roundId: string, key: string, lock = false): Promise<ResponseRow | null> {
  const rows = await q.query<RawResponse>(
    `SELECT ${RESPONSE_COLUMNS} FROM round_responses WHERE round_id = $1 AND respondent_key = $2${lock ? ' FOR UPDATE' : ''}`,
    [roundId, key],
  );
  return rows[0] ? toResponse(rows[0]) : null;
}

export async function writeResponse(
  q: Queryable,
  r: {
    roundId: string;
    key: string;
    partnerId: string | null;
    person: string | null;
    enteredBy: string | null;
    enteredByKey: string | null;
    answers: Record<string, unknown>;
    answered: boolean;
    complete: boolean;
    revision: number;
    audited: boolean;
  },
): Promise<ResponseRow> {
  const rows = await q.query<RawResponse>(
    `INSERT INTO round_responses
       (round_id, respondent_key, partner_id, person, entered_by, entered_by_key, answers, answered, complete, revision, audited_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, CASE WHEN $11 THEN now() END)
     ON CONFLICT (round_id, respondent_key) DO UPDATE SET partner_id = EXCLUDED.partner_id, person = EXCLUDED.person,
       entered_by = EXCLUDED.entered_by, entered_by_key = EXCLUDED.entered_by_key, answers = EXCLUDED.answers,
       answered = EXCLUDED.answered, complete = EXCLUDED.complete, revision = EXCLUDED.revision,
       audited_at = CASE WHEN $11 THEN now() ELSE round_responses.audited_at END, updated_at = now()
     RETURNING ${RESPONSE_COLUMNS}`,
    [
      r.roundId,
      r.key,
      r.partnerId,
      r.person,
      r.enteredBy,
      r.enteredByKey,
      JSON.stringify(r.answers),
      r.answered,
      r.complete,
      r.revision,
      r.audited,
    ],
  );
  return toResponse(rows[0]!);
}

export async function deleteResponse(q: Queryable, roundId: string, key: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM round_responses WHERE round_id = $1 AND respondent_key = $2 RETURNING 1', [
    roundId,
    key,
  ]);
  return rows.length > 0;
}

/** The responses of a round; with `enteredByKey` only the paper forms that link typed in. */
export async function listResponses(q: Queryable, roundId: string, opts: { enteredByKey?: string } = {}): Promise<ResponseRow[]> {
  const rows = await q.query<RawResponse>(
    `SELECT ${RESPONSE_COLUMNS} FROM round_responses WHERE round_id = $1 AND ($2::text IS NULL OR entered_by_key = $2::text)
     ORDER BY created_at, respondent_key`,
    [roundId, opts.enteredByKey ?? null],
  );
  return rows.map(toResponse);
}

/** Every response of several rounds at once (trends), grouped by round. */
export async function responsesOfRounds(q: Queryable, roundIds: readonly string[]): Promise<Map<string, ResponseRow[]>> {
  const out = new Map<string, ResponseRow[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return out;
  const rows = await q.query<RawResponse>(
    `SELECT ${RESPONSE_COLUMNS} FROM round_responses WHERE round_id = ANY($1::text[]) ORDER BY created_at, respondent_key`,
    [roundIds],
  );
  for (const r of rows) out.get(r.round_id)?.push(toResponse(r));
  return out;
}

// ---- students ----

/** Enables the round's student survey with a new token (a previous link stops working). */
export async function setStudentSurvey(q: Queryable, roundId: string, tokenHash: string, cap: number) {
  await q.query(
    'UPDATE rounds SET students_enabled = true, students_token_hash = $2, students_cap = $3, revision = revision + 1 WHERE id = $1',
    [roundId, tokenHash, cap],
  );
}

export async function findStudentRound(q: Queryable, tokenHash: string) {
  const rows = await q.query<{ id: string; dossier_id: string; state: RoundState; students_cap: number; students_count: number }>(
    'SELECT id, dossier_id, state, students_cap, students_count FROM rounds WHERE students_token_hash = $1 AND students_enabled',
    [tokenHash],
  );
  return rows[0] ?? null;
}

/**
 * Stores student responses of one round (its link's token hash) in one statement, as far as the round
 * is open and below its cap: the count and the rows go together, and the cap holds under any
 * concurrency (the round's row is the lock). Rows are taken in order; per row the round's new count
 * of responses, or null when it was refused (closed, not open yet, full, or the link was replaced).
 */
export async function insertStudentResponses(
  q: Queryable,
  round: { id: string; tokenHash: string },
  rows: readonly { answers: unknown; day: string }[],
): Promise<(number | null)[]> {
  const result = await q.query<{ before: number; k: number }>(
    `WITH a AS (
       SELECT id, students_count AS before, LEAST($3::integer, students_cap - students_count) AS k FROM rounds
       WHERE id = $1 AND students_token_hash = $2 AND state = 'open' AND students_enabled AND students_count < students_cap
       FOR UPDATE
     ), r AS (
       UPDATE rounds SET students_count = rounds.students_count + a.k FROM a WHERE rounds.id = a.id RETURNING a.before, a.k
     ), ins AS (
       INSERT INTO student_responses (round_id, answers, day)
       SELECT $1, x.value->'a', (x.value->>'d')::date FROM r, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS x(value, i)
       WHERE x.i <= r.k
     )
     SELECT before, k FROM r`,
    [round.id, round.tokenHash, rows.length, JSON.stringify(rows.map((r) => ({ a: r.answers, d: r.day })))],
  );
  const { before, k } = result[0] ?? { before: 0, k: 0 };
  return rows.map((_, i) => (i < k ? before + i + 1 : null));
}

export async function studentAnswers(q: Queryable, roundId: string): Promise<unknown[]> {
  const rows = await q.query<{ answers: unknown }>('SELECT answers FROM student_responses WHERE round_id = $1', [roundId]);
  return rows.map((r) => r.answers);
}

/** Step 10's schedule as the newest signed version has it: the schedule in force. */
export async function signedSchedule(q: Queryable, dossierId: string): Promise<{ frequency: string; firstDate: string } | null> {
  const rows = await q.query<{ frequency: string | null; first_date: string | null }>(
    `SELECT c #>> '{steps,evaluatie,frequency}' AS frequency, c #>> '{steps,evaluatie,firstDate}' AS first_date
     FROM (SELECT canonical::jsonb AS c FROM versions WHERE dossier_id = $1 AND status = 'getekend' ORDER BY number DESC LIMIT 1) v`,
    [dossierId],
  );
  const r = rows[0];
  return r?.frequency && r.first_date ? { frequency: r.frequency, firstDate: r.first_date } : null;
}
