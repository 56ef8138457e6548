/**
 * The results of a closed evaluation round in the app, its charts, the trends page, and what a team
 * does next from a round: the report, "In het actieplan zetten", "Wijziging voorstellen". The tables
 * and sentences the app shares with the evaluation report keep their words in the report's copy.
 */

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const plural = (count: number, one: string, more: string) => (count === 1 ? one : more);
/** A measure's name inside a sentence: its first letter small. */
const inSentence = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

export const resultsNl = {
  title: (round: string) => `Resultaten: ${round}`,
  loading: 'Resultaten worden geladen…',
  loadFailed: 'De resultaten konden niet worden geladen.',
  backToRound: 'Terug naar de ronde',
  toTrends: 'Ontwikkeling over alle rondes bekijken',
  intro:
    'Zo hebben de partners deze ronde beantwoord. Onder elke grafiek staan dezelfde cijfers in een tabel. Verschillen van 2 punten of meer tussen organisaties staan erbij in woorden: bespreek die samen.',
  notClosed: (progress: string) =>
    `Deze ronde is nog open. De resultaten komen beschikbaar zodra de eigenaar de ronde sluit; tot die tijd ziet niemand de antwoorden van anderen. Nu: ${progress}.`,
  notOpened: 'Deze ronde is nog niet geopend. Er zijn dus nog geen resultaten.',
  baseline: 'De scores van een nulmeting staan in stap 4, bij de werkzame factoren. Daar ziet u ze per organisatie naast elkaar.',

  charts: {
    loading: 'Grafiek wordt geladen…',
    /** What a screen reader hears for the chart itself: the figures follow in the table. */
    tableFollows: 'Dezelfde cijfers staan in de tabel onder de grafiek.',
    experience: {
      title: 'Ervaring per organisatie (cijfer van 1 tot en met 5)',
      summary: (best: string, bestMean: string, worst: string, worstMean: string) =>
        best === worst
          ? `Gemiddeld geven de invullers ${bestMean} voor ${inSentence(best)}.`
          : `Het hoogst gewaardeerd: ${inSentence(best)} (${bestMean}). Het laagst: ${inSentence(worst)} (${worstMean}).`,
      differences: (count: number) =>
        `Bij ${count} ${plural(count, 'vraag liggen', 'vragen liggen')} de organisaties 2 punten of meer uit elkaar.`,
      none: 'In deze ronde heeft niemand de ervaring met een cijfer beoordeeld.',
    },
    factors: {
      title: 'Werkzame factoren: nulmeting en nu (1 tot en met 5)',
      baseline: 'Nulmeting (stap 4)',
      now: 'Deze ronde',
      summary: (now: string, baseline: string | null) =>
        baseline === null
          ? `De werkzame factoren zijn nu gemiddeld ${now} aanwezig. Er is geen nulmeting om mee te vergelijken.`
          : `De werkzame factoren zijn nu gemiddeld ${now} aanwezig, tegen ${baseline} bij de nulmeting.`,
      up: (count: number) => `${count} ${plural(count, 'factor is', 'factoren zijn')} sterker aanwezig dan bij de nulmeting.`,
      down: (count: number) => `${count} ${plural(count, 'factor is', 'factoren zijn')} minder aanwezig.`,
    },
    students: {
      title: 'Antwoorden van leerlingen (in procenten)',
      summary: (count: number, parts: string) =>
        `${n(count)} ${plural(count, 'leerling vulde', 'leerlingen vulden')} de vragenlijst in. Ja zeiden: ${parts}.`,
      part: (question: string, percent: string) => `${inSentence(question)} ${percent}`,
      yes: 'Ja',
      no: 'Nee',
      dontKnow: 'Weet ik niet',
      unanswered: 'Geen antwoord',
    },
  },

  next: {
    title: 'Van resultaten naar actie',
    report: 'Evaluatieverslag downloaden',
    reportHint:
      'Een PDF met alle resultaten, grafieken, de leerlingen en de acties, voor bijvoorbeeld de gemeenteraad of het schoolbestuur.',
    reportBusy: 'Het verslag wordt gemaakt…',
    reportDone: 'Het evaluatieverslag is gedownload.',
    busy: 'Bezig…',
  },

  plan: {
    title: 'In het actieplan zetten',
    intro: (version: number | null) =>
      `Kies welke knelpunten en ideeën uit deze ronde een actie in het actieplan worden. Ze komen erin als voorgestelde actie${version === null ? '' : ` ("nieuw sinds versie ${version}")`} en gaan mee in het concept van de volgende wijziging van de overeenkomst.`,
    loading: 'Knelpunten en ideeën worden geladen…',
    loadFailed: 'De knelpunten en ideeën konden niet worden geladen.',
    none: 'In deze ronde zijn geen knelpunten met een oplossing en geen ideeën voor nieuwe acties genoemd.',
    legend: 'Wat wilt u in het actieplan zetten?',
    kinds: { knelpunt: 'Oplossing voor een knelpunt', 'nieuwe-actie': 'Idee voor een nieuwe actie' },
    knelpunt: (knelpunt: string) => `Knelpunt: ${knelpunt}`,
    by: (who: string) => `Genoemd door ${who}`,
    already: 'Staat al in het actieplan.',
    submit: 'Gekozen punten in het actieplan zetten',
    chooseFirst: 'Kies eerst minstens één punt om in het actieplan te zetten.',
    added: (count: number) =>
      count === 0
        ? 'Er is niets toegevoegd: deze punten stonden al in het actieplan.'
        : `${count} ${plural(count, 'actie is', 'acties zijn')} toegevoegd aan het actieplan.`,
    toPlan: 'Naar het actieplan',
    readOnly: 'Met een link om te lezen kunt u niets in het actieplan zetten.',
    notNow: 'Nu de overeenkomst niet meer geldt, kunt u geen acties meer toevoegen.',
  },

  amend: {
    title: 'Wijziging voorstellen',
    intro:
      'Moet de overeenkomst zelf anders, bijvoorbeeld door nieuwe acties of andere afspraken? Start dan een wijziging. De voorgestelde acties uit het actieplan staan daarin al klaar.',
    button: 'Wijziging voorstellen',
    confirmTitle: 'Een wijziging van de overeenkomst starten?',
    confirmBody: [
      'De partners werken dan samen aan een nieuwe versie van de overeenkomst. Het concept begint bij de getekende tekst, met de voorgestelde acties uit het actieplan al in stap 5.',
      'De getekende versie blijft gelden tot elke organisatie de nieuwe versie heeft getekend. U kunt de wijziging niet ongedaan maken: de nieuwe versie moet worden vastgelegd en opnieuw getekend.',
    ],
    confirm: 'Ja, wijziging starten',
    started: 'De wijziging is gestart. Pas de stappen aan en leg de nieuwe versie vast op de pagina van de overeenkomst.',
    running: 'Er loopt al een wijziging van de overeenkomst.',
    toAgreement: 'Naar de overeenkomst',
    readOnly: 'Alleen met een link om te bewerken kunt u een wijziging starten.',
  },

  trends: {
    title: 'Ontwikkeling over de rondes',
    intro:
      'Per onderwerp hoe de cijfers zich ontwikkelen over alle gesloten evaluatierondes. Waar een nulmeting uit stap 4 is, staat die vooraan. Onder elke grafiek staan dezelfde cijfers in een tabel.',
    loading: 'De ontwikkeling wordt geladen…',
    loadFailed: 'De ontwikkeling over de rondes kon niet worden geladen.',
    empty:
      'Er is nog geen gesloten evaluatieronde. Zodra de eerste ronde is gesloten, ziet u hier de cijfers; vanaf de tweede ronde ook hoe ze zich ontwikkelen.',
    toRounds: 'Naar de evaluatierondes',
    groups: {
      response: 'Respons',
      actions: 'Acties uit het actieplan',
      students: 'Leerlingen',
      experience: 'Ervaring van de betrokkenen',
      presence: 'Werkzame factoren',
      reach: 'Bereik',
      agreements: 'Afspraken',
      behind: 'Visie en doelen',
    },
    units: {
      score: 'Gemiddelde score (1 tot en met 5)',
      percent: 'Percentage',
      count: 'Gemiddeld aantal per invuller',
    },
    columns: { measurement: 'Meting', value: 'Uitkomst' },
    count: {
      students: 'Aantal leerlingen',
      actions: 'Aantal acties',
      response: 'Aantal uitgenodigden',
      other: 'Aantal antwoorden',
    },
    one: (value: string, at: string) => `Eén meting: ${value} bij ${inSentence(at)}. De lijn verschijnt vanaf de volgende ronde.`,
    rose: (from: string, fromAt: string, to: string, toAt: string) =>
      `Gestegen van ${from} bij ${inSentence(fromAt)} naar ${to} bij ${inSentence(toAt)}.`,
    fell: (from: string, fromAt: string, to: string, toAt: string) =>
      `Gedaald van ${from} bij ${inSentence(fromAt)} naar ${to} bij ${inSentence(toAt)}.`,
    same: (value: string, fromAt: string, toAt: string) =>
      `Gelijk gebleven: ${value} bij ${inSentence(fromAt)} en bij ${inSentence(toAt)}.`,
  },
};
