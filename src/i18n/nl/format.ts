/** Dates and times as Dutch readers expect them ("3 dec. 2026 14:05", "14:05"). */
export const formatNl = {
  time: (iso: string) =>
    new Date(iso).toLocaleString('nl-NL', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
  clock: (iso: string | Date) => new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }),
};
