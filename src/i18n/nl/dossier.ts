/** Opening a dossier, and its overview page. */
export const dossierNl = {
  loading: 'Dossier wordt geladen…',
  noToken:
    'Voor dit dossier is geen geldige link bekend in deze browser. Open de volledige link die u hebt gekregen, inclusief het deel na het #-teken.',
  notFound: 'Dit dossier is niet gevonden, of de link is niet (meer) geldig.',
  loadFailed: 'Het dossier kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  backToStart: 'Naar de startpagina',
  overview: 'Overzicht',
  gemeente: 'Gemeente',
  progress: (done: number, total: number) => `${done} van ${total} stappen afgerond`,
  progressFixed: (version: number) => `De tekst van alle stappen is vastgelegd in versie ${version}.`,
  shareTitle: 'Partners uitnodigen',
  shareText:
    'Geef elke partner een eigen link: om mee te schrijven, alleen te lezen of te tekenen. Uw eigen link hieronder is die van de eigenaar; deel hem niet.',
  ownLinkLabel: 'Uw eigen link (eigenaar)',
  yourLinkTitle: 'Uw link',
  yourLinkText:
    'Dit is de link waarmee u dit dossier opent. Hij is voor u persoonlijk: deel hem niet, maar vraag de eigenaar om een link voor een ander.',
  yourLinkLabel: 'Uw link naar het dossier',
  statusLabel: 'Status',
  changedLabel: 'Laatst gewijzigd',
  neverChanged: 'nog niet',
  hereNowLabel: 'Nu bezig',
  /** An example dossier ("Voorbeeld bekijken"): marked on every page, removed after 24 hours. */
  example: {
    banner: 'Dit is een voorbeeld — het verdwijnt na 24 uur.',
    until: (at: string) => `Het wordt op ${at} verwijderd. Oefen gerust: niets hiervan geldt echt.`,
  },
};
