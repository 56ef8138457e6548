import { addMonths } from '#src/domain/dates';
import type { EVALUATION_FREQUENCIES } from '#src/domain/catalogue/choices';

/** Step 10's frequencies in months: the server plans rounds with it, steps 3 and 11 preview them. */
export const MONTHS_BETWEEN_ROUNDS: Record<(typeof EVALUATION_FREQUENCIES)[number], number> = {
  per_kwartaal: 3,
  per_half_jaar: 6,
  jaarlijks: 12,
};

/** Evaluation rounds are planned this far ahead; the horizon moves along as time passes. */
export const PLANNING_HORIZON_MONTHS = 24;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What the planned rounds were made from; a different key means the schedule changed. */
export const scheduleKey = (frequency: string, firstDate: string) => `${frequency}|${firstDate}`;

/**
 * The dates of step 10's schedule that fall in a planning window: every `everyMonths` months from
 * `firstDate` (each computed from the first date, so no drift), not before `from` (today: past dates
 * are not planned), after `after` when given (already planned up to there), and up to `until`.
 */
export function scheduleDates(
  firstDate: string,
  everyMonths: number,
  window: { from: string; until: string; after?: string | null },
): string[] {
  if (!ISO.test(firstDate) || !Number.isInteger(everyMonths) || everyMonths <= 0) return [];
  const out: string[] = [];
  // A bound on the loop: a schedule decades in the past still ends.
  for (let i = 0; i < 1200; i++) {
    const d = addMonths(firstDate, i * everyMonths);
    if (!d || d > window.until) break;
    if (d >= window.from && (!window.after || d > window.after)) out.push(d);
  }
  return out;
}

/** The end of the planning window that starts `today`. */
export const planningHorizon = (today: string) => addMonths(today, PLANNING_HORIZON_MONTHS)!;

/**
 * The rounds step 10's schedule will plan (from today up to the horizon), numbered in date order, for
 * pages that show them before anything is signed. `evaluatie` is step 10's saved data, possibly partial.
 */
export function scheduledRounds(evaluatie: Record<string, unknown> | undefined, today: string) {
  const every = MONTHS_BETWEEN_ROUNDS[evaluatie?.frequency as keyof typeof MONTHS_BETWEEN_ROUNDS];
  const first = evaluatie?.firstDate;
  if (!every || typeof first !== 'string') return [];
  return scheduleDates(first, every, { from: today, until: planningHorizon(today) }).map((plannedOn, i) => ({
    plannedOn,
    number: i + 1,
    kind: 'evaluatie' as const,
  }));
}
