import { addMonths } from '#src/domain/dates';

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
