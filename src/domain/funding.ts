/** Pure date arithmetic for the funding warnings of steps 3 and 11. Dates are `YYYY-MM-DD`. */

export interface Period {
  from?: string;
  to?: string;
}

const parse = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : undefined);

/** Whole calendar months covered by the period `from`..`to`, both days included. */
export function monthsBetween(from: string, to: string): number | undefined {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b || b < a) return undefined;
  // Count to the day after the end: 2027-01-01..2027-12-31 is 12 months, 2027-03-15..2028-02-14 is 11.
  const end = new Date(b.getTime() + 86_400_000);
  let months = (end.getUTCFullYear() - a.getUTCFullYear()) * 12 + (end.getUTCMonth() - a.getUTCMonth());
  if (end.getUTCDate() < a.getUTCDate()) months -= 1;
  return months;
}

/**
 * Months of continuous funding from the earliest start, merging overlapping or adjacent periods.
 * Undefined when no period has both dates.
 */
export function coveredMonths(periods: Period[]): number | undefined {
  const valid = periods
    .map((p) => ({ from: parse(p.from), to: parse(p.to), raw: p }))
    .filter((p) => p.from && p.to && p.to >= p.from)
    .sort((x, y) => x.from!.getTime() - y.from!.getTime());
  if (valid.length === 0) return undefined;
  const start = valid[0].raw.from!;
  let end = valid[0].to!;
  let endRaw = valid[0].raw.to!;
  for (const p of valid.slice(1)) {
    if (p.from!.getTime() > end.getTime() + 86_400_000) break;
    if (p.to! > end) {
      end = p.to!;
      endRaw = p.raw.to!;
    }
  }
  return monthsBetween(start, endRaw);
}

/** The latest end date among the temporary (non-structural) sources. */
export function temporaryFundingEnd(sources: { to?: string; structural?: boolean | null }[]): string | undefined {
  return sources
    .filter((s) => s.structural !== true && parse(s.to))
    .map((s) => s.to!)
    .sort()
    .at(-1);
}

/** `YYYY-MM-DD` six months before `date` (clamped to the month's last day). */
export function sixMonthsBefore(date: string): string | undefined {
  const d = parse(date);
  if (!d) return undefined;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 6, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** True when the search for structural money starts later than six months before temporary money ends. */
export function searchStartsTooLate(searchStart: string | undefined, fundingEnd: string | undefined): boolean {
  if (!parse(searchStart) || !fundingEnd) return false;
  const latest = sixMonthsBefore(fundingEnd);
  return !!latest && searchStart! > latest;
}

// One formatter for every call: `toLocaleDateString` builds a new one each time, which a plan of a
// hundred rows pays for a hundred times per render.
const dayMonthYear = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatDateNl = (d: string) => {
  const date = parse(d);
  return date ? dayMonthYear.format(date) : d;
};
