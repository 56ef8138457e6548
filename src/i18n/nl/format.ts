// Made once: an Intl formatter costs more to build than to use.
const amsterdamParts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** Dates and times as Dutch readers expect them ("3 dec. 2026 14:05", "14:05"). */
export const formatNl = {
  /**
   * A moment in Dutch time with its zone, the same on every computer and server: "07-12-2026 14:03 (CET)",
   * in summer "(CEST)". For files and records people keep (the audit log).
   */
  stamp: (iso: string) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const part = Object.fromEntries(amsterdamParts.formatToParts(d).map((p) => [p.type, p.value]));
    return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute} (${part.timeZoneName})`;
  },
  time: (iso: string) =>
    new Date(iso).toLocaleString('nl-NL', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    }),
  clock: (iso: string | Date) =>
    new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }),
};
