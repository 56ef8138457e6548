/** Pure calendar arithmetic on `YYYY-MM-DD` dates, in UTC so time zones never shift a day. */

const parse = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : undefined);

/** `date` plus `months` calendar months, clamped to the last day of the target month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string | undefined {
  const d = parse(date);
  if (!d || Number.isNaN(d.getTime()) || !Number.isInteger(months)) return undefined;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** `count` dates starting at `first`, every `everyMonths` months, each computed from `first` so no drift builds up. */
export function repeatDates(first: string, everyMonths: number, count: number): string[] {
  if (!parse(first) || everyMonths <= 0 || count <= 0) return [];
  return Array.from({ length: count }, (_, i) => addMonths(first, i * everyMonths)).filter((d): d is string => !!d);
}

// Made once: building an Intl formatter costs more than a whole student answer's database work.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's calendar date in the Netherlands as `YYYY-MM-DD`, wherever the code runs (a server in UTC
 * would otherwise call 00:30 on 1 March "28 February").
 */
export const todayInAmsterdam = (now: Date = new Date()): string => AMSTERDAM_DAY.format(now);
