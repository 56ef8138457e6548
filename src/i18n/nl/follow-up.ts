/** The dates a partnership lives by after signing: calendar feed, reminders, funding timeline, follow-up home. */
export const followUpNl = {
  calendarName: (dossier: string) => `Samenwerking: ${dossier}`,
  round: (n: number, dossier: string) => `Evaluatieronde ${n} – ${dossier}`,
  roundDescription: 'Evaluatieronde van de samenwerking: iedere partner vult de tussentijdse evaluatie in.',
  baseline: (dossier: string) => `Nulmeting werkzame factoren – ${dossier}`,
  actionDue: (what: string) => `Einddatum actie: ${what}`,
  actionDueDescription: (dossier: string) => `Actie uit het actieplan van de samenwerking "${dossier}".`,
  fundingEnds: (source: string) => `Financiering loopt af: ${source}`,
  fundingEndsDescription: (dossier: string) => `Vanaf deze datum is deze bron niet meer beschikbaar voor "${dossier}".`,
  searchStart: (dossier: string) => `Start zoeken naar structurele financiering – ${dossier}`,
  searchStartDescription:
    'Vanaf vandaag zoekt u samen naar geld dat blijft, ruim voordat de tijdelijke financiering stopt (stap 3 en 11).',
  routeDeadline: (route: string) => `Uiterste datum financieringsroute: ${route}`,
  routeDeadlineDescription: (dossier: string) => `Route naar structurele financiering van "${dossier}" (stap 11).`,
  reminder: (title: string) => `Over een week: ${title}`,
  unnamedAction: 'actie zonder naam',
  unnamedSource: 'bron zonder naam',
  unnamedRoute: 'route zonder naam',
};
