/**
 * Evaluation rounds in the app: the list, one round, everyone's own answers, paper forms, the
 * students' link and print view, step 4's baseline round. Professionals read "u"; the students'
 * page (`students`) says "je", as Dutch schools address pupils.
 */

const number = new Intl.NumberFormat('nl-NL');
const n = (value: number) => number.format(value);

/** "1 maart 2027", from a calendar date (YYYY-MM-DD) as it is: no time zone can shift it. */
const day = (date: string) => {
  const t = Date.parse(`${date}T12:00:00Z`);
  return Number.isNaN(t)
    ? date
    : new Date(t).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

/** "1 maart 2027 om 14:03", a moment as it was in the Netherlands. */
const moment = (iso: string) => {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const date = t.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  const time = t.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  return `${date} om ${time}`;
};

/** Who did something, as the audit trail names them, without the link's id (no ids for people to read). */
const actor = (who: string) => who.replace(/ \(link [^)]*\)$/, '');

const answered = (responded: number, invitees: number) =>
  `${n(responded)} van ${n(invitees)} ${invitees === 1 ? 'uitgenodigde heeft' : 'uitgenodigden hebben'} geantwoord`;

const paperCount = (count: number) => (count === 1 ? '1 papieren formulier' : `${n(count)} papieren formulieren`);

export const roundsNl = {
  day,
  moment,
  actor,
  /** The name of a round wherever it is shown: its number once held, its date while planned. */
  name: (r: { kind: 'evaluatie' | 'nulmeting'; number: number | null; plannedOn: string }) =>
    r.kind === 'nulmeting'
      ? r.number
        ? `Nulmeting ${r.number}`
        : `Nulmeting van ${day(r.plannedOn)}`
      : r.number
        ? `Evaluatieronde ${r.number}`
        : `Evaluatieronde van ${day(r.plannedOn)}`,
  /** A button's accessible name: its visible text first, then which round it is about. */
  about: (action: string, round: string) => `${action}: ${round}`,
  states: { gepland: 'Gepland', open: 'Open', gesloten: 'Gesloten' },
  focus: {
    label: 'Soort evaluatie',
    hint: 'Deze indeling komt uit de Toolkit Evidence Based Werken.',
    none: 'Nog niet gekozen',
    options: [
      { value: 'plan', label: 'Planevaluatie: past de aanpak bij de doelen?' },
      { value: 'proces', label: 'Procesevaluatie: gaat het zoals afgesproken?' },
      { value: 'effect', label: 'Effectevaluatie: merken leerlingen en school verschil?' },
    ],
    short: { plan: 'Planevaluatie', proces: 'Procesevaluatie', effect: 'Effectevaluatie' },
    save: 'Soort opslaan',
    saved: 'De soort evaluatie is opgeslagen.',
  },
  progress: {
    answered,
    withPaper: (responded: number, invitees: number, paper: number) =>
      paper > 0 ? `${answered(responded, invitees)}, en ${paperCount(paper)} ingevoerd` : answered(responded, invitees),
    students: (count: number) =>
      count === 1 ? '1 leerling heeft de vragenlijst ingevuld' : `${n(count)} leerlingen hebben de vragenlijst ingevuld`,
  },

  list: {
    title: 'Evaluatierondes',
    intro:
      'In een evaluatieronde vult iedereen met een link voor zichzelf de tussentijdse evaluatie in. Daarna ziet u samen hoe de samenwerking gaat en waar u moet bijsturen. De rondes staan gepland volgens het schema van stap 10.',
    loading: 'Rondes worden geladen…',
    loadFailed: 'De rondes konden niet worden geladen.',
    notYet:
      'Evaluatierondes houdt u zodra elke partner de overeenkomst heeft getekend. Tot die tijd kunt u in stap 4 een nulmeting houden, waarbij iedereen zelf de werkzame factoren scoort.',
    openTitle: 'Open rondes',
    plannedTitle: 'Geplande rondes',
    closedTitle: 'Gesloten rondes',
    baselineTitle: 'Nulmetingen (stap 4)',
    none: 'Nog geen rondes gepland.',
    noneOpen: 'Er is nu geen ronde open.',
    plannedOn: (date: string) => `Gepland op ${day(date)}`,
    byHand: 'Met de hand toegevoegd of verzet',
    openedOn: (at: string) => `Geopend op ${moment(at)}`,
    closedOn: (at: string) => `Gesloten op ${moment(at)}`,
    toRound: 'Naar de ronde',
    answerNow: 'Mijn antwoorden invullen',
    results: 'Resultaten bekijken',
    move: 'Datum verzetten',
    moveLabel: 'Nieuwe datum',
    moveSave: 'Datum opslaan',
    moved: (date: string) => `De ronde staat nu gepland op ${day(date)}.`,
    remove: 'Verwijderen',
    removed: (date: string) => `De geplande ronde van ${day(date)} is verwijderd.`,
    open: 'Ronde openen',
    opened: (name: string) => `${name} is geopend. Iedereen met een link kan nu zijn antwoorden invullen.`,
    addTitle: 'Een ronde toevoegen',
    addHint: 'Bijvoorbeeld een extra evaluatie na een incident of een wisseling van personeel.',
    addDate: 'Datum van de ronde',
    addSubmit: 'Ronde toevoegen',
    added: (date: string) => `Er staat een ronde gepland op ${day(date)}.`,
    busy: 'Bezig…',
  },

  confirm: {
    cancel: 'Annuleren',
    removeTitle: 'Geplande ronde verwijderen?',
    removeBody: (date: string) =>
      `De ronde van ${day(date)} verdwijnt uit de planning en uit de agenda. Er zijn nog geen antwoorden, dus er gaat niets verloren. U kunt later altijd een ronde toevoegen.`,
    removeConfirm: 'Ja, ronde verwijderen',
    closeTitle: 'Ronde sluiten?',
    closeBody: (progress: string) =>
      `${progress}. Na het sluiten liggen alle antwoorden voorgoed vast: niemand kan ze nog wijzigen of aanvullen, ook de leerlingen niet. Daarna komen de resultaten beschikbaar voor alle partners.`,
    closeBaselineBody: (progress: string) =>
      `${progress}. Na het sluiten liggen alle scores voorgoed vast en komen ze als respondenten in stap 4. Daar kunt u ze vergelijken met elkaar.`,
    closeConfirm: 'Ja, ronde sluiten',
    newStudentLinkTitle: 'Nieuwe link voor leerlingen maken?',
    newStudentLinkBody:
      'De link die u eerder maakte, werkt dan niet meer. Antwoorden die leerlingen al gaven, blijven meetellen. Deel daarna de nieuwe link of QR-code.',
    newStudentLinkConfirm: 'Ja, nieuwe link maken',
    removePaperTitle: 'Papieren formulier verwijderen?',
    removePaperBody: (person: string) =>
      `De ingevoerde antwoorden van ${person} worden verwijderd. Dat kan niet ongedaan worden gemaakt.`,
    removePaperConfirm: 'Ja, formulier verwijderen',
  },

  round: {
    loading: 'Ronde wordt geladen…',
    loadFailed: 'Deze ronde kon niet worden geladen.',
    back: 'Alle evaluatierondes',
    onThisPage: 'Op deze pagina',
    backToStep4: 'Terug naar stap 4',
    stateLabel: 'Status',
    plannedLabel: 'Gepland op',
    openedLabel: 'Geopend',
    closedLabel: 'Gesloten',
    countLabel: 'Geantwoord',
    by: (at: string, who: string | null) => (who ? `${moment(at)}, door ${actor(who)}` : moment(at)),
    plannedIntro: (date: string) =>
      `Deze ronde staat gepland op ${day(date)}. Open hem zodra u wilt beginnen: daarna kan iedereen met een link zijn antwoorden invullen.`,
    plannedReadOnly:
      'Deze ronde is nog niet geopend. Zodra iemand met een link om te bewerken hem opent, kunt u uw antwoorden invullen.',
    openIntro:
      'Iedereen met een link naar dit dossier vult hier voor zichzelf in hoe de samenwerking gaat. Uw antwoorden worden vanzelf bewaard. Zolang de ronde open is, ziet u alleen uw eigen antwoorden, en hoeveel anderen al hebben geantwoord.',
    openBaselineIntro:
      'Iedereen met een link naar dit dossier scoort hier voor zichzelf de werkzame factoren. Uw scores worden vanzelf bewaard. Zolang de nulmeting open is, ziet u alleen uw eigen scores.',
    closedIntro: (at: string) =>
      `Deze ronde is gesloten op ${moment(at)}. De antwoorden liggen vast en worden bewaard; niemand kan ze nog wijzigen.`,
    closedBaselineIntro: (at: string) =>
      `Deze nulmeting is gesloten op ${moment(at)}. De scores staan als respondenten in stap 4.`,
    close: 'Ronde sluiten',
    closeHint: 'Alleen de eigenaar van het dossier kan de ronde sluiten. Daarna liggen de antwoorden vast.',
    closed: 'De ronde is gesloten. De antwoorden liggen nu vast.',
    closedBaseline: 'De nulmeting is gesloten. De scores staan nu in stap 4.',
    results: 'Resultaten van deze ronde bekijken',
    toStep4: 'Naar de scores in stap 4',
    notFound: 'Deze ronde bestaat niet (meer).',
  },

  sheet: {
    title: 'Mijn antwoorden',
    baselineTitle: 'Mijn scores',
    readOnly: 'De ronde is gesloten. Dit zijn uw antwoorden zoals ze zijn bewaard.',
    /** The same person saved these answers elsewhere meanwhile (another window or device). */
    conflict: {
      conflictTitle: 'Uw antwoorden zijn ook ergens anders gewijzigd',
      conflictIntro:
        'U hebt deze antwoorden intussen ook in een ander venster of op een ander apparaat bewaard. Wat maar op één plek is gewijzigd, is samengevoegd. Kies hieronder per vraag welke versie blijft.',
      theirs: 'Versie uit het andere venster',
      takeTheirs: 'Versie uit het andere venster overnemen',
    },
    late: 'Wat u het laatst invulde, kon niet meer worden bewaard: de ronde werd intussen gesloten. Hieronder staan uw antwoorden zoals ze zijn bewaard.',
    notOpen: 'U kunt uw antwoorden invullen zodra de ronde open is.',
    loading: 'Uw antwoorden worden geladen…',
    loadFailed: 'Uw antwoorden konden niet worden geladen.',
    nothingGiven: 'U hebt in deze ronde geen antwoorden gegeven.',
    name: { label: 'Uw naam of functie', hint: 'Zo weten de partners van wie de antwoorden zijn.' },
    allOptional: 'Geen enkele vraag is verplicht: vul in wat u weet of vindt. Wat u invult, wordt vanzelf bewaard.',
    done: 'Klaar',
    doneHint: 'U kunt uw antwoorden blijven aanpassen zolang de ronde open is.',
    completed: 'U hebt aangegeven dat u klaar bent. U kunt uw antwoorden nog aanpassen zolang de ronde open is.',
    completeFailed: 'Uw antwoorden konden niet als klaar worden bewaard.',
    vision: {
      legend: 'Visie en doelen',
      hint: 'Staat u nog achter wat de partners in stap 4 samen hebben afgesproken?',
      text: 'De gezamenlijke visie:',
      none: 'In stap 4 staat nog geen visie.',
      behind: 'Staat u nog achter deze visie?',
    },
    goals: {
      none: 'In stap 4 staan nog geen doelen.',
      indicator: (text: string) => `Zo meten we het: ${text}`,
      noIndicator: 'Bij dit doel staat nog geen indicator.',
      measured: 'Hoe staat het ervoor? Wat ziet u nu?',
      behind: 'Staat u nog achter dit doel?',
      untitled: (i: number) => `Doel ${i + 1} (nog zonder omschrijving)`,
    },
    works: [
      { value: 'ja', label: 'Ja' },
      { value: 'deels', label: 'Deels' },
      { value: 'nee', label: 'Nee' },
    ],
    factors: {
      legend: 'Werkzame factoren: hoe aanwezig zijn ze nu?',
      hint: 'Geef per factor aan hoe aanwezig die nu is, volgens u: 1 is nauwelijks, 5 is helemaal. Onder elke factor staat de nulmeting uit stap 4.',
      none: 'Er zijn geen werkzame factoren om te scoren.',
    },
    knelpunten: {
      legend: 'Knelpunten',
      hint: 'Waar loopt de samenwerking op vast? Schrijf bij elk knelpunt een mogelijke oplossing.',
      row: (i: number) => `Knelpunt ${i + 1}`,
      add: 'Knelpunt toevoegen',
      empty: 'Nog geen knelpunten.',
      knelpunt: 'Wat is het knelpunt?',
      oplossing: 'Wat zou helpen?',
    },
    more: { legend: 'Tops, tips en invloeden van buiten' },
    newActions: {
      legend: 'Ideeën voor nieuwe acties',
      hint: 'Wat zou de samenwerking anders of extra moeten doen? Na het sluiten kunnen de partners ideeën in het actieplan zetten.',
    },
  },

  paper: {
    title: 'Papieren formulieren',
    loading: 'Papieren formulieren worden geladen…',
    intro:
      'Heeft iemand de evaluatie op papier ingevuld? Neem de antwoorden hier over. Ze tellen mee als antwoorden van die persoon en blijven gemarkeerd als "van papier".',
    none: 'U hebt in deze ronde nog geen papieren formulieren ingevoerd.',
    add: 'Papieren formulier invoeren',
    newTitle: 'Nieuw papieren formulier',
    partner: { label: 'Van welke organisatie is deze persoon?' },
    person: {
      label: 'Naam of functie van wie het formulier invulde',
      hint: 'Bijvoorbeeld: mentor leerjaar 2, of Sanne de Vries.',
    },
    start: 'Antwoorden overnemen',
    entryOf: (person: string, partner: string) => `${person} (${partner}), van papier`,
    edit: 'Antwoorden bewerken',
    view: 'Antwoorden bekijken',
    remove: 'Verwijderen',
    removed: (person: string) => `Het papieren formulier van ${person} is verwijderd.`,
    unsent: 'nog niet verstuurd',
    pageTitle: (person: string, partner: string) => `Papieren formulier van ${person} (${partner})`,
    pageIntro:
      'U neemt de antwoorden over van een papieren formulier. Ze worden vanzelf bewaard en tellen mee als antwoorden van deze persoon, gemarkeerd als "van papier".',
    unknown: 'Dit papieren formulier is niet gevonden. Misschien is het verwijderd.',
    back: 'Terug naar de ronde',
    who: 'Van wie is dit formulier?',
    unknownPartner: 'onbekende organisatie',
    nobody: 'iemand zonder naam',
  },

  studentsSection: {
    title: 'Leerlingen',
    intro:
      'Leerlingen vullen anoniem een korte vragenlijst in op hun telefoon: vier vragen met ja of nee, en wat ze van de jongerenwerkers zouden willen. Er wordt geen naam, geen vrije tekst en geen IP-adres bewaard. De partners zien alleen aantallen en percentages.',
    baseline: 'Bij een nulmeting doen geen leerlingen mee.',
    none: 'Er is nog geen link voor leerlingen.',
    make: 'Link voor leerlingen maken',
    remake: 'Nieuwe link voor leerlingen maken',
    made: 'De link voor leerlingen is gemaakt. Deel hem, of laat de QR-code zien in de klas.',
    linkLabel: 'Link voor leerlingen',
    otherBrowser:
      'De link voor leerlingen is in een andere browser gemaakt en daar bewaard. Wilt u hem hier laten zien? Maak dan een nieuwe link; de oude werkt dan niet meer.',
    qrAlt: 'QR-code met de link naar de vragenlijst voor leerlingen',
    print: 'Afdrukken voor in de klas',
    closed: 'De ronde is gesloten: de vragenlijst voor leerlingen is dicht.',
    notOpen: 'Leerlingen kunnen de vragenlijst invullen zodra de ronde open is.',
  },

  print: {
    title: 'Vragenlijst voor leerlingen afdrukken',
    intro: 'Druk deze pagina af op A4, of laat hem zien op het digibord. Alleen het kader hieronder komt op papier.',
    button: 'Afdrukken',
    noLink:
      'In deze browser is geen link voor leerlingen bewaard. Maak op de pagina van de ronde een link; daarna kunt u hem hier afdrukken.',
    /** What the printed sheet says to students ("je"). */
    sheetTitle: 'Wat vind jij van het jongerenwerk op school?',
    sheetScan: 'Scan de code met de camera van je telefoon.',
    sheetOr: 'Of typ dit adres over:',
    sheetAnonymous: 'Het duurt een minuut. Je naam wordt niet gevraagd.',
    back: 'Terug naar de ronde',
  },

  baseline: {
    title: 'Iedereen zelf laten scoren',
    intro:
      'In plaats van alle scores hier over te typen, kan iedereen met een link de factoren zelf scoren. Wie een papieren formulier invulde, kunt u op de pagina van de nulmeting invoeren. Als de eigenaar de nulmeting sluit, komen alle scores hier bij de respondenten.',
    start: 'Laat iedereen zelf scoren',
    started: 'De nulmeting is geopend. Vraag de partners om hun eigen scores in te vullen via de link die ze van u hebben.',
    open: (progress: string) => `Er loopt een nulmeting: ${progress}.`,
    toRound: 'Naar de nulmeting: zelf scoren en papieren formulieren',
    closedOn: (at: string) => `Nulmeting gesloten op ${moment(at)}.`,
    notNow: 'Een nulmeting kan alleen zolang de tekst van de overeenkomst nog wordt opgesteld.',
    readOnly: 'Met een link om te lezen kunt u meedoen aan een nulmeting die al loopt.',
    loading: 'Nulmetingen worden geladen…',
  },

  /** The students' page: what students read, so it says "je". */
  students: {
    heading: 'Vragenlijst over het jongerenwerk',
    loading: 'De vragenlijst wordt geladen…',
    noToken: 'Open de vragenlijst via de link of QR-code die je hebt gekregen.',
    notOpen: 'Deze vragenlijst is nu niet open. Vraag je docent of mentor wanneer je hem kunt invullen.',
    already: 'Je hebt deze vragenlijst al ingevuld. Bedankt!',
    answerLegend: 'Je antwoord',
    send: 'Versturen',
    sending: 'Je antwoorden worden verstuurd…',
    thanksTitle: 'Bedankt!',
    thanks: 'Je antwoorden zijn verstuurd. Je kunt deze pagina nu sluiten.',
    failed: 'Het versturen lukte niet. Je antwoorden staan er nog: probeer het zo nog een keer.',
    network: 'Je telefoon heeft nu geen verbinding. Je antwoorden staan er nog: probeer het zo nog een keer.',
    retry: 'Nog een keer proberen',
    loadFailed: 'De vragenlijst kon niet worden geladen. Probeer het zo nog een keer.',
  },
};
