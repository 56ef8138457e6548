/**
 * Dutch formatting shared by every document: dates, numbers, percentages, lists. Pure and isomorphic
 * (the browser's HTML renditions use it too): decimal comma, thousands dot, dates in Europe/Amsterdam.
 */
import { formatDateNl } from '#src/domain/funding';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2027-01-11` → "11 januari 2027"; '' stays ''; anything else is shown as it is. */
export const date = (v: unknown): string => {
  const d = typeof v === 'string' ? v.trim() : '';
  return ISO_DATE.test(d) ? formatDateNl(d) : d;
};

// Made once: building an Intl formatter costs more than formatting with it many times.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const amsterdamTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/** An ISO timestamp → its calendar day in the Netherlands, "4 februari 2027" (not the UTC day). */
export function dayInAmsterdam(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateNl(amsterdamDay.format(d));
}

/** An ISO timestamp → "4 februari 2027, 00:30", Dutch time (summer or winter). */
export function dateTimeInAmsterdam(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${formatDateNl(amsterdamDay.format(d))}, ${amsterdamTime.format(d)}`;
}

const plainNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** 12345.67 → "12.345,7"; whole numbers without decimals. */
export const number = (n: number): string => plainNumber.format(n);

const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Always one decimal, for means side by side: 3 → "3,0", 2.75 → "2,8". */
export const decimal = (n: number): string => oneDecimal.format(n);

/** A whole percentage: 43 → "43%". */
export const percent = (n: number): string => `${plainNumber.format(n)}%`;

/** "a, b en c". */
export function joinNl(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** Lines of a cell, leaving out the empty ones. */
export const lines = (...parts: (string | undefined | false | null)[]): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
