/**
 * The example partnership ("Voorbeeld bekijken", `npm run demo`) is written as it stands in early
 * February 2028: a year of working together behind it, two evaluation rounds held, the pilot money
 * running out that summer. Whenever it is made, its dates move by whole months so that this moment is
 * today: the rounds lie in the past, the next one ahead, and the timeline shows the months of money
 * left. Pure.
 */
import { addMonths } from '#src/domain/dates';

/** The moment the example's story is told from, as a year and a month. */
export const EXAMPLE_NOW = { year: 2028, month: 2 } as const;

/** How many months the example's dates move so that its "now" is the month of `today` (`YYYY-MM-DD`). */
export function exampleShiftMonths(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return year * 12 + month - (EXAMPLE_NOW.year * 12 + EXAMPLE_NOW.month);
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

// An ISO date; or a Dutch month with its year ("12 november 2026", "juni 2028"); or a year on its own.
// Years only from 2020 to 2039, so an amount or a phone number (0800-2000) is never taken for one.
const DATES_IN_TEXT = new RegExp(
  `(\\d{4}-\\d{2}-\\d{2})|(?:(\\d{1,2}) )?(${MONTHS.join('|')}) (20[23]\\d)|\\b(20[23]\\d)\\b`,
  'g',
);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A text with every date, month and year in it moved by `months` (a year alone by the nearest whole number of years). */
export function shiftText(text: string, months: number): string {
  const years = Math.round(months / 12);
  return text.replace(DATES_IN_TEXT, (match, iso?: string, day?: string, monthName?: string, year?: string, bare?: string) => {
    if (iso) return addMonths(iso, months) ?? match;
    if (monthName && year) {
      const index = Number(year) * 12 + MONTHS.indexOf(monthName as (typeof MONTHS)[number]) + months;
      const moved = `${MONTHS[((index % 12) + 12) % 12]} ${Math.floor(index / 12)}`;
      return day ? `${day} ${moved}` : moved;
    }
    return bare ? String(Number(bare) + years) : match;
  });
}

/** Keys that hold ids: a row id such as `ev-2027-06` is a name, not a date. */
const isIdKey = (key: string) => key === 'id' || key.endsWith('Id') || key.endsWith('Ids');

/** Any value (step data, answers) with every date moved by `months`: ISO dates exactly, texts as `shiftText`. */
export function shiftExample<T>(value: T, months: number, key = ''): T {
  if (months === 0 || isIdKey(key)) return value;
  if (typeof value === 'string') return (ISO.test(value) ? (addMonths(value, months) ?? value) : shiftText(value, months)) as T;
  if (Array.isArray(value)) return value.map((v) => shiftExample(v, months)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftExample(v, months, k)])) as T;
  return value;
}
