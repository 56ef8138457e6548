/** Words and sentences several areas share, so each exists once. */
export const commonNl = {
  retry: 'Opnieuw proberen',
  cancel: 'Annuleren',
  failed: 'Dat lukte niet.',
  yes: 'Ja',
  no: 'Nee',
  /** An empty value where one is shown ("was (leeg) → wordt …"). */
  empty: '(leeg)',
  dossierLink: 'Link naar het dossier',
};
