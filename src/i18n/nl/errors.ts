/** What a page says when it cannot be shown: offline, a newer app version, a page that does not exist, anything else. */
export const errorsNl = {
  offline: {
    title: 'U bent offline',
    text: 'U bent offline; uw invoer is bewaard. Deze pagina kan pas worden getoond als er weer verbinding is.',
    stillOffline: 'Er is nog steeds geen verbinding. Controleer uw internet en probeer het daarna opnieuw.',
    retry: 'Opnieuw proberen',
  },
  staleBuild: {
    title: 'Er is een nieuwe versie van Samenwerkwijzer',
    text: 'Samenwerkwijzer is bijgewerkt sinds u deze pagina opende. Vernieuw de pagina om verder te gaan; uw invoer is bewaard.',
    reload: 'Pagina vernieuwen',
  },
  unknown: {
    title: 'Deze pagina kan niet worden getoond',
    text: 'Er ging iets mis bij het tonen van deze pagina. Uw invoer is bewaard. Probeer het opnieuw, of ga terug naar het dossier.',
    retry: 'Opnieuw proberen',
  },
  backToDossier: 'Terug naar het dossier',
  versionNotFound: {
    title: 'Deze versie bestaat niet',
    text: (n: string) =>
      `Er is geen versie "${n}" van de overeenkomst in dit dossier. Op de pagina Overeenkomst staan alle versies die er zijn.`,
  },
  versionFailed: 'Deze versie kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
};
