/** Finding one's way in a dossier: the dossier header, the step navigator and breadcrumbs. */
export const navigationNl = {
  /** The accessible name of the dossier's menu. */
  dossierMenu: 'Dossiermenu',
  dossierLabel: 'Dossier',
  stateLabel: 'Status',
  links: {
    overview: 'Overzicht',
    steps: 'Stappen',
    agreement: 'Overeenkomst',
    partners: 'Partners',
    rounds: 'Evaluatierondes',
    actions: 'Actieplan volgen',
  },
  /** The logo inside a dossier leads to its overview; this link keeps the start page reachable. */
  toStart: 'Startpagina',
  brandInDossier: (title: string) => `Samenwerkwijzer: naar het overzicht van ${title}`,
  stepNavigator: {
    title: 'Alle stappen',
    /** "Stap 3 van 11" as the collapsed summary on a phone. */
    summary: (n: number, total: number) => `Alle stappen (u bent bij stap ${n} van ${total})`,
    status: (status: string) => `(${status.toLowerCase()})`,
    current: 'huidige stap',
  },
  breadcrumbs: 'Kruimelpad',
  versionCrumb: (n: number) => `Versie ${n}`,
  changesCrumb: 'Wijzigingen',
};
