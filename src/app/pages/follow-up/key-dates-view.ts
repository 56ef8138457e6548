import type { KeyDate } from '#src/domain/follow-up/key-dates';

/**
 * The key dates as the home lists them: what is still to come (to put in a calendar) apart from
 * what has passed, and each title without the dossier's name (the page already says whose dates
 * these are; a calendar file keeps it, since there it stands among other appointments). Pure.
 */
export function keyDatesView(keyDates: readonly KeyDate[], today: string, dossierTitle: string) {
  const suffix = ` – ${dossierTitle}`;
  const shown = keyDates.map((d) => ({ ...d, title: d.title.endsWith(suffix) ? d.title.slice(0, -suffix.length) : d.title }));
  return { upcoming: shown.filter((d) => d.date >= today), past: shown.filter((d) => d.date < today) };
}
