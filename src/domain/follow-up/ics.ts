/**
 * Key dates as an iCalendar file (RFC 5545), for a subscribed feed or one "Toevoegen aan agenda"
 * download. Every key date is a whole day (VALUE=DATE: no time zone can shift it); the calendar names
 * Europe/Amsterdam for clients that show it. Stable UIDs and SEQUENCE make edits update the event.
 */
import { createEvents, type EventAttributes } from 'ics';
import { followUpNl as t } from '#src/i18n/nl/follow-up';
import type { KeyDate } from './key-dates';

const PRODUCT = 'samenwerkwijzer/agenda';

const dayParts = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** The day after `date` (all-day events end on the next day, exclusive). */
function nextDay(date: string): [number, number, number] {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function toIcs(dates: readonly KeyDate[], opts: { calName: string; url?: string }): string {
  const events: EventAttributes[] = dates.map((k) => ({
    uid: k.uid,
    sequence: k.sequence,
    start: dayParts(k.date),
    end: nextDay(k.date),
    title: k.title,
    description: k.description,
    ...(opts.url ? { url: opts.url } : {}),
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    ...(k.remindWeekBefore
      ? { alarms: [{ action: 'display', description: t.reminder(k.title), trigger: { days: 7, before: true } }] }
      : {}),
  }));
  const { error, value } = createEvents(events, { productId: PRODUCT, method: 'PUBLISH', calName: escapeText(opts.calName) });
  if (error || !value) throw error ?? new Error('ics: no output');
  // The calendar's own time zone, for clients that show one; all-day events do not depend on it.
  return value.replace(/(PRODID:[^\r\n]*\r\n)/, '$1X-WR-TIMEZONE:Europe/Amsterdam\r\n');
}

/**
 * The calendar name goes out as written (the library escapes event texts itself, not this header):
 * calendar apps read X-WR-CALNAME as is, so only line breaks, which would end the line, are replaced.
 */
const escapeText = (text: string) => text.replace(/[\r\n]+/g, ' ');
