/**
 * Texts of the evaluation report ("Evaluatieverslag ronde n"): the words the report adds around the
 * results. The names of the measures come from the domain (evaluationNl.measures), the labels of the
 * evaluation list from its tool's copy. Readers are council members and school boards: plain Dutch, "u".
 */
const plural = (n: number, one: string, more: string) => (n === 1 ? one : more);
/** A measure's name inside a sentence: its first letter small, without a full stop of its own. */
const inSentence = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`.replace(/\.$/, '');

export const reportCopy = {
  documentTitle: 'Evaluatieverslag',
  title: (n: number | null) => (n === null ? 'Evaluatieverslag' : `Evaluatieverslag ronde ${n}`),
  roundLabel: (n: number | null) => (n === null ? 'Ronde' : `Ronde ${n}`),
  running: (n: number | null, title: string) => `Evaluatieverslag ronde ${n ?? ''} — ${title}`,
  edition: (closed: string) => `Ronde gesloten op ${closed}`,
  fileName: (round: string, slug: string) => `evaluatieverslag-${round}-${slug}.pdf`,
  fileRound: (n: number | null, date: string) => (n === null ? date : `ronde-${n}`),
  metadata: {
    author: (gemeente: string) => `${gemeente} / Samenwerkwijzer`,
    subject: (n: number | null, title: string) => `Evaluatieverslag ronde ${n ?? ''} van de samenwerking “${title}”`,
  },

  cover: {
    subtitle: 'Hoe gaat de samenwerking tussen jongerenwerk, school en gemeente?',
    facts: 'Over deze ronde',
    dossier: 'Samenwerking',
    gemeente: 'Gemeente',
    round: 'Ronde',
    date: 'Datum van de ronde',
    closedAt: 'Gesloten op',
    focus: 'Soort evaluatie',
    answered: 'Wie antwoordden',
    answeredValue: (responded: number, invitees: number, paper: number) =>
      `${responded} van de ${invitees} uitgenodigden` +
      (paper > 0 ? `, en ${paper} ${plural(paper, 'papieren formulier', 'papieren formulieren')}` : ''),
    students: 'Leerlingen',
    studentsValue: (n: number) => `${n} ${plural(n, 'leerling vulde', 'leerlingen vulden')} de korte vragenlijst in`,
    noStudents: 'geen peiling gehouden',
    generatedAt: 'Gemaakt op',
    perOrganisation: 'Antwoorden per organisatie',
    organisationColumns: { name: 'Organisatie', kind: 'Soort', n: 'Aantal personen' },
  },

  toc: 'Inhoud',
  sections: {
    summary: 'Samenvatting',
    questions: 'Antwoorden per vraag',
    factors: 'Werkzame factoren tegenover de nulmeting',
    texts: 'Wat de partners zeggen',
    reach: 'Bereik',
    actions: 'Voortgang van de acties',
    goals: 'Doelen en visie',
    students: 'Leerlingen',
    trends: 'Ontwikkeling over de rondes',
    about: 'Over dit verslag',
  },

  summary: {
    response: (responded: number, invitees: number, percent: string, paper: number) =>
      `${responded} van de ${invitees} uitgenodigden vulden de vragenlijst in (${percent})` +
      (paper > 0
        ? `; daarnaast ${plural(paper, 'is 1 papieren formulier', `zijn ${paper} papieren formulieren`)} ingevoerd.`
        : '.'),
    noAnswers: 'Niemand heeft de vragenlijst van deze ronde ingevuld.',
    differences: (n: number, which: string) =>
      `Bij ${n} ${plural(n, 'vraag liggen', 'vragen liggen')} de gemiddelden van de partners 2 punten of meer uit elkaar: ${which}. Bespreek dat samen.`,
    moreDifferences: (n: number) => `nog ${n} andere`,
    noDifferences: 'Bij geen enkele vraag liggen de gemiddelden van de partners 2 punten of meer uit elkaar.',
    presence: (now: string, baseline: string) =>
      `De werkzame factoren zijn nu gemiddeld ${now} aanwezig (op een schaal van 1 tot 5), tegen ${baseline} bij de nulmeting in stap 4.`,
    presenceNoBaseline: (now: string) =>
      `De werkzame factoren zijn nu gemiddeld ${now} aanwezig (op een schaal van 1 tot 5). Er is geen nulmeting om mee te vergelijken.`,
    mostImproved: (factor: string, change: string) => `De grootste vooruitgang: ${factor} (${change}).`,
    visionAll: 'Iedereen die antwoordde staat nog achter de visie.',
    vision: (ja: number, n: number, deels: number, nee: number) =>
      `${ja} van de ${n} staan nog helemaal achter de visie, ${deels} gedeeltelijk en ${nee} niet.`,
    goals: (all: number, total: number) =>
      `Bij ${all} van de ${total} ${plural(total, 'doel', 'doelen')} staat iedereen die antwoordde er nog achter.`,
    actions: (done: number, total: number, percent: string, overdue: number) =>
      `${done} van de ${total} acties uit het actieplan ${plural(done, 'is', 'zijn')} gereed (${percent})` +
      (overdue > 0 ? `; ${overdue} ${plural(overdue, 'actie is', 'acties zijn')} over de uiterste datum.` : '.'),
    noActions: 'Het actieplan heeft nog geen acties.',
    knelpunten: (n: number, solved: number) =>
      `Er ${plural(n, 'is 1 knelpunt', `zijn ${n} knelpunten`)} genoemd, ${solved} met een voorstel voor een oplossing.`,
    students: (n: number, visible: string) =>
      `${n} ${plural(n, 'leerling vulde', 'leerlingen vulden')} de korte vragenlijst in; ${visible} ziet de jongerenwerkers op school.`,
    since: (previous: string, changes: string) => `Vergeleken met ${inSentence(previous)}: ${changes}.`,
    change: (measure: string, from: string, to: string) => `${inSentence(measure)} van ${from} naar ${to}`,
  },

  questions: {
    intro:
      'Per vraag het gemiddelde van iedereen die antwoordde, de spreiding (de laagste en de hoogste score) en daarnaast het gemiddelde per organisatie. Tussen haakjes staat steeds hoeveel mensen antwoordden.',
    presence: 'Hoe aanwezig zijn de werkzame factoren?',
    experience: 'Hoe ervaren de betrokkenen de samenwerking?',
    choices: 'Werken de afspraken?',
    none: 'In deze ronde heeft niemand een vraag met een score of met ja, deels of nee beantwoord.',
    columns: {
      question: 'Vraag',
      factor: 'Werkzame factor',
      everyone: 'Iedereen',
      spread: 'Spreiding',
      yes: 'Ja',
      partly: 'Deels',
      no: 'Nee',
      percentYes: 'Ja (%)',
    },
    differenceMark: 'Let op: organisaties liggen 2 of meer uit elkaar',
    partnerMean: (mean: string, n: number) => `${mean} (${n})`,
    choiceCounts: (ja: number, deels: number, nee: number) =>
      [ja ? `${ja} ja` : '', deels ? `${deels} deels` : '', nee ? `${nee} nee` : ''].filter(Boolean).join(', '),
    scoreNote:
      'Scores van 1 (nauwelijks of slecht) tot en met 5 (helemaal of uitstekend); "weet niet" telt niet mee. Spreiding: de laagste en de hoogste score. Gemarkeerd met "Let op": de gemiddelden van de organisaties liggen 2 punten of meer uit elkaar. Bespreek die vragen samen, zoals in stap 4.',
    experienceNote: 'Cijfers van 1 (slecht) tot en met 5 (uitstekend); verder zoals bij de tabel hierboven.',
    choiceNote: 'Aantal antwoorden ja, deels en nee; per organisatie staat wat de mensen van die organisatie antwoordden.',
  },

  factors: {
    intro:
      'Hoe aanwezig de werkzame factoren nu zijn, naast de nulmeting uit stap 4. Een plus betekent dat de factor nu sterker aanwezig is dan bij de nulmeting.',
    columns: { factor: 'Werkzame factor', baseline: 'Nulmeting (stap 4)', now: 'Deze ronde', change: 'Verandering' },
    none: 'Er zijn in deze ronde geen scores voor werkzame factoren gegeven.',
  },

  texts: {
    intro:
      'Wat de mensen die antwoordden zelf opschreven, met wie het zei. Dezelfde tekst van meer mensen staat er één keer, met alle namen.',
    tops: 'Tops: wat gaat goed?',
    tips: 'Tips: wat kan beter?',
    knelpunten: 'Knelpunten en voorgestelde oplossingen',
    knelpuntColumns: { knelpunt: 'Knelpunt', oplossing: 'Voorgestelde oplossing', who: 'Genoemd door' },
    noSolution: 'nog geen oplossing genoemd',
    externalFactors: 'Invloeden van buiten',
    agreementNotes: 'Toelichting bij de afspraken',
    signalNotes: 'Toelichting bij de afspraken over signalen',
    experienceNotes: (perspective: string) => `Toelichting bij de ervaring van: ${inSentence(perspective)}`,
    newActions: 'Voorgestelde nieuwe acties',
    newActionColumns: { what: 'Actie', lead: 'Trekker', deadline: 'Uiterste datum', who: 'Voorgesteld door' },
    none: 'In deze ronde is geen tekst ingevuld.',
  },

  quoteMark: '“',
  /** After a quote: who said it. */
  quoteBy: (who: string) => ` — ${who}`,
  who: {
    person: (person: string, organisation: string) => (organisation ? `${person} (${organisation})` : person),
    paper: (who: string) => `${who}, papieren formulier`,
    /** Several people of one organisation. */
    organisation: (organisation: string, names: string) => `${organisation}: ${names}`,
    nameless: 'iemand zonder naam',
    inListPaper: (name: string) => `${name} (papieren formulier)`,
  },

  reach: {
    intro:
      'Het bereik zoals de mensen die antwoordden het opgaven: per vraag het gemiddelde van hun antwoorden en de spreiding (de laagste en de hoogste opgave).',
    none: 'In deze ronde zijn geen bereikcijfers opgegeven.',
  },

  actions: {
    progress: (done: number, total: number, percent: string, overdue: number) =>
      `${done} van de ${total} acties ${plural(done, 'is', 'zijn')} gereed (${percent}). ${overdue === 0 ? 'Geen enkele actie is over de uiterste datum.' : `${overdue} ${plural(overdue, 'actie is', 'acties zijn')} over de uiterste datum en nog niet gereed.`}`,
    none: 'Het actieplan had bij deze ronde nog geen acties.',
    columns: { number: 'Nr.', what: 'Actie', status: 'Status', deadline: 'Uiterste datum', reported: 'Volgens de invullers' },
    overdue: 'over de uiterste datum',
    reported: (label: string, n: number) => `${label}: ${n}`,
    untitled: (i: number) => `Actie ${i} (zonder omschrijving)`,
    wentWell: (action: string) => `Wat ging goed bij: ${action}`,
    couldBeBetter: (action: string) => `Wat kan beter bij: ${action}`,
  },

  goals: {
    intro: 'Staan de partners nog achter de visie en de doelen uit stap 4? Per organisatie wat de mensen die antwoordden zeiden.',
    behindTitle: 'Staan de partners er nog achter?',
    columns: { topic: 'Waarover', everyone: 'Iedereen ja?' },
    vision: 'De visie (stap 4)',
    goal: (goal: string) => `Doel: ${goal}`,
    everyone: 'Ja',
    notEveryone: 'Nee',
    nobody: 'geen antwoorden',
    indicator: 'Indicator',
    noIndicator: 'geen indicator vastgelegd',
    measured: 'Gemeten in deze ronde',
    notMeasured: 'In deze ronde heeft niemand een meting bij dit doel ingevuld.',
    none: 'Stap 4 heeft geen doelen.',
  },

  students: {
    intro: (n: number) =>
      `${n} ${plural(n, 'leerling vulde', 'leerlingen vulden')} de korte vragenlijst in. Leerlingen geven geen naam op; hier staan alleen aantallen en percentages.`,
    none: 'Bij deze ronde is geen peiling onder leerlingen gehouden.',
    columns: { question: 'Vraag', yes: 'Ja', no: 'Nee', dontKnow: 'Weet ik niet', unanswered: 'Geen antwoord' },
    cell: (count: number, percent: string) => `${count} (${percent})`,
    needsTitle: (question: string) => `Wat leerlingen kozen bij: “${question}”`,
    needColumns: { need: 'Keuze', count: 'Aantal', percent: 'Van alle leerlingen' },
    needsNote: 'Leerlingen konden meer dan één keuze maken; de percentages tellen daarom niet op tot 100%.',
  },

  trends: {
    intro: (rounds: number) =>
      rounds === 1
        ? 'Dit is de eerste gesloten ronde. De lijnen groeien met elke volgende ronde; waar een nulmeting is, staat die vooraan.'
        : `De belangrijkste cijfers van de ${rounds} gesloten rondes tot en met deze, met de nulmeting van stap 4 vooraan waar die er is. Onder elke grafiek staan dezelfde cijfers in een tabel.`,
    charts: {
      response: 'Respons en acties gereed',
      students: 'Leerlingen die ja zeiden',
      experience: 'Ervaring van de betrokkenen (1 tot en met 5)',
      presence: 'Werkzame factoren: gemiddelde aanwezigheid (1 tot en met 5)',
      reach: 'Bereik, gemiddeld per invuller',
      behind: 'Staan nog achter visie en doelen',
      agreements: 'Afspraken die werken',
    },
    presenceMean: 'Gemiddelde van alle werkzame factoren',
    measure: 'Maat',
    oneMeasurement: 'Nog maar één meting: de lijn verschijnt vanaf de volgende ronde.',
    rose: (measure: string, from: string, to: string) => `Sterkste stijging: ${inSentence(measure)}, van ${from} naar ${to}.`,
    fell: (measure: string, from: string, to: string) => `Sterkste daling: ${inSentence(measure)}, van ${from} naar ${to}.`,
    steady: 'De cijfers zijn gelijk gebleven.',
    none: 'Er zijn nog geen cijfers om een ontwikkeling te laten zien.',
  },

  about: {
    text: (generated: string) =>
      `Dit verslag is gemaakt op ${generated} uit de antwoorden van de gesloten ronde in Samenwerkwijzer. Antwoorden kunnen na het sluiten niet meer veranderen; wie antwoordde en wanneer staat in het logboek van het dossier. Gemiddelden zijn afgerond op één decimaal, percentages op hele procenten.`,
  },

  emptyValue: '–',
  signed: (n: string) => (n.startsWith('-') ? `−${n.slice(1)}` : `+${n}`),
};
