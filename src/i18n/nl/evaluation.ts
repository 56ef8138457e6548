/**
 * Texts of evaluation rounds that the domain itself produces: validation messages, the names of the
 * measures in results and trends, and the student survey (which students read, so it says "je").
 */
const atoms = {
  scale: 'Kies een score van 1 tot en met 5, of "weet niet".',
  rating: 'Kies een cijfer van 1 tot en met 5.',
};

const rounds = {
  cap: 'Vul een aantal van 1 tot en met 100.000 in.',
  knelpunt: 'Beschrijf het knelpunt.',
  studentEmpty: 'Beantwoord minstens één vraag of kies iets wat je nodig hebt.',
  studentChoice: 'Kies ja, nee of weet ik niet.',
  studentNeed: 'Kies alleen uit de lijst.',
  person: 'Vul de naam of functie in van wie deze antwoorden gaf.',
  partner: 'Kies de organisatie van deze persoon.',
};

/** Names of the measures as results and trends show them. */
const measures = {
  presence: (factor: string) => `Aanwezig: ${factor}`,
  experience: {
    leerlingen: 'Ervaring van leerlingen',
    docenten: 'Ervaring van docenten en mentoren',
    zorg: 'Ervaring van zorgmedewerkers',
    jongerenwerkers: 'Ervaring van jongerenwerkers',
    gemeente: 'Ervaring van de gemeente',
  },
  reach: {
    studentsPerWeek: 'Leerlingen bereikt per week',
    studentsCoached: 'Leerlingen individueel begeleid',
    groups: 'Groepen of groepsactiviteiten',
    contactMoments: 'Contactmomenten met school of ouders',
  },
  agreements: {
    roles: 'De verdeling van rollen en taken werkt',
    meetings: 'De overleggen werken',
    contactPersons: 'De aanspreekpunten werken',
  },
  signals: 'De afspraken over signalen werken',
  vision: 'Staat nog achter de visie',
  goal: (goal: string) => `Staat nog achter het doel: ${goal}`,
  students: {
    visible: 'Leerlingen die de jongerenwerkers op school zien',
    knowWhatFor: 'Leerlingen die weten waarvoor ze bij hen terechtkunnen',
    hadContact: 'Leerlingen die contact met hen hadden',
    gotHelp: 'Leerlingen die door hen geholpen zijn',
  },
  actionsDone: 'Acties uit het actieplan die gereed zijn',
  responseRate: 'Uitgenodigden die antwoordden',
  roundLabel: (number: number | null) => (number === null ? 'Ronde' : `Ronde ${number}`),
  baselineLabel: 'Nulmeting (stap 4)',
  unnamed: (organisation: string) => (organisation ? `Iemand van ${organisation}` : 'Iemand zonder naam'),
};

/** The student survey: what students read (so it says "je"). */
const students = {
  title: 'Korte vragenlijst over het jongerenwerk op je school',
  intro: 'Het duurt een minuut. Je naam wordt niet gevraagd en niet bewaard.',
  questions: {
    visible: 'Zie je de jongerenwerkers op school?',
    knowWhatFor: 'Weet je waarvoor je bij hen terechtkunt?',
    hadContact: 'Heb je contact met hen gehad?',
    gotHelp: 'Hebben ze je geholpen?',
  },
  answers: { ja: 'Ja', nee: 'Nee', weet_niet: 'Weet ik niet' },
  needsQuestion: 'Wat zou je willen van de jongerenwerkers? Kies zoveel als je wilt.',
};

/** Evaluation rounds: validation, round management, the names of measures, the student survey. */
export const evaluationNl = { atoms, rounds, measures, students };
