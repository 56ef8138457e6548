import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  deleteSchedulePlanned,
  insertRound,
  listRounds,
  planningState,
  setPlanningState,
  signedSchedule,
  workState,
} from '#src/db/rounds';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { planningHorizon, scheduleDates, scheduleKey } from '#src/domain/evaluation/planning';
import { todayInAmsterdam } from '#src/domain/dates';
import { MONTHS_BETWEEN_ROUNDS } from '#steps/10-evaluatie/schema';
import { newRoundId } from './ids';

/**
 * Plans evaluation rounds from step 10's schedule in the signed version in force: every date from
 * today up to 24 months ahead. Idempotent and safe under concurrency: the dossier row records which
 * schedule was planned up to which day, and is locked while planning, so a second caller finds
 * nothing left to do. As time passes the window moves on; a removed round is never re-created (its
 * date lies inside what was already planned); a new schedule (an amendment) replaces the planned
 * rounds of the old one that nobody opened or moved. Returns how many rounds it added.
 */
export async function ensurePlanned(db: Db, dossierId: string, today = todayInAmsterdam()): Promise<number> {
  const work = await workState(db, dossierId, null);
  if (!work || !allows(work.lifecycle, { type: 'WORK', kind: 'evaluation' }, work)) return 0;
  const schedule = await signedSchedule(db, dossierId);
  const every = schedule ? MONTHS_BETWEEN_ROUNDS[schedule.frequency as keyof typeof MONTHS_BETWEEN_ROUNDS] : undefined;
  if (!schedule || !every) return 0;
  const key = scheduleKey(schedule.frequency, schedule.firstDate);
  const until = planningHorizon(today);
  const upToDate = (s: { schedule: string | null; plannedUntil: string | null }) =>
    s.schedule === key && s.plannedUntil !== null && s.plannedUntil >= until;
  // The common case costs one read and takes no lock.
  if (upToDate(await planningState(db, dossierId))) return 0;

  return db.transaction(async (tx) => {
    const state = await planningState(tx, dossierId, true);
    if (upToDate(state)) return 0;
    const replanned = state.schedule !== null && state.schedule !== key;
    if (replanned) await deleteSchedulePlanned(tx, dossierId);
    const taken = new Set((await listRounds(tx, dossierId)).filter((r) => r.kind === 'evaluatie').map((r) => r.plannedOn));
    const dates = scheduleDates(schedule.firstDate, every, {
      from: today,
      until,
      after: replanned ? null : state.plannedUntil,
    }).filter((d) => !taken.has(d));
    for (const plannedOn of dates) {
      await insertRound(tx, { id: newRoundId(), dossierId, kind: 'evaluatie', plannedOn, origin: 'schema' });
    }
    await setPlanningState(tx, dossierId, key, until);
    if (dates.length > 0 || replanned) {
      await audit(tx, {
        dossierId,
        action: 'round.plan',
        object: `dossier:${dossierId}/rounds`,
        result: replanned ? 'ok:replanned' : 'ok',
        actor: 'Samenwerkwijzer (evaluatieschema stap 10)',
        detail: dates.join(', '),
      });
    }
    return dates.length;
  });
}
