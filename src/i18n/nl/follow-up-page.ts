import { roundsNl } from './rounds';

const number = new Intl.NumberFormat('nl-NL');
const n = (value: number) => number.format(value);
const { day, moment } = roundsNl;
const months = (m: number) => (m === 1 ? '1 maand' : `${n(m)} maanden`);

/**
 * "Samenwerking volgen": the dossier's home once an agreement is in force (summary, funding timeline,
 * key dates, calendar subscription), the funding timeline wherever it is shown (steps 3 and 11 too),
 * and the log of knowledge activities held ("Gehouden kennisactiviteiten").
 */
export const followUpPageNl = {
  title: 'Samenwerking volgen',
  intro:
    'De overeenkomst is getekend. Hier ziet u in één oogopslag hoe de samenwerking ervoor staat: de volgende evaluatieronde, de acties, het geld en de data die ertoe doen.',
  toSteps: 'Naar de 11 stappen van het plan',
  stepsTitle: 'Het plan in 11 stappen',
  loading: 'De stand van de samenwerking wordt geladen…',
  loadFailed: 'De stand van de samenwerking kon niet worden geladen.',

  summary: {
    title: 'In één oogopslag',
    nextRound: {
      title: 'Volgende evaluatieronde',
      value: (number: number, date: string) => `Evaluatieronde ${n(number)} op ${day(date)}`,
      none: 'Er staat geen evaluatieronde gepland.',
      link: 'Naar de evaluatierondes',
    },
    openRound: {
      title: 'Ronde die nu open is',
      value: (number: number, answered: number, invited: number) =>
        `Evaluatieronde ${n(number)}: ${roundsNl.progress.answered(answered, invited)}.`,
      none: 'Er is nu geen ronde open.',
      link: (number: number) => `Naar evaluatieronde ${n(number)}`,
    },
    actions: {
      title: 'Acties',
      overdue: (count: number) =>
        count === 0
          ? 'Geen enkele actie is over de einddatum.'
          : count === 1
            ? '1 actie is over de einddatum.'
            : `${n(count)} acties zijn over de einddatum.`,
      done: (done: number, total: number) => `${n(done)} van ${n(total)} ${total === 1 ? 'actie' : 'acties'} gereed.`,
      none: 'Er staan nog geen acties in het actieplan.',
      link: 'Naar Actieplan volgen',
    },
    funding: {
      title: 'Financiering',
      left: (m: number, end: string) =>
        m === 0 ? `Het tijdelijke geld is op ${day(end)} opgehouden.` : `Nog ${months(m)} financiering, tot en met ${day(end)}.`,
      structural: 'De financiering is structureel: er is geen einddatum.',
      unknown: 'Er is nog geen einddatum van de financiering ingevuld (stap 3).',
      searchStarted: (date: string) => `Het zoeken naar structurele financiering is begonnen op ${day(date)}.`,
      searchPlanned: (date: string) => `Het zoeken naar structurele financiering begint op ${day(date)}.`,
      link: 'Naar stap 3: financiering',
    },
  },

  timeline: {
    title: 'Financiering in de tijd',
    intro: 'De balken tonen hoe lang elke geldbron loopt. De lijst eronder zegt hetzelfde in woorden, op datum.',
    legend: {
      temporary: 'Tijdelijk geld',
      structural: 'Structureel geld (loopt door)',
      lastYear: 'Minder dan 12 maanden geld over',
      today: 'Vandaag',
      search: 'Start zoeken naar structureel geld',
      round: 'Evaluatieronde',
    },
    roundsRow: 'Evaluatierondes',
    unnamed: (i: number) => `Bron ${n(i + 1)} zonder naam`,
    empty: 'Er zijn nog geen geldbronnen met een begindatum ingevuld (stap 3). Zodra die er zijn, ziet u hier de tijdlijn.',
    listTitle: 'Op datum',
    summary: (t: { monthsLeft?: number; temporaryEnd?: string; hasStructural: boolean; searchStart?: string; today: string }) =>
      [
        t.monthsLeft !== undefined && t.temporaryEnd
          ? t.monthsLeft === 0
            ? `Het tijdelijke geld is op ${day(t.temporaryEnd)} opgehouden.`
            : `Het tijdelijke geld loopt tot en met ${day(t.temporaryEnd)}: nog ${months(t.monthsLeft)}.`
          : t.hasStructural
            ? 'Er is geen tijdelijk geld met een einddatum.'
            : 'Er is nog geen einddatum van het geld ingevuld.',
        t.hasStructural ? 'Een deel van het geld is structureel en loopt door.' : '',
        t.monthsLeft !== undefined && t.monthsLeft < 12 && t.monthsLeft > 0 && !t.hasStructural
          ? 'Dat is minder dan de 12 maanden die het plan aanraadt.'
          : '',
        t.searchStart
          ? t.searchStart <= t.today
            ? `Het zoeken naar structureel geld is begonnen op ${day(t.searchStart)}.`
            : `Het zoeken naar structureel geld begint op ${day(t.searchStart)}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    facts: {
      period: (name: string, from: string, to: string) => `${name}: van ${day(from)} tot en met ${day(to)}.`,
      structuralPeriod: (name: string, from: string) => `${name}: structureel geld vanaf ${day(from)}, zonder einddatum.`,
      periodEnds: (name: string) => `${name}: het geld van deze bron houdt op.`,
      today: 'Vandaag.',
      lastYear: 'Vanaf hier is er minder dan 12 maanden tijdelijk geld over.',
      search: 'Start zoeken naar structurele financiering.',
      round: (number: number) => `Evaluatieronde ${n(number)}.`,
    },
    date: day,
  },

  keyDates: {
    title: 'Belangrijke data',
    intro:
      'Zet een datum in uw eigen agenda met "Toevoegen aan agenda". U krijgt een klein bestand; open het, dan zet uw agendaprogramma de datum erin.',
    none: 'Er staan nog geen data vast.',
    add: 'Toevoegen aan agenda',
    about: (title: string) => `Toevoegen aan agenda: ${title}`,
    busy: 'Het agendabestand wordt gemaakt…',
    added: (title: string) => `Het agendabestand voor "${title}" is gedownload. Open het om de datum in uw agenda te zetten.`,
    reminder: 'Met een herinnering een week van tevoren.',
    past: (count: number) => (count === 1 ? '1 datum die al voorbij is' : `${n(count)} data die al voorbij zijn`),
    kinds: {
      ronde: 'Evaluatieronde',
      nulmeting: 'Nulmeting',
      actie: 'Actie',
      'financiering-eind': 'Einde financiering',
      'zoeken-start': 'Start zoeken',
      route: 'Financieringsroute',
    },
  },

  calendar: {
    title: 'Agenda-abonnement',
    intro:
      'Met een agenda-abonnement staan alle data van deze samenwerking vanzelf in uw agenda (bijvoorbeeld Outlook, Google Agenda of Apple Agenda). Verandert er een datum, dan past uw agenda zich aan.',
    how: 'Maak hieronder een agenda-link. Voeg die in uw agendaprogramma toe als "agenda van internet" of "abonnement". Wie de link heeft, ziet de data, maar kan niets veranderen. Deel de link dus alleen met wie de data nodig heeft.',
    active: (createdAt: string) => `Er is een agenda-link, gemaakt op ${moment(createdAt)}.`,
    none: 'Er is nog geen agenda-link.',
    create: 'Agenda-link maken',
    replace: 'Nieuwe agenda-link maken',
    revoke: 'Agenda-link intrekken',
    linkLabel: 'Agenda-link',
    shownOnce: 'Kopieer de link nu en bewaar hem goed: hij wordt maar één keer getoond.',
    busy: 'Bezig met de agenda-link…',
    created: 'De agenda-link is gemaakt.',
    revoked: 'De agenda-link is ingetrokken. Hij werkt niet meer.',
    loadFailed: 'Of er een agenda-link is, kon niet worden opgehaald.',
    replaceTitle: 'Nieuwe agenda-link maken?',
    replaceBody:
      'De link die u eerder maakte, werkt dan niet meer. Agenda’s met de oude link krijgen geen data meer. Geef daarna iedereen de nieuwe link.',
    replaceConfirm: 'Ja, nieuwe link maken',
    revokeTitle: 'Agenda-link intrekken?',
    revokeBody:
      'De link werkt daarna niet meer. Agenda’s met deze link krijgen geen data meer. U kunt later een nieuwe link maken.',
    revokeConfirm: 'Ja, link intrekken',
    ownerOnly:
      'Alleen de eigenaar van dit dossier (wie het dossier heeft aangemaakt) kan een agenda-abonnement maken. Vraag de eigenaar om de agenda-link. Losse data zet u zelf in uw agenda met "Toevoegen aan agenda".',
  },

  knowledge: {
    title: 'Gehouden kennisactiviteiten',
    homeText: (count: number) =>
      count === 0
        ? 'Er zijn nog geen gehouden kennisactiviteiten vastgelegd.'
        : count === 1
          ? 'Er is 1 gehouden kennisactiviteit vastgelegd.'
          : `Er zijn ${n(count)} gehouden kennisactiviteiten vastgelegd.`,
    link: 'Naar gehouden kennisactiviteiten',
    stepPointer:
      'De overeenkomst is getekend. Welke kennisactiviteiten u samen hebt gehouden, houdt u bij op een eigen pagina. De getekende tekst van deze stap verandert daardoor niet.',
    intro:
      'Houd hier bij welke kennisactiviteiten u samen hebt gehouden: presentaties, trainingen, aansluiten bij elkaars teamoverleg of intervisie. Dit hoort bij stap 9 "Deel je kennis". De getekende overeenkomst verandert hierdoor niet.',
    toStep9: 'Naar stap 9: de geplande activiteiten',
    readOnly: 'Met deze link kunt u de activiteiten bekijken, maar niet vastleggen of wijzigen.',
    loading: 'De activiteiten worden geladen…',
    loadFailed: 'De activiteiten konden niet worden geladen.',
    listTitle: 'Vastgelegd',
    empty: 'Er zijn nog geen activiteiten vastgelegd.',
    addTitle: 'Activiteit vastleggen',
    editTitle: (topic: string) => `Activiteit wijzigen: ${topic}`,
    fields: {
      heldOn: 'Datum',
      kind: 'Vorm',
      kindOther: 'Welke andere vorm?',
      topic: 'Onderwerp',
      topicHint: 'Bijvoorbeeld: wat speelt er online onder jongeren.',
      partnerIds: 'Welke organisaties deden mee?',
      participants: 'Aantal deelnemers',
      participantsHint: 'Laat leeg als u het niet weet.',
      notes: 'Wat leverde het op?',
      notesHint: 'Wat nam u mee, en wat spreekt u voor de volgende keer af?',
      activityId: 'Hoort bij deze geplande activiteit uit stap 9',
    },
    add: 'Activiteit vastleggen',
    save: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    remove: 'Verwijderen',
    about: (action: string, topic: string) => `${action}: ${topic}`,
    busy: 'Bezig met opslaan…',
    added: 'De activiteit is vastgelegd.',
    saved: 'De wijzigingen zijn opgeslagen.',
    removed: (topic: string) => `"${topic}" is verwijderd.`,
    removeTitle: 'Activiteit verwijderen?',
    removeBody: (topic: string, date: string) =>
      `"${topic}" van ${day(date)} verdwijnt uit het overzicht. Dit kunt u niet ongedaan maken.`,
    removeConfirm: 'Ja, verwijderen',
    meta: {
      kind: 'Vorm',
      partners: 'Organisaties',
      participants: 'Deelnemers',
      notes: 'Opbrengst',
      planned: 'Gepland in stap 9',
      recorded: 'Vastgelegd door',
    },
    participantsCount: (count: number) => (count === 1 ? '1 deelnemer' : `${n(count)} deelnemers`),
    recordedBy: (who: string, when: string) => `${roundsNl.actor(who)}, ${moment(when)}`,
    unknownPartner: 'een organisatie die geen partner meer is',
    date: day,
  },
};
