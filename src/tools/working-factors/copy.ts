import { FACTOR_CLUSTER_LABELS, FACTOR_CLUSTERS } from '#src/domain/catalogue/factors';

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** A score or mean as Dutch readers write it: 3,5. */
export const formatScore = (n: number) => number.format(n);

export const workingFactorsCopy = {
  legend: 'Werkzame factoren',
  intro:
    'Uit onderzoek en praktijk weten we wat een samenwerking tussen school en jongerenwerk laat werken. Geef per factor aan hoe belangrijk die voor u is en hoe aanwezig die nu al is. ' +
    'Laat bij voorkeur meerdere mensen van elke organisatie scoren: juist de verschillen zijn de onderwerpen voor uw gesprek. Dit hulpmiddel is niet verplicht om de stap af te ronden.',
  scale: 'Scores lopen van 1 (helemaal niet) tot 5 (heel erg). Kies "weet niet" als u het niet kunt inschatten.',
  custom: {
    legend: 'Eigen factoren',
    hint: 'Mist er iets dat voor uw samenwerking belangrijk is? Voeg het toe; iedereen kan het daarna scoren.',
    row: (i: number) => `Eigen factor ${i + 1}`,
    add: 'Eigen factor toevoegen',
    empty: 'Nog geen eigen factoren.',
    label: { label: 'Factor', hint: 'Beschrijf de factor kort, zoals: "Ouders weten wie de jongerenwerker is".' },
    cluster: { label: 'Hoort bij' },
    explanation: { label: 'Toelichting' },
    clusterOptions: FACTOR_CLUSTERS.map((c) => ({ value: c, label: FACTOR_CLUSTER_LABELS[c] })),
  },
  respondents: {
    legend: 'Wie vullen de scores in?',
    hint: 'Eén regel per persoon. Kies de organisatie en vul een naam of functie in.',
    row: (i: number) => `Respondent ${i + 1}`,
    add: 'Respondent toevoegen',
    empty: 'Nog niemand toegevoegd. Voeg eerst een respondent toe; daarna kunt u de scores invullen.',
    partner: { label: 'Organisatie' },
    name: { label: 'Naam of functie', hint: 'Bijvoorbeeld: mentor leerjaar 1, of Zoë Verhoeven.' },
    open: 'Scores invullen',
    close: 'Scores verbergen',
    toggleLabel: (text: string, row: string) => `${text} voor ${row.toLowerCase()}`,
    progress: (done: number, total: number) => `${done} van ${total} factoren gescoord.`,
    panel: (row: string) => `Scores van ${row.toLowerCase()}`,
    /** How a baseline round brought this respondent in (the audit trail's name, without the link's id). */
    selfEntered: 'Zelf ingevuld via de eigen link, in een nulmeting.',
    paperEntered: (by: string) =>
      by
        ? `Van papier, ingevoerd door ${by.replace(/ \(link [^)]*\)$/, '')}, in een nulmeting.`
        : 'Van papier ingevoerd, in een nulmeting.',
  },
  score: {
    importance: 'Belang',
    presence: 'Aanwezigheid',
    comment: 'Opmerking',
    detail: (factor: string) => `van "${factor}"`,
    dontKnow: 'Weet niet',
    importanceOptions: ['1 – niet belangrijk', '2', '3', '4', '5 – heel belangrijk'],
    presenceOptions: ['1 – helemaal niet aanwezig', '2', '3', '4', '5 – volledig aanwezig'],
  },
  factor: {
    suggestion: 'Voorbeeld — pas aan of verwijder.',
    suggestionBasis: (basis: string) => `Eigen uitwerking van het stappenplan, op basis van: ${basis}.`,
    source: 'Bron:',
    own: 'Eigen factor van de partners.',
    ownCluster: 'Eigen factoren',
  },
  comparison: {
    show: 'Vergelijking en prioriteiten tonen',
    hide: 'Vergelijking en prioriteiten verbergen',
    heading: 'Vergelijking per factor',
    caption:
      'Gemiddelde scores per organisatie (1 = laag, 5 = hoog). Een verschil van 2 of meer tussen organisaties is gemarkeerd.',
    regionLabel: 'Vergelijkingstabel, scrolt horizontaal',
    factor: 'Factor',
    together: 'Samen',
    difference: 'Verschil tussen organisaties',
    importance: (v: string) => `Belang ${v}`,
    presence: (v: string) => `Aanwezig ${v}`,
    gap: (v: string) => `Kloof ${v}`,
    none: 'geen score',
    /** Stands for a mean that cannot be computed (nobody gave a score). */
    missing: '–',
    noDifference: 'Geen groot verschil',
    differs: (dims: string) => `Verschil van 2 of meer bij ${dims}`,
    dims: { importance: 'belang', presence: 'aanwezigheid' } as const,
    and: ' en ',
    nothingYet: 'Er zijn nog geen scores om te vergelijken. Voeg respondenten toe en vul hun scores in.',
    withoutPartner: (n: number) =>
      n === 1
        ? '1 respondent heeft geen organisatie gekozen en telt niet mee.'
        : `${n} respondenten hebben geen organisatie gekozen en tellen niet mee.`,
    explanation:
      'Kloof = belang min aanwezigheid. "Samen" is het gemiddelde van de organisaties; elke organisatie telt even zwaar, hoeveel mensen er ook scoorden.',
  },
  priorities: {
    heading: 'Prioriteiten',
    intro:
      'Een factor is een prioriteit als de kloof 2 of groter is, of als het belang 4 of hoger is terwijl de aanwezigheid 2 of lager is. De grootste kloof staat bovenaan.',
    none: 'Er zijn (nog) geen prioriteiten.',
    scores: (importance: string, presence: string, gap: string) =>
      `Belang ${importance}, aanwezigheid ${presence}, kloof ${gap}.`,
    alreadyPlanned: 'Er staat al een actie voor deze factor in het actieplan.',
    add: 'Actie toevoegen aan actieplan',
    addAnother: 'Nog een actie toevoegen aan actieplan',
    buttonLabel: (text: string, factor: string) => `${text}: ${factor}`,
    added: (factor: string) =>
      `Actie voor "${factor}" is toegevoegd aan het actieplan in stap 5. Vul daar aan wie de actie oppakt en wanneer.`,
    addedAgain: (factor: string) =>
      `Er stond al een actie voor "${factor}"; er is een tweede actie toegevoegd aan het actieplan in stap 5. Vul daar aan wie de actie oppakt en wanneer.`,
    actionWhat: (factor: string) => `Versterken: ${factor}`,
    actionIndicator: (presence: string) =>
      `Bij de volgende evaluatie scoren de partners de aanwezigheid hoger dan nu (${presence}).`,
  },
  /** What the tool's schema says about a value it cannot accept. */
  errors: {
    unknownFactor: 'Deze factor bestaat niet (meer) in dit dossier.',
    unknownFactors: (ids: string[]) =>
      `Er staan scores voor ${ids.length === 1 ? 'een factor' : 'factoren'} die niet (meer) in dit dossier ${ids.length === 1 ? 'bestaat' : 'bestaan'}: ${ids.join(', ')}. Voeg de eigen factor opnieuw toe of laat deze scores weg.`,
  },
};
