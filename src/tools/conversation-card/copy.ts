export const conversationCopy = {
  legend: 'Gesprekskaart',
  intro:
    'Gebruik deze kaart bij een eerste gesprek met alle partners. Per thema staan een paar vragen om het gesprek op gang te brengen. ' +
    'Noteer wat opvalt en leg afspraken vast. Een afspraak kunt u overnemen in de visie hierboven, of als actie toevoegen aan het actieplan. Dit hulpmiddel is niet verplicht.',
  provenance: {
    suggestion: 'Voorbeeld.',
    suggestionBasis: (basis: string) => `Deze vragen zijn een eigen uitwerking (${basis}).`,
    source: 'Bron:',
  },
  prompts: 'Vragen om te bespreken',
  notes: { label: 'Aantekeningen', detail: (theme: string) => `bij ${theme}` },
  agreements: {
    legend: 'Afspraken',
    row: (theme: string) => (i: number) => `Afspraak ${i + 1} over ${theme}`,
    add: (theme: string) => `Afspraak over ${theme} toevoegen`,
    empty: 'Nog geen afspraken.',
    text: { label: 'Afspraak' },
  },
  toVision: 'In visie overnemen',
  toAction: 'Actie toevoegen aan actieplan',
  buttonLabel: (row: string, text: string) => `${row}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  status: {
    empty: 'Vul eerst de afspraak in.',
    toVision: 'De afspraak is toegevoegd aan het einde van de visie.',
    alreadyInVision: 'Deze afspraak staat al in de visie; er is niets toegevoegd.',
    toAction: 'De afspraak is als actie toegevoegd aan het actieplan in stap 5.',
    alreadyAction: 'Deze afspraak staat al als actie in het actieplan; er is niets toegevoegd.',
  },
  errors: {
    unknownTheme: (ids: string[]) => `Er staan aantekeningen bij gespreksthema's die niet (meer) bestaan: ${ids.join(', ')}.`,
  },
};
