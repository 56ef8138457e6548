import { FACTORS } from '#src/domain/catalogue/factors';
import type { EvaluationAnswers } from './answers';
import type { RoundInput, ResponseInput } from './results';
import type { RoundSnapshot } from './rounds';
import { STUDENT_QUESTIONS, type StudentQuestion } from './atoms';
import { tallyStudents, type StudentNeedValue, type StudentResponseBody } from './student-survey';

/**
 * Two closed evaluation rounds of the example partnership (Gemeente Westerhaven, Het Zeekompas, the
 * Kustlanden College and the youth workers of Welzijn Westerhaven): pure data, for the example dossier
 * and the demo ("Voorbeeld bekijken" in `actief`), so results and trends have something to show. Ids
 * match the example dossier's partners, goals, factors and actions. The first round's student figures
 * follow the seed's MBO survey (n = 70: 43%, 39%, 24%, 17,5%); the second shows the partnership's effect.
 */

const P = { gemeente: 'p-gemeente', zeekompas: 'p-school-1', kustlanden: 'p-school-2', jongerenwerk: 'p-jongerenwerk' } as const;

/** Answers as a person leaves them: any field may be left out (the schema's types require every key). */
type Partly<T> = T extends readonly (infer R)[] ? Partly<R>[] : T extends object ? { [K in keyof T]?: Partly<T[K]> } : T;

export interface ExampleRound {
  round: RoundInput;
  snapshot: RoundSnapshot;
  /** Everyone's answers; paper forms carry who typed them in. */
  responses: (ResponseInput & { answers: Partly<EvaluationAnswers>; enteredBy?: string })[];
  /** The students' answers one by one, as the survey would receive them (results show only their counts). */
  students: StudentResponseBody[];
}

/** `n` students of whom `yes[q]` said ja to question q (the others nee, every seventh weet ik niet) and `needs[x]` chose need x. */
function students(
  n: number,
  yes: Record<StudentQuestion, number>,
  needs: Partial<Record<StudentNeedValue, number>>,
): StudentResponseBody[] {
  return Array.from({ length: n }, (_, i) => ({
    answers: Object.fromEntries(
      STUDENT_QUESTIONS.map((q) => [q, i < yes[q] ? 'ja' : (i + 1) % 7 === 0 ? 'weet_niet' : 'nee']),
    ) as StudentResponseBody['answers'],
    needs: (Object.entries(needs) as [StudentNeedValue, number][]).filter(([, count]) => i < count).map(([need]) => need),
  }));
}

const partners = [
  { id: P.gemeente, kind: 'gemeente', name: 'Gemeente Westerhaven' },
  { id: P.zeekompas, kind: 'school', name: 'Het Zeekompas' },
  { id: P.kustlanden, kind: 'school', name: 'Kustlanden College' },
  { id: P.jongerenwerk, kind: 'jongerenwerk', name: 'Stichting Welzijn Westerhaven, team Jongerenwerk' },
];

// The baseline of step 4 (the example's four respondents), per factor.
const BASELINE: Record<string, number> = {
  'vast-team': 2.75,
  capaciteit: 2,
  zichtbaar: 1.5,
  'bekend-bij-school': 1.75,
  'eigen-ruimte': 1.25,
  'signalen-delen': 2,
  'vast-overleg': 2.5,
  'samen-evalueren': 1.5,
};

const frame = (actionStatus: Record<string, string>) => ({
  partners,
  factors: FACTORS.map((f) => ({ id: f.id, label: f.label, cluster: f.cluster })),
  baseline: Object.fromEntries(
    FACTORS.map((f) => [f.id, BASELINE[f.id] ? { mean: BASELINE[f.id]!, n: 4 } : { mean: null, n: 0 }]),
  ),
  vision:
    'Jongeren in Westerhaven groeien op in een veilige en positieve omgeving, op school en in de wijk, en kunnen zonder drempel bij een vertrouwde volwassene terecht.',
  goals: [
    {
      id: 'doel-bekendheid',
      goal: 'Leerlingen en studenten kennen de jongerenwerkers en weten waarvoor ze bij hen terechtkunnen.',
      indicator:
        'In de leerlingenpeiling van juni 2028 vindt minstens 60% de jongerenwerkers zichtbaar en weet minstens 50% waarvoor ze bij hen terechtkunnen.',
    },
    {
      id: 'doel-bereik',
      goal: 'De jongerenwerkers bereiken op beide locaties elke week een vaste groep jongeren.',
      indicator: 'Per locatie wekelijks 70 tot 120 leerlingen of studenten bereikt, van wie 10 tot 20 individueel begeleid.',
    },
  ],
  actions: [
    {
      id: 'actie-convenant',
      what: 'Privacyconvenant over het delen van signalen opstellen en ondertekenen',
      status: actionStatus['actie-convenant'] ?? 'gereed',
      deadline: '2026-11-13',
    },
    {
      id: 'actie-ruimtes',
      what: 'De ruimtes voor het jongerenwerk inrichten op beide locaties',
      status: actionStatus['actie-ruimtes'] ?? 'bezig',
      deadline: '2026-12-18',
    },
    {
      id: 'actie-kennismaking',
      what: 'Kennismakingsronde in alle eerste klassen',
      status: actionStatus['actie-kennismaking'] ?? 'gepland',
      deadline: '2027-01-29',
    },
    {
      id: 'actie-training',
      what: 'Training signaleren voor mentoren',
      status: actionStatus['actie-training'] ?? 'uitgesteld',
      deadline: '2027-04-16',
    },
    {
      id: 'actie-pauzes',
      what: 'Jongerenwerkers in de pauzes op het stationsplein',
      status: actionStatus['actie-pauzes'] ?? 'gepland',
      deadline: '2027-07-09',
    },
  ],
});

const first = students(
  70,
  { visible: 30, knowWhatFor: 27, hadContact: 17, gotHelp: 12 },
  { kennismaking: 31, activiteiten: 22, inloopplek: 18, vaker: 25, gesprek: 9, iets_anders: 4 },
);
const second = students(
  80,
  { visible: 50, knowWhatFor: 42, hadContact: 26, gotHelp: 17 },
  { kennismaking: 14, activiteiten: 30, themagroepen: 21, inloopplek: 12, vaker: 28, iets_anders: 5 },
);

export const EXAMPLE_ROUNDS: readonly ExampleRound[] = [
  {
    round: {
      id: 'voorbeeld-ronde-1',
      kind: 'evaluatie',
      number: 1,
      plannedOn: '2027-06-15',
      focus: 'proces',
      closedAt: '2027-06-29T14:00:00.000Z',
    },
    snapshot: {
      ...frame({ 'actie-kennismaking': 'gereed', 'actie-ruimtes': 'gereed' }),
      invitees: 7,
      students: tallyStudents(first),
    },
    students: first,
    responses: [
      {
        respondentKey: 'owner',
        partnerId: P.gemeente,
        person: null,
        answers: {
          name: 'Fatima El Amrani',
          presence: { 'vast-team': 3, zichtbaar: 3, 'bekend-bij-school': 2, 'vast-overleg': 4, 'signalen-delen': 3 },
          agreements: {
            roles: 'ja',
            meetings: 'ja',
            contactPersons: 'deels',
            notes: 'De stand-in op het Kustlanden College is nog niet bij iedereen bekend.',
          },
          experiences: { gemeente: { rating: 4, notes: 'Korte lijnen met beide scholen.' }, leerlingen: { rating: 3 } },
          signals: { works: 'deels', notes: 'Signalen komen binnen, maar de terugkoppeling blijft soms uit.' },
          reach: { studentsPerWeek: 70, studentsCoached: 9 },
          tops: 'Het tweewekelijkse overleg zit goed in de agenda’s.',
          tips: 'Koppel na elk signaal kort terug wat ermee is gedaan.',
          knelpunten: [
            {
              id: 'k-g-1',
              knelpunt: 'De training voor mentoren is uitgesteld.',
              oplossing: 'Nieuwe datum in september, vóór de herfstvakantie.',
            },
          ],
          goals: {
            'doel-bekendheid': { measured: '43% vindt de jongerenwerkers zichtbaar (peiling juni 2027).', behind: 'ja' },
            'doel-bereik': { behind: 'ja' },
          },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-zeekompas',
        partnerId: P.zeekompas,
        person: 'Marieke Bos',
        answers: {
          presence: {
            'vast-team': 4,
            zichtbaar: 4,
            'bekend-bij-school': 3,
            'vast-overleg': 4,
            'signalen-delen': 2,
            'eigen-ruimte': 4,
          },
          agreements: { roles: 'ja', meetings: 'ja', contactPersons: 'ja' },
          experiences: { docenten: { rating: 4, notes: 'Mentoren weten de jongerenwerkers te vinden.' }, zorg: { rating: 3 } },
          signals: { works: 'ja' },
          reach: { studentsPerWeek: 85, studentsCoached: 11 },
          tops: 'De ruimte naast de aula wordt echt gebruikt.',
          actions: {
            'actie-ruimtes': { status: 'gereed', wentWell: 'Op tijd klaar, leerlingen hebben de bordjes zelf ontworpen.' },
          },
          goals: {
            'doel-bekendheid': { behind: 'ja' },
            'doel-bereik': { measured: 'Ongeveer 85 leerlingen per week.', behind: 'ja' },
          },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-kustlanden',
        partnerId: P.kustlanden,
        person: 'Anouk van den Berg',
        answers: {
          presence: {
            'vast-team': 2,
            zichtbaar: 1,
            'bekend-bij-school': 1,
            'vast-overleg': 2,
            'signalen-delen': 2,
            'eigen-ruimte': 1,
          },
          agreements: {
            roles: 'deels',
            meetings: 'nee',
            contactPersons: 'deels',
            notes: 'Het overleg valt vaak samen met de lessen van de studentbegeleiders.',
          },
          experiences: {
            leerlingen: { rating: 2, notes: 'Studenten kennen de jongerenwerkers nog nauwelijks.' },
            zorg: { rating: 2 },
          },
          signals: { works: 'nee', notes: 'Zonder vaste ruimte missen we de informele momenten.' },
          reach: { studentsPerWeek: 40, studentsCoached: 5 },
          tips: 'Kom op meer vaste momenten naar de kantine.',
          knelpunten: [
            {
              id: 'k-k-1',
              knelpunt: 'Er is nog geen vaste ruimte bij de kantine.',
              oplossing: 'De voormalige mediatheek vrijmaken voor de kerstvakantie.',
            },
          ],
          goals: {
            'doel-bekendheid': { behind: 'ja' },
            'doel-bereik': { measured: 'Rond de 40 studenten per week.', behind: 'deels' },
          },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-jongerenwerk',
        partnerId: P.jongerenwerk,
        person: 'Youssef Bakkali',
        answers: {
          presence: {
            'vast-team': 4,
            capaciteit: 2,
            zichtbaar: 3,
            'bekend-bij-school': 2,
            'vast-overleg': 3,
            'signalen-delen': 4,
          },
          agreements: { roles: 'ja', meetings: 'deels', contactPersons: 'ja' },
          experiences: { jongerenwerkers: { rating: 4 }, leerlingen: { rating: 4 } },
          signals: { works: 'ja' },
          reach: { studentsPerWeek: 90, studentsCoached: 12, groups: 3 },
          externalFactors: 'Een van de vier jongerenwerkers was twee maanden ziek.',
          newActions: [
            {
              id: 'n-j-1',
              what: 'Sporttoernooi na schooltijd op het stationsplein',
              leadPartnerId: P.jongerenwerk,
              deadline: '2027-10-01',
            },
          ],
          goals: { 'doel-bekendheid': { behind: 'ja' }, 'doel-bereik': { behind: 'ja' } },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'paper:5d0c3c1e-8a0e-4b6a-9f3e-0c7a1e2b9d41',
        partnerId: P.zeekompas,
        person: 'Twee leden van de leerlingenraad',
        enteredBy: 'Marieke Bos, Het Zeekompas (link voorbeeld-zeekompas)',
        answers: {
          experiences: { leerlingen: { rating: 3, notes: 'Veel leerlingen weten niet dat je zomaar binnen mag lopen.' } },
          tips: 'Zet op de deur wanneer er iemand is.',
          behindVision: 'ja',
        },
      },
    ],
  },
  {
    round: {
      id: 'voorbeeld-ronde-2',
      kind: 'evaluatie',
      number: 2,
      plannedOn: '2027-12-15',
      focus: 'effect',
      closedAt: '2028-01-12T15:30:00.000Z',
    },
    snapshot: {
      ...frame({
        'actie-kennismaking': 'gereed',
        'actie-ruimtes': 'gereed',
        'actie-training': 'gereed',
        'actie-pauzes': 'bezig',
      }),
      invitees: 7,
      students: tallyStudents(second),
    },
    students: second,
    responses: [
      {
        respondentKey: 'owner',
        partnerId: P.gemeente,
        person: null,
        answers: {
          name: 'Fatima El Amrani',
          presence: { 'vast-team': 4, zichtbaar: 4, 'bekend-bij-school': 3, 'vast-overleg': 4, 'signalen-delen': 4 },
          agreements: { roles: 'ja', meetings: 'ja', contactPersons: 'ja' },
          experiences: { gemeente: { rating: 4 }, leerlingen: { rating: 4 } },
          signals: { works: 'ja', notes: 'Terugkoppeling gaat nu via het signaleringsoverleg.' },
          reach: { studentsPerWeek: 95, studentsCoached: 14 },
          tops: 'Meer studenten weten de jongerenwerkers te vinden.',
          goals: {
            'doel-bekendheid': { measured: '63% vindt de jongerenwerkers zichtbaar (peiling december 2027).', behind: 'ja' },
            'doel-bereik': { behind: 'ja' },
          },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-zeekompas',
        partnerId: P.zeekompas,
        person: 'Marieke Bos',
        answers: {
          presence: {
            'vast-team': 5,
            zichtbaar: 4,
            'bekend-bij-school': 4,
            'vast-overleg': 4,
            'signalen-delen': 4,
            'eigen-ruimte': 5,
          },
          agreements: { roles: 'ja', meetings: 'ja', contactPersons: 'ja' },
          experiences: { docenten: { rating: 5 }, zorg: { rating: 4 } },
          signals: { works: 'ja' },
          reach: { studentsPerWeek: 110, studentsCoached: 15 },
          actions: { 'actie-training': { status: 'gereed', wentWell: 'Alle mentoren van leerjaar 1 waren er.' } },
          goals: {
            'doel-bekendheid': { behind: 'ja' },
            'doel-bereik': { measured: 'Ruim 100 leerlingen per week.', behind: 'ja' },
          },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-kustlanden',
        partnerId: P.kustlanden,
        person: 'Anouk van den Berg',
        answers: {
          presence: {
            'vast-team': 3,
            zichtbaar: 3,
            'bekend-bij-school': 3,
            'vast-overleg': 3,
            'signalen-delen': 3,
            'eigen-ruimte': 4,
          },
          agreements: { roles: 'ja', meetings: 'deels', contactPersons: 'ja' },
          experiences: { leerlingen: { rating: 3 }, zorg: { rating: 4 } },
          signals: { works: 'deels' },
          reach: { studentsPerWeek: 70, studentsCoached: 10 },
          tops: 'De ruimte bij de kantine is open en wordt goed bezocht.',
          knelpunten: [
            {
              id: 'k-k-2',
              knelpunt: 'Het overleg botst nog met roosters.',
              oplossing: 'Overleg verplaatsen naar vrijdagmiddag.',
            },
          ],
          goals: { 'doel-bekendheid': { behind: 'ja' }, 'doel-bereik': { behind: 'ja' } },
          behindVision: 'ja',
        },
      },
      {
        respondentKey: 'invite:voorbeeld-jongerenwerk',
        partnerId: P.jongerenwerk,
        person: 'Youssef Bakkali',
        answers: {
          presence: {
            'vast-team': 4,
            capaciteit: 3,
            zichtbaar: 4,
            'bekend-bij-school': 3,
            'vast-overleg': 4,
            'signalen-delen': 4,
          },
          agreements: { roles: 'ja', meetings: 'ja', contactPersons: 'ja' },
          experiences: { jongerenwerkers: { rating: 5 }, leerlingen: { rating: 4 } },
          signals: { works: 'ja' },
          reach: { studentsPerWeek: 105, studentsCoached: 16, groups: 5 },
          tips: 'Meer uren voor de locatie Kustlanden, daar is de vraag groot.',
          goals: { 'doel-bekendheid': { behind: 'ja' }, 'doel-bereik': { behind: 'ja' } },
          behindVision: 'ja',
        },
      },
    ],
  },
];
