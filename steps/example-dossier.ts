/**
 * A complete, fictional example dossier, as a trainer would show it to new municipality staff.
 *
 * Setting: the fictional municipality of Westerhaven (a port town with a station area), one VO school
 * (Het Zeekompas, its vmbo location takes part), one MBO school (Kustlanden College, campus Westerhaven)
 * and one youth-work organisation (Stichting Welzijn Westerhaven). All names of organisations and people
 * are invented; e-mail addresses use the reserved `.example` domain and phone numbers the unused area
 * code 0123 (except the real, public Veilig Thuis number).
 *
 * The dossier is written as it would look in December 2026, a few weeks before the start in January
 * 2027. Every step parses with its complete schema and triggers no warnings (see the test next to this
 * file). Optional fields that are not used hold '' or null, exactly as the forms save them.
 *
 * Used by the start page and `npm run demo` (through `src/sync/create-example.ts`), the server's PDF
 * warm-up, tests and benchmarks.
 */
import type { InitiatiefData } from './01-initiatief/schema';
import type { AanspreekpuntenData } from './02-aanspreekpunten/schema';
import type { FinancieringData } from './03-financiering/schema';
import type { VisieData } from './04-visie/schema';
import type { TaakverdelingData } from './05-taakverdeling/schema';
import type { SignalenData } from './06-signalen/schema';
import type { FaciliteitenData } from './07-faciliteiten/schema';
import type { BekendheidData } from './08-bekendheid/schema';
import type { KennisdelenData } from './09-kennisdelen/schema';
import type { EvaluatieData } from './10-evaluatie/schema';
import type { StructureleFinancieringData } from './11-structurele-financiering/schema';
import type { StepId } from '#src/domain/step';

/** Row ids of the partner organisations in step 1; every partner reference in the dossier uses these. */
export const EXAMPLE_PARTNER_IDS = {
  gemeente: 'p-gemeente',
  zeekompas: 'p-school-1',
  kustlanden: 'p-school-2',
  jongerenwerk: 'p-jongerenwerk',
} as const;

const P = EXAMPLE_PARTNER_IDS;

const initiatief = {
  initiator: 'gemeente',
  occasions: ['welzijn', 'veiligheid', 'schooluitval', 'online'],
  occasionOther: '',
  occasionExplanation:
    'Uit de jeugdmonitor van 2026 blijkt dat steeds meer jongeren in Westerhaven stress en eenzaamheid ervaren; bij meisjes van 14 tot 17 jaar is het welbevinden het sterkst gedaald. ' +
    'Tegelijk melden Het Zeekompas en het Kustlanden College meer onrust rond de pauzes en op het stationsplein, waar leerlingen van beide scholen elkaar treffen, en ruzies die online beginnen en op school doorgaan. ' +
    'Het ongeoorloofd verzuim bij eerstejaars mbo-studenten ligt boven het regionale gemiddelde. ' +
    'Het jongerenwerk kent veel van deze jongeren al uit de wijk, maar ziet hen niet op school, en de scholen weten vaak niet wat er na schooltijd speelt. ' +
    'Met de nieuwe nota jeugdbeleid is er nu budget en bestuurlijke steun om de verbinding te leggen.',
  partners: [
    { id: P.gemeente, kind: 'gemeente', name: 'Gemeente Westerhaven', schoolType: '', locations: '' },
    {
      id: P.zeekompas,
      kind: 'school',
      name: 'Het Zeekompas',
      schoolType: 'vo',
      locations:
        'Locatie Havenkwartier (vmbo), Schelpenlaan 4, Westerhaven. De locatie Duinzicht (havo/vwo) sluit aan als de evaluatie van juni 2028 positief is.',
    },
    {
      id: P.kustlanden,
      kind: 'school',
      name: 'Kustlanden College',
      schoolType: 'mbo',
      locations: 'Campus Westerhaven, Scheepsbouwweg 8 (entreeopleiding, techniek, logistiek en zorg en welzijn)',
    },
    {
      id: P.jongerenwerk,
      kind: 'jongerenwerk',
      name: 'Stichting Welzijn Westerhaven, team Jongerenwerk',
      schoolType: '',
      locations: '',
    },
  ],
  collaborationType: 'in_school',
  intendedStart: '2027-01-11',
} satisfies InitiatiefData;

const aanspreekpunten = {
  contacts: [
    {
      id: 'ap-gemeente',
      partnerId: P.gemeente,
      contactName: 'Fatima El Amrani',
      contactJobTitle: 'Beleidsadviseur jeugd en onderwijs',
      contactEmail: 'f.elamrani@westerhaven.example',
      contactPhone: '0123 45 61 20',
      standInName: 'Jan de Vries',
      standInJobTitle: 'Beleidsadviseur openbare orde en veiligheid',
      standInEmail: 'j.devries@westerhaven.example',
      standInPhone: '0123 45 61 34',
    },
    {
      id: 'ap-zeekompas',
      partnerId: P.zeekompas,
      contactName: 'Marieke Bos',
      contactJobTitle: 'Zorgcoördinator locatie Havenkwartier',
      contactEmail: 'm.bos@zeekompas.example',
      contactPhone: '0123 47 20 15',
      standInName: 'Şükrü Yılmaz',
      standInJobTitle: 'Teamleider onderbouw vmbo',
      standInEmail: 's.yilmaz@zeekompas.example',
      standInPhone: '0123 47 20 11',
    },
    {
      id: 'ap-kustlanden',
      partnerId: P.kustlanden,
      contactName: 'Anouk van den Berg',
      contactJobTitle: 'Coördinator studentenzorg',
      contactEmail: 'a.vandenberg@kustlandencollege.example',
      contactPhone: '0123 48 90 32',
      standInName: 'Ravi Ramsaran',
      standInJobTitle: 'Studentbegeleider entree en niveau 2',
      standInEmail: 'r.ramsaran@kustlandencollege.example',
      standInPhone: '0123 48 90 47',
    },
    {
      id: 'ap-jongerenwerk',
      partnerId: P.jongerenwerk,
      contactName: 'Youssef Bakkali',
      contactJobTitle: 'Teamleider jongerenwerk',
      contactEmail: 'y.bakkali@welzijnwesterhaven.example',
      contactPhone: '0123 46 80 10',
      standInName: 'Zoë Verhoeven',
      standInJobTitle: 'Senior jongerenwerker en coördinator schooljongerenwerk',
      standInEmail: 'z.verhoeven@welzijnwesterhaven.example',
      standInPhone: '0123 46 80 14',
    },
  ],
  handover:
    'Wie vertrekt of langer dan vier weken afwezig is, meldt dat zo snel mogelijk aan de andere aanspreekpunten. ' +
    'De vervanger neemt de rol direct over tot er een opvolger is; de eigen leidinggevende wijst binnen zes weken een vaste opvolger aan. ' +
    'De vertrekkende contactpersoon zorgt voor een overdrachtsgesprek met de opvolger en werkt de contactgegevens in dit dossier bij. ' +
    'De gemeente (Fatima El Amrani) stuurt daarna een kort bericht aan alle partners, zodat mentoren, conciërges en jongerenwerkers weten wie ze kunnen bellen.',
} satisfies AanspreekpuntenData;

const financiering = {
  sources: [
    {
      id: 'fin-gemeente',
      name: 'Gemeente Westerhaven, programma Opgroeien in Westerhaven (nota jeugdbeleid 2027-2030), post preventie',
      kind: 'gemeentelijk_budget',
      amount: 95000,
      from: '2027-01-01',
      to: '2028-07-31',
      structural: false,
    },
    {
      id: 'fin-kustlanden',
      name: 'Bijdrage Kustlanden College uit het budget studentenwelzijn',
      kind: 'project',
      amount: 30000,
      from: '2027-01-01',
      to: '2028-07-31',
      structural: false,
    },
    {
      id: 'fin-provincie',
      name: 'Provinciale subsidie Veilig Opgroeien aan de Kust (activiteiten en leerlingenpeiling)',
      kind: 'subsidie',
      amount: 25000,
      from: '2027-01-01',
      to: '2027-12-31',
      structural: false,
    },
    {
      id: 'fin-basissubsidie',
      name: 'Basissubsidie jongerenwerk Welzijn Westerhaven: uren die het team al in de wijken rond beide scholen maakt (bedrag per jaar)',
      kind: 'gemeentelijk_budget',
      amount: 15000,
      from: '2027-01-01',
      to: '',
      structural: true,
    },
  ],
  startsAsPilot: true,
  pilotExplanation:
    'We beginnen met twee locaties: de vmbo-locatie Havenkwartier van Het Zeekompas en de campus Westerhaven van het Kustlanden College, samen 40 uur jongerenwerk per week. ' +
    'De pilot loopt van januari 2027 tot en met juli 2028, anderhalf schooljaar. ' +
    'Na de evaluatie van juni 2028 besluiten we of de locatie Duinzicht (havo/vwo) en andere scholen aansluiten.',
  structuralSearchStart: '2027-03-01',
} satisfies FinancieringData;

/** The step-4 baseline of one respondent: [importance, presence, comment?] per factor ('weet_niet' where they could not judge). */
type Baseline = NonNullable<NonNullable<NonNullable<VisieData['factors']>['respondents']>[number]['scores']>;
type Score = Baseline[string]['importance'];
const baseline = (rows: Record<string, [Score, Score, string?]>): Baseline =>
  Object.fromEntries(
    Object.entries(rows).map(([id, [importance, presence, comment = '']]) => [id, { importance, presence, comment }]),
  );
const W = 'weet_niet' as const;

const visie = {
  vision:
    'Jongeren in Westerhaven groeien op in vier leefwerelden: thuis, school, de wijk en online. Veerkrachtig worden ze als ze zich in elk van die werelden gezien voelen, ' +
    'als ze leren omgaan met spanning, tegenslag en groepsdruk, en als er volwassenen zijn bij wie ze zonder drempel terechtkunnen. ' +
    'We gaan uit van wat jongeren wél kunnen, bespreken ook gevoelige onderwerpen open, en stellen grenzen waar dat nodig is. Het belang van de jongere gaat daarbij altijd voor het belang van de organisatie.',
  contribution:
    'Docenten zien een jongere in de klas, jongerenwerkers zien dezelfde jongere op het plein, in de buurt en online. Door die blikken samen te brengen zien we eerder dat het niet goed gaat ' +
    'en kunnen we met lichte steun volstaan voordat zwaardere hulp nodig is. De jongerenwerker is een vertrouwd gezicht buiten het schoolsysteem, de school kent de leerroute en de zorgstructuur, ' +
    'en de gemeente verbindt beide met de wijkteams en de politie. Samen bouwen we aan een veilig en positief klimaat op en rond school.',
  goals: [
    {
      id: 'doel-bekendheid',
      goal: 'Leerlingen en studenten kennen de jongerenwerkers en weten waarvoor ze bij hen terechtkunnen.',
      indicator:
        'In de leerlingenpeiling van juni 2028 vindt minstens 60% de jongerenwerkers zichtbaar en weet minstens 50% waarvoor ze bij hen terechtkunnen (nulmeting juni 2027).',
    },
    {
      id: 'doel-bereik',
      goal: 'De jongerenwerkers bereiken op beide locaties elke week een vaste groep jongeren en begeleiden wie dat nodig heeft.',
      indicator:
        'Vanaf september 2027 per locatie wekelijks 70 tot 120 leerlingen of studenten bereikt, van wie 10 tot 20 individueel begeleid (registratie jongerenwerk).',
    },
    {
      id: 'doel-signalen',
      goal: 'Zorgen over jongeren komen eerder in beeld, zodat lichte steun vaker volstaat.',
      indicator:
        'Aantal zorgen dat in het signaleringsoverleg is besproken en het deel dat zonder verwijzing naar jeugdhulp is opgepakt, per half jaar en zonder namen bijgehouden.',
    },
    {
      id: 'doel-verzuim',
      goal: 'Minder ongeoorloofd verzuim en minder voortijdige uitval onder eerstejaars mbo-studenten.',
      indicator:
        'Verzuim en uitval in het eerste jaar liggen in schooljaar 2027-2028 lager dan in 2026-2027 (cijfers Kustlanden College en leerplicht).',
    },
    {
      id: 'doel-veiligheid',
      goal: 'Meer rust en veiligheid op en rond beide scholen, ook op het stationsplein.',
      indicator:
        'Minder incidenten in de incidentregistratie van beide scholen en in de meldingen van de wijkagent; conciërges en docenten merken meer rust (evaluatiegesprek).',
    },
  ],
  schoolYears:
    'Vmbo: leerjaar 1 tot en met 4. Mbo: eerstejaars studenten, ouderejaars op eigen verzoek of na een signaal van de studentbegeleider.',
  levels: ['vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4'],
  targetGroupNotes:
    'Extra aandacht voor leerlingen in de overstap van vmbo naar mbo, en voor jongeren die de school al kent als vaak afwezig maar die het jongerenwerk in de wijk wel ziet.',
  conversation: {
    themes: {
      kennismaken: {
        notes:
          'Kennismaking op 12 november 2026 op de locatie Havenkwartier, met de zorgcoördinatoren van beide scholen, twee jongerenwerkers, hun teamleider en de gemeente. ' +
          'Opvallend: de scholen wisten weinig van het ambulante werk in de wijken, het jongerenwerk kende de zorgstructuur van de scholen niet.',
        agreements: [
          { id: 'gk-kennis-1', text: 'Elke partner stelt zich vóór de start voor in een teamoverleg van de andere partners.' },
        ],
      },
      'beeld-jongeren': {
        notes:
          'Scholen zien vooral verzuim, stress rond toetsen en ruzies die online beginnen. Het jongerenwerk ziet dezelfde jongeren na schooltijd op het stationsplein en in de sporthal, ' +
          'en ziet ook hun krachten: veel jongeren zorgen thuis voor broertjes en zusjes, sporten fanatiek of hebben een bijbaan.',
        agreements: [],
      },
      visie: {
        notes:
          'Iedereen herkent zich in het uitgangspunt dat jongeren in vier leefwerelden opgroeien. Discussie over grenzen stellen: wie spreekt een leerling aan, en waarop?',
        agreements: [
          { id: 'gk-visie-1', text: 'We gaan uit van wat jongeren wél kunnen en bespreken ook gevoelige onderwerpen open.' },
        ],
      },
      rollen: {
        notes:
          'De scholen vroegen of jongerenwerkers in de pauzes toezicht kunnen houden. Het jongerenwerk legde uit waarom dat hun vertrouwensband met jongeren schaadt.',
        agreements: [
          { id: 'gk-rollen-1', text: 'Jongerenwerkers worden niet ingezet voor surveillance of het handhaven van schoolregels.' },
        ],
      },
      signalen: {
        notes: '',
        agreements: [
          { id: 'gk-signalen-1', text: 'Zorgen over een jongere bespreken we eerst zonder naam, in het signaleringsoverleg.' },
        ],
      },
      praktisch: {
        notes:
          'Vaste dagen, de ruimte op beide locaties en het overleg leggen we vast in stap 6 en 7. Aandachtspunt: de stageperiodes van het Kustlanden College.',
        agreements: [],
      },
      'eerste-actie': {
        notes: '',
        agreements: [
          {
            id: 'gk-actie-1',
            text: 'In de week van 11 januari 2027 stellen de jongerenwerkers zich voor in alle eerstejaarsklassen van beide scholen.',
          },
        ],
      },
    },
  },
  factors: {
    customFactors: [
      {
        id: 'eigen-stationsplein',
        cluster: 'werkrelatie',
        label: 'Afstemming met wijkagent en handhaving rond het stationsplein',
        explanation:
          'Wie doet wat bij onrust na schooltijd, zonder dat het jongerenwerk een verlengstuk van de handhaving wordt.',
      },
    ],
    respondents: [
      {
        id: 'resp-zeekompas',
        partnerId: P.zeekompas,
        name: 'Marieke Bos, zorgcoördinator',
        scores: baseline({
          'vast-team': [5, 2],
          capaciteit: [4, 2],
          zichtbaar: [5, 1, 'Leerlingen kennen de jongerenwerkers nu alleen van het plein.'],
          'geworteld-in-wijk': [4, 4],
          'contact-jongerenwerk': [5, 3],
          'contact-school': [4, 4],
          'bekend-bij-school': [5, 1],
          'eigen-ruimte': [3, 2],
          'pedagogische-visie': [4, 3],
          'gedeelde-werkwijze': [4, 2],
          'belang-jongere': [5, 4],
          gelijkwaardig: [4, 3],
          rolverdeling: [5, 2],
          'signalen-delen': [5, 2],
          'vast-overleg': [4, 2],
          onafhankelijk: [3, W],
          continuiteit: [5, 2],
          'draagvlak-leiding': [4, 4],
          'structurele-financiering': [4, W],
          'kennis-delen': [3, 2],
          'samen-evalueren': [4, 2],
          'eigen-stationsplein': [3, 2],
        }),
      },
      {
        id: 'resp-kustlanden',
        partnerId: P.kustlanden,
        name: 'Anouk van den Berg, coördinator studentenzorg',
        scores: baseline({
          'vast-team': [4, 2],
          capaciteit: [5, 1],
          zichtbaar: [5, 1],
          'geworteld-in-wijk': [5, 3],
          'contact-jongerenwerk': [4, 2],
          'contact-school': [4, 3],
          'bekend-bij-school': [5, 1],
          'eigen-ruimte': [4, 1, 'Op de campus is nog geen vaste plek; de aula is te open.'],
          'pedagogische-visie': [3, 3],
          'gedeelde-werkwijze': [4, 2],
          'belang-jongere': [5, 4],
          gelijkwaardig: [4, 3],
          rolverdeling: [4, 2],
          'signalen-delen': [5, 1],
          'vast-overleg': [4, 2],
          onafhankelijk: [3, 3],
          continuiteit: [4, 2],
          'draagvlak-leiding': [4, 3],
          'structurele-financiering': [4, 2],
          'kennis-delen': [4, 2],
          'samen-evalueren': [4, 2],
          'eigen-stationsplein': [4, 2],
        }),
      },
      {
        id: 'resp-jongerenwerk',
        partnerId: P.jongerenwerk,
        name: 'Zoë Verhoeven, coördinator schooljongerenwerk',
        scores: baseline({
          'vast-team': [5, 4],
          capaciteit: [5, 2, '40 uur per week voor twee locaties is krap, zeker rond de examens.'],
          zichtbaar: [5, 2],
          'geworteld-in-wijk': [5, 5],
          'contact-jongerenwerk': [4, 5],
          'contact-school': [5, 2],
          'bekend-bij-school': [5, 1],
          'eigen-ruimte': [5, 1],
          'pedagogische-visie': [4, 3],
          'gedeelde-werkwijze': [4, 3],
          'belang-jongere': [5, 5],
          gelijkwaardig: [5, 2, 'We worden nog vaak gezien als extra toezicht in de pauzes.'],
          rolverdeling: [5, 2],
          'signalen-delen': [5, 2],
          'vast-overleg': [4, 2],
          onafhankelijk: [5, 3],
          continuiteit: [5, 2],
          'draagvlak-leiding': [4, 3],
          'structurele-financiering': [5, 1],
          'kennis-delen': [4, 2],
          'samen-evalueren': [4, 2],
          'eigen-stationsplein': [5, 3],
        }),
      },
      {
        id: 'resp-gemeente',
        partnerId: P.gemeente,
        name: 'Fatima El Amrani, beleidsadviseur jeugd en onderwijs',
        scores: baseline({
          'vast-team': [4, 3],
          capaciteit: [4, 3],
          zichtbaar: [4, 2],
          'geworteld-in-wijk': [4, 4],
          'contact-jongerenwerk': [4, 4],
          'contact-school': [4, 3],
          'bekend-bij-school': [4, 2],
          'eigen-ruimte': [4, W],
          'pedagogische-visie': [4, 3],
          'gedeelde-werkwijze': [3, W],
          'belang-jongere': [5, 4],
          gelijkwaardig: [4, 3],
          rolverdeling: [4, 2],
          'signalen-delen': [5, 2],
          'vast-overleg': [4, 3],
          onafhankelijk: [4, 4],
          continuiteit: [5, 2],
          'draagvlak-leiding': [5, 4],
          'structurele-financiering': [5, 2],
          'kennis-delen': [3, 2],
          'samen-evalueren': [5, 2],
          'eigen-stationsplein': [5, 2],
        }),
      },
    ],
  },
} satisfies VisieData;

const taakverdeling = {
  roles: [
    {
      id: 'taak-gemeente',
      partnerId: P.gemeente,
      responsibilities:
        'Financiert de pilot en zoekt samen met de partners naar structurele financiering. Brengt de samenwerking in bij de Lokale Educatieve Agenda en het OOGO. ' +
        'Verbindt school en jongerenwerk met de wijkteams, leerplicht en de politie, en beheert het meldpunt bij zorgen over radicalisering.',
      expectations:
        'Reageert binnen vijf werkdagen op vragen van de partners, zit bij elke evaluatie aan tafel en meldt tijdig wijzigingen in budget of beleid.',
      notTheirTask:
        'Stuurt niet op de dagelijkse inzet van de jongerenwerkers en krijgt geen informatie over individuele jongeren.',
    },
    {
      id: 'taak-zeekompas',
      partnerId: P.zeekompas,
      responsibilities:
        'Blijft verantwoordelijk voor onderwijs, leerlingbegeleiding en de zorgstructuur. Regelt de ruimte en de praktische toegang voor het jongerenwerk, ' +
        'stelt het jongerenwerk voor aan het team en de ouders, en maakt tijd vrij voor mentoren om signalen te bespreken.',
      expectations:
        'De zorgcoördinator is het vaste aanspreekpunt voor de jongerenwerkers, nodigt hen uit voor het zorgteam en laat binnen twee werkdagen weten wat er met een signaal gebeurt.',
      notTheirTask: 'Zet de jongerenwerkers niet in voor surveillance, vervanging van lessen of het handhaven van schoolregels.',
    },
    {
      id: 'taak-kustlanden',
      partnerId: P.kustlanden,
      responsibilities:
        'Blijft verantwoordelijk voor onderwijs, studieloopbaanbegeleiding, verzuimbeleid en de studentenzorg. Regelt de ruimte en toegang op de campus en ' +
        'betrekt de studentenraad bij de evaluatie.',
      expectations:
        'De coördinator studentenzorg is het vaste aanspreekpunt, deelt de jaarplanning met stageperiodes en examenweken, en stemt verzuimgesprekken af met het jongerenwerk als de student dat wil.',
      notTheirTask:
        'Vraagt het jongerenwerk niet om verzuim te controleren of studenten namens de school aan te spreken op hun studievoortgang.',
    },
    {
      id: 'taak-jongerenwerk',
      partnerId: P.jongerenwerk,
      responsibilities:
        'Zet vaste schooljongerenwerkers in op de afgesproken dagen, legt laagdrempelig contact in de pauzes, organiseert groepsactiviteiten na schooltijd ' +
        'en begeleidt jongeren individueel. Richt zich op de band met de jongere, de thuissituatie en de vrije tijd, en legt de verbinding met de wijk.',
      expectations:
        'De jongerenwerkers zijn er op vaste tijden, zijn bereikbaar via de school en delen signalen volgens de afspraken van stap 6. Bij ziekte regelt de teamleider binnen een week vervanging.',
      notTheirTask:
        'Geeft geen les, neemt geen zorgtaken van de school over en treedt niet op als handhaver of als verlengstuk van de schoolleiding.',
    },
  ],
  ownExpertise:
    'Iedere partner doet waar zij goed in is: de school zorgt voor onderwijs en leerlingzorg, het jongerenwerk voor contact en begeleiding in de leefwereld van jongeren, de gemeente voor verbinding en middelen. ' +
    'Merkt iemand dat een vraag bij een andere partner hoort, dan verwijst hij warm door via het vaste aanspreekpunt in plaats van het zelf op te lossen. ' +
    'Wrijving over rollen bespreken we in het tweewekelijkse overleg en, als dat nodig is, bij de halfjaarlijkse evaluatie.',
  // The action plan: preparation in autumn 2026 (partly done), the first half year of 2027 planned.
  actionPlan: [
    {
      id: 'actie-convenant',
      what: 'Privacyconvenant over het delen van signalen opstellen en ondertekenen',
      how: 'De gemeente stelt het convenant op met de functionarissen gegevensbescherming van alle partners; de besturen tekenen.',
      leadPartnerId: P.gemeente,
      leadPerson: 'Jan de Vries',
      involved: 'Functionarissen gegevensbescherming van Het Zeekompas, het Kustlanden College en Welzijn Westerhaven',
      start: '2026-10-01',
      deadline: '2026-11-13',
      hours: 24,
      room: '',
      budget: null,
      needs: 'Juridisch advies van de gemeente',
      factorId: 'signalen-delen',
      stepId: 'signalen',
      indicator: 'Het convenant is door alle vier de partners ondertekend.',
      status: 'gereed',
    },
    {
      id: 'actie-ruimtes',
      what: 'De ruimtes voor het jongerenwerk inrichten op beide locaties',
      how: 'Lokaal H0.12 naast de aula en de voormalige mediatheekruimte bij de kantine krijgen een zithoek, een kast die op slot kan en een bordje met foto’s op de deur.',
      leadPartnerId: P.zeekompas,
      leadPerson: 'Şükrü Yılmaz',
      involved: 'Facilitaire dienst van beide scholen; Zoë Verhoeven',
      start: '2026-11-02',
      deadline: '2026-12-18',
      hours: 16,
      room: 'Lokaal H0.12 (Het Zeekompas) en de voormalige mediatheek (Kustlanden College)',
      budget: 2500,
      needs: '',
      factorId: 'eigen-ruimte',
      stepId: 'faciliteiten',
      indicator: 'Bij de start op 11 januari zijn beide ruimtes ingericht en staan ze in de roosterapp.',
      status: 'bezig',
    },
    {
      id: 'actie-toegang',
      what: 'Toegangspassen, wifi en gastaccounts regelen voor de vier schooljongerenwerkers',
      how: '',
      leadPartnerId: P.kustlanden,
      leadPerson: 'Facilitair coördinator campus Westerhaven',
      involved: 'Facilitaire dienst Het Zeekompas; teamleider jongerenwerk',
      start: '2026-12-01',
      deadline: '2027-01-08',
      hours: 4,
      room: '',
      budget: null,
      needs: 'Vier passen per school en een gastaccount in het berichtensysteem (geen toegang tot leerlingdossiers)',
      factorId: 'zichtbaar',
      stepId: 'faciliteiten',
      indicator:
        'Op de eerste werkdag kunnen de jongerenwerkers zelf naar binnen en zijn ze bereikbaar via het berichtensysteem.',
      status: 'gepland',
    },
    {
      id: 'actie-kennismaking',
      what: 'Kennismaking: de jongerenwerkers stellen zich voor aan de teams en in de eerstejaarsklassen',
      how: 'Tien minuten in elke teamvergadering en een bezoek aan elke eerstejaarsklas tijdens de mentorles, met uitleg over wat de jongerenwerker wel en niet doet.',
      leadPartnerId: P.jongerenwerk,
      leadPerson: 'Zoë Verhoeven',
      involved: 'Dewi Kartosen, Bram Hoekstra, Noor Haddou en Kevin Osei; de teamleiders van beide scholen',
      start: '2027-01-11',
      deadline: '2027-01-29',
      hours: 24,
      room: '',
      budget: null,
      needs: '',
      factorId: 'bekend-bij-school',
      stepId: 'bekendheid',
      indicator: 'Voor 29 januari zijn alle teams en alle eerstejaarsklassen bezocht (afvinklijst van de coördinator).',
      status: 'gepland',
    },
    {
      id: 'actie-signaleringsoverleg',
      what: 'Het tweewekelijkse signaleringsoverleg opzetten',
      how: 'Een vast half uur per locatie, met een korte agenda: nieuwe zorgen (eerst zonder naam), lopende afspraken, wie doet wat.',
      leadPartnerId: P.zeekompas,
      leadPerson: 'Marieke Bos',
      involved: 'Anouk van den Berg; de schooljongerenwerkers van beide locaties',
      start: '2027-01-11',
      deadline: '2027-02-05',
      hours: 6,
      room: 'Spreekkamer van het zorgteam',
      budget: null,
      needs: '',
      factorId: 'vast-overleg',
      stepId: 'signalen',
      indicator:
        'Vanaf februari staat het overleg om de twee weken in de agenda en gaat het minstens negen van de tien keer door.',
      status: 'gepland',
    },
    {
      id: 'actie-pauzes',
      what: 'Elke week een pauzeactiviteit in de aula en op het stationsplein',
      how: 'Sport, muziek of een praatje: laagdrempelig contact, waarbij leerlingen van beide scholen elkaar op een goede manier tegenkomen.',
      leadPartnerId: P.jongerenwerk,
      leadPerson: 'Noor Haddou',
      involved: 'Kevin Osei; de conciërges van beide scholen; de wijkagent',
      start: '2027-02-01',
      deadline: '2027-07-09',
      hours: 80,
      room: 'Aula Havenkwartier en de kantine van de campus',
      budget: 3000,
      needs: 'Sportmateriaal en een geluidsbox',
      factorId: 'geworteld-in-wijk',
      stepId: '',
      indicator: 'Minder incidenten rond de pauzes in de incidentregistratie dan in het voorjaar van 2026.',
      status: 'gepland',
    },
    {
      id: 'actie-verzuim',
      what: 'Verzuimgesprekken met eerstejaars mbo-studenten samen voeren, als de student dat wil',
      how: 'De studentbegeleider nodigt de jongerenwerker uit bij het tweede verzuimgesprek; de student beslist of hij aanschuift.',
      leadPartnerId: P.kustlanden,
      leadPerson: 'Anouk van den Berg',
      involved: 'Ravi Ramsaran; Kevin Osei; de leerplichtambtenaar',
      start: '2027-02-15',
      deadline: '2027-06-30',
      hours: 40,
      room: '',
      budget: null,
      needs: '',
      factorId: 'gedeelde-werkwijze',
      stepId: 'taakverdeling',
      indicator: 'Het ongeoorloofd verzuim bij eerstejaars ligt in 2027-2028 lager dan in 2026-2027.',
      status: 'gepland',
    },
    {
      id: 'actie-training',
      what: 'Training voor mentoren: het gesprek over gevoelige onderwerpen',
      how: 'Twee middagen door het jongerenwerk. Uitgesteld op verzoek van de school, omdat de toetsweek in februari valt; nieuwe data in maart en april.',
      leadPartnerId: P.jongerenwerk,
      leadPerson: 'Youssef Bakkali',
      involved: 'Mentoren van de vmbo-locatie Havenkwartier',
      start: '2027-03-01',
      deadline: '2027-04-16',
      hours: 20,
      room: 'Teamkamer Het Zeekompas',
      budget: 2400,
      needs: '',
      factorId: 'kennis-delen',
      stepId: 'kennisdelen',
      indicator: 'Minstens twee derde van de mentoren heeft beide middagen gevolgd en geeft ze een 7 of hoger.',
      status: 'uitgesteld',
    },
    {
      id: 'actie-peiling',
      what: 'Nulmeting met de leerlingenpeiling (vier vragen)',
      how: 'Tijdens de mentorles, op papier of met de telefoon; de gemeente verwerkt de antwoorden zonder namen.',
      leadPartnerId: P.gemeente,
      leadPerson: 'Fatima El Amrani',
      involved: 'De mentoren van beide scholen; de leerlingenraad en de studentenraad',
      start: '2027-05-10',
      deadline: '2027-06-04',
      hours: 12,
      room: '',
      budget: 1500,
      needs: '',
      factorId: 'samen-evalueren',
      stepId: 'evaluatie',
      indicator: 'Minstens 60% van de leerlingen en studenten in de doelgroep vult de peiling in.',
      status: 'gepland',
    },
    {
      id: 'actie-structureel',
      what: 'Voorstel voor structurele financiering in de kadernota 2028',
      how: 'Op basis van de eerste ervaringen en de begroting van de pilot; de schoolbesturen en het jongerenwerk lezen mee.',
      leadPartnerId: P.gemeente,
      leadPerson: 'Fatima El Amrani',
      involved: 'Youssef Bakkali; de schoolleiders van Het Zeekompas en het Kustlanden College',
      start: '2027-02-01',
      deadline: '2027-05-14',
      hours: 30,
      room: '',
      budget: null,
      needs: '',
      factorId: 'structurele-financiering',
      stepId: 'structurele-financiering',
      indicator: 'Het voorstel ligt op 14 mei 2027 bij het college.',
      status: 'gepland',
    },
  ],
} satisfies TaakverdelingData;

const signalen = {
  signalKinds: ['verzuim', 'gedrag', 'thuissituatie', 'middelen', 'online', 'criminaliteit', 'radicalisering'],
  signalKindsOther: '',
  schoolReceiver:
    'Zorgcoördinator Marieke Bos (Het Zeekompas) en coördinator studentenzorg Anouk van den Berg (Kustlanden College)',
  youthWorkReceiver: 'De schooljongerenwerker van de locatie; bij afwezigheid coördinator schooljongerenwerk Zoë Verhoeven',
  channels: ['overleg', 'telefoon', 'beveiligd_digitaal'],
  channel:
    'Signalen bespreken we mondeling: in het korte signaleringsoverleg of, als het niet kan wachten, telefonisch met de vaste ontvanger. ' +
    'We mailen geen namen of persoonlijke details. Wat na toestemming schriftelijk moet, gaat via de beveiligde omgeving van de school. ' +
    'Ook kleine of ogenschijnlijk onbelangrijke signalen brengen we in.',
  meetingFrequency: 'tweewekelijks',
  meetingFrequencyOther: '',
  anonymousFirst: true,
  consentRules:
    'We bespreken een zorg eerst zonder naam. Is het nodig een naam te delen, dan vragen we toestemming: bij jongeren van 12 tot en met 15 jaar aan de jongere én de ouders, vanaf 16 jaar aan de jongere zelf. ' +
    'We vertellen waarom we iets willen delen, wat en met wie, en leggen de toestemming vast in het eigen dossier. ' +
    'Zonder toestemming delen we alleen bij een wettelijke plicht of een conflict van plichten, na overleg met de eigen leidinggevende, en we leggen die afweging vast. De jongerenwerkers houden hun beroepsgeheim.',
  acuteRoute:
    'Elke organisatie volgt haar eigen Meldcode huiselijk geweld en kindermishandeling. Wie een acute zorg ziet, belt direct de aandachtsfunctionaris van de eigen organisatie; ' +
    'die vraagt zo nodig advies bij of meldt bij Veilig Thuis. Bij direct gevaar bellen we 112. De school en het jongerenwerk laten elkaar dezelfde dag weten wie de regie heeft.',
  acuteContactName: 'Veilig Thuis (advies en melding), via de aandachtsfunctionaris meldcode van de eigen organisatie',
  acuteContactEmail: '',
  acuteContactPhone: '0800-2000',
  radicalisationRoute:
    'Wie zich zorgen maakt over radicalisering, bespreekt dat eerst met de eigen aandachtsfunctionaris en daarna zonder naam met het meldpunt van de gemeente. ' +
    'Het meldpunt adviseert of er meer nodig is; pas als de afweging daartoe leidt, noemen we een naam. De jongerenwerker blijft in die tijd gewoon contact houden met de jongere.',
  radicalisationContactName: 'Meldpunt zorgen over radicalisering, Gemeente Westerhaven (Jan de Vries)',
  radicalisationContactEmail: 'zorgenradicalisering@westerhaven.example',
  radicalisationContactPhone: '0123 45 61 00',
  privacyCovenant: true,
} satisfies SignalenData;

const faciliteiten = {
  presence: [
    {
      id: 'aanw-zeekompas',
      partnerId: P.zeekompas,
      location: 'Locatie Havenkwartier (vmbo)',
      days: ['ma', 'wo', 'do'],
      hoursPerWeek: 16,
      regularity: 'Elke lesweek, met twee vaste jongerenwerkers; altijd in de grote pauze en tot een uur na het laatste lesuur.',
    },
    {
      id: 'aanw-kustlanden',
      partnerId: P.kustlanden,
      location: 'Campus Westerhaven',
      days: ['di', 'do', 'vr'],
      hoursPerWeek: 24,
      regularity: 'Elke lesweek, met twee vaste jongerenwerkers; in stageperiodes minder op de campus en meer in de wijk.',
    },
  ],
  spot: 'eigen_ruimte',
  spotDescription:
    'Het Zeekompas: een eigen kamer naast de aula (lokaal H0.12), met de deur open tijdens de pauzes. Kustlanden College: de voormalige mediatheekruimte bij de kantine. ' +
    'Op beide deuren hangt een bordje met foto’s van de jongerenwerkers en hun dagen; in de roosterapp staat de ruimte als vaste plek vermeld.',
  access: ['toegangspas', 'wifi', 'roosters', 'personeelsruimte', 'communicatie'],
  accessNotes:
    'De facilitair medewerkers van beide scholen regelen de passen en wifi voor de start op 11 januari. De jongerenwerkers krijgen een gastaccount in het interne berichtensysteem, maar geen toegang tot leerlingdossiers.',
  independentPosition: true,
} satisfies FaciliteitenData;

const bekendheid = {
  actions: [
    {
      id: 'bek-team-zeekompas',
      kind: 'teamvergadering',
      kindOther: '',
      audiences: ['docenten', 'overig_personeel'],
      date: '2027-01-12',
      moment: 'Teamvergadering in de eerste week',
      partnerId: P.jongerenwerk,
      person: 'Dewi Kartosen en Bram Hoekstra',
      notes: 'Voorstellen, uitleggen wat de jongerenwerker wel en niet doet, en afspreken hoe mentoren hen bereiken.',
    },
    {
      id: 'bek-klassen-zeekompas',
      kind: 'klassenbezoek',
      kindOther: '',
      audiences: ['leerlingen'],
      date: '2027-01-18',
      moment: 'In de tweede week, tijdens de mentorlessen',
      partnerId: P.jongerenwerk,
      person: 'Dewi Kartosen en Bram Hoekstra',
      notes: '',
    },
    {
      id: 'bek-mentoren-kustlanden',
      kind: 'presentatie_mentoren',
      kindOther: '',
      audiences: ['docenten'],
      date: '2027-01-19',
      moment: 'Overleg studieloopbaanbegeleiders',
      partnerId: P.jongerenwerk,
      person: 'Noor Haddou en Kevin Osei',
      notes: '',
    },
    {
      id: 'bek-rondgang',
      kind: 'anders',
      kindOther: 'Kennismakingsronde met conciërges, receptie en beveiliging',
      audiences: ['overig_personeel'],
      date: '2027-01-11',
      moment: 'Eerste werkdag op elke locatie',
      partnerId: P.jongerenwerk,
      person: 'De schooljongerenwerkers van de locatie',
      notes: 'Conciërges zien als eersten wat er in de pauzes gebeurt; zij weten daarna wie ze kunnen aanspreken.',
    },
    {
      id: 'bek-posters',
      kind: 'poster',
      kindOther: '',
      audiences: ['leerlingen', 'overig_personeel'],
      date: '',
      moment: 'Voor de start, en bij elke wijziging van dagen of gezichten',
      partnerId: P.jongerenwerk,
      person: 'Zoë Verhoeven',
      notes: 'Posters met foto’s, dagen en de plek van de jongerenwerkers bij de ingang, in de aula en bij de kantine.',
    },
    {
      id: 'bek-nieuwsbrief',
      kind: 'nieuwsbrief',
      kindOther: '',
      audiences: ['ouders'],
      date: '2027-01-22',
      moment: 'Nieuwsbrief van januari',
      partnerId: P.zeekompas,
      person: 'Şükrü Yılmaz, teamleider onderbouw',
      notes: 'Een kort stuk met foto waarin de jongerenwerkers zichzelf voorstellen.',
    },
    {
      id: 'bek-introductie',
      kind: 'klassenbezoek',
      kindOther: '',
      audiences: ['leerlingen'],
      date: '2027-08-31',
      moment: 'Introductieweek van het nieuwe schooljaar, en zo elk schooljaar opnieuw',
      partnerId: P.jongerenwerk,
      person: 'Alle vier de schooljongerenwerkers',
      notes: 'Met een activiteit op het plein, zodat nieuwe leerlingen en studenten de jongerenwerkers meteen leren kennen.',
    },
    {
      id: 'bek-ouderavond',
      kind: 'ouderavond',
      kindOther: '',
      audiences: ['ouders'],
      date: '2027-09-14',
      moment: 'Informatieavond leerjaar 1',
      partnerId: P.zeekompas,
      person: 'Marieke Bos, samen met een jongerenwerker',
      notes: '',
    },
    {
      id: 'bek-social',
      kind: 'social_media',
      kindOther: '',
      audiences: ['leerlingen'],
      date: '',
      moment: 'Doorlopend, elke week een bericht',
      partnerId: P.jongerenwerk,
      person: 'Noor Haddou',
      notes:
        'Via het account van het jongerenwerk: waar en wanneer de jongerenwerkers er zijn, en aankondigingen van activiteiten.',
    },
  ],
  keepVisible:
    'De jongerenwerkers zijn er op vaste dagen en altijd in de grote pauze, op een vaste plek. Aan het begin van elk schooljaar stellen ze zich opnieuw voor in de klassen en bij de teams. ' +
    'Ze schuiven elk kwartaal aan bij een teamvergadering en organiseren per periode een activiteit die leerlingen met elkaar en met hen in contact brengt, zoals een sporttoernooi of een themagroep over geld of stress. ' +
    'De leerlingenpeiling laat zien of dit werkt.',
} satisfies BekendheidData;

const kennisdelen = {
  activities: [
    {
      id: 'kd-zorgstructuur',
      kind: 'presentatie',
      kindOther: '',
      topic: 'Hoe de zorgstructuur van de school werkt: mentor, zorgcoördinator, zorgadviesteam en verzuimaanpak',
      partnerId: P.zeekompas,
      audience: 'De schooljongerenwerkers en de teamleider jongerenwerk',
      frequency: 'eenmalig',
      nextDate: '2027-01-13',
    },
    {
      id: 'kd-leefwereld',
      kind: 'presentatie',
      kindOther: '',
      topic: 'Wat speelt er online en op straat onder jongeren in Westerhaven',
      partnerId: P.jongerenwerk,
      audience: 'Alle mentoren van de vmbo-locatie Havenkwartier',
      frequency: 'per_half_jaar',
      nextDate: '2027-02-10',
    },
    {
      id: 'kd-zorgteam',
      kind: 'teamoverleg',
      kindOther: '',
      topic: 'Signalen en groepsdynamiek in de onderbouw',
      partnerId: P.jongerenwerk,
      audience: 'Zorgteam van Het Zeekompas',
      frequency: 'maandelijks',
      nextDate: '2027-02-03',
    },
    {
      id: 'kd-jaarplanning',
      kind: 'teamoverleg',
      kindOther: '',
      topic: 'Stageperiodes, examenweken en verzuimbeleid van de opleidingen',
      partnerId: P.kustlanden,
      audience: 'Het team jongerenwerk',
      frequency: 'per_kwartaal',
      nextDate: '2027-01-26',
    },
    {
      id: 'kd-training',
      kind: 'training',
      kindOther: '',
      topic: 'Het puberbrein en het gesprek met jongeren die zich terugtrekken',
      partnerId: P.jongerenwerk,
      audience: 'Studieloopbaanbegeleiders van het Kustlanden College',
      frequency: 'jaarlijks',
      nextDate: '2027-03-10',
    },
    {
      id: 'kd-intervisie',
      kind: 'intervisie',
      kindOther: '',
      topic: 'Anonieme casusbespreking: wat doen we als een leerling niet meer komt opdagen?',
      partnerId: P.kustlanden,
      audience: 'Studentbegeleiders en schooljongerenwerkers',
      frequency: 'per_kwartaal',
      nextDate: '2027-04-07',
    },
    {
      id: 'kd-radicalisering',
      kind: 'presentatie',
      kindOther: '',
      topic: 'De route bij zorgen over radicalisering en polarisatie, en wat het meldpunt doet',
      partnerId: P.gemeente,
      audience: 'Zorgcoördinatoren, studentbegeleiders en jongerenwerkers',
      frequency: 'eenmalig',
      nextDate: '2027-02-17',
    },
  ],
} satisfies KennisdelenData;

const evaluatie = {
  frequency: 'per_half_jaar',
  firstDate: '2027-06-15',
  participants: [
    { id: 'ev-gemeente', partnerId: P.gemeente, person: 'Fatima El Amrani, beleidsadviseur jeugd en onderwijs' },
    { id: 'ev-zeekompas', partnerId: P.zeekompas, person: 'Marieke Bos, zorgcoördinator' },
    { id: 'ev-zeekompas-tl', partnerId: P.zeekompas, person: 'Şükrü Yılmaz, teamleider onderbouw vmbo' },
    { id: 'ev-leerlingenraad', partnerId: P.zeekompas, person: 'Twee leden van de leerlingenraad' },
    { id: 'ev-kustlanden', partnerId: P.kustlanden, person: 'Anouk van den Berg, coördinator studentenzorg' },
    { id: 'ev-studentenraad', partnerId: P.kustlanden, person: 'Twee leden van de studentenraad' },
    { id: 'ev-jongerenwerk', partnerId: P.jongerenwerk, person: 'Youssef Bakkali, teamleider jongerenwerk' },
    { id: 'ev-jongerenwerkers', partnerId: P.jongerenwerk, person: 'De vier schooljongerenwerkers' },
  ],
  studentInvolvement:
    'Voor elke evaluatie vullen leerlingen en studenten tijdens de mentorles een korte peiling in met vier vragen: zijn de jongerenwerkers zichtbaar, weet je waarvoor je bij hen terechtkunt, ' +
    'had je contact met hen, en kreeg je hulp? De eerste peiling in juni 2027 is de nulmeting. Daarnaast praten de jongerenwerkers met de leerlingenraad en de studentenraad over wat beter kan, ' +
    'en twee leden van elke raad schuiven aan bij de evaluatie.',
  evaluationTypes: ['plan', 'proces', 'effect'],
  bottlenecks:
    'Na elke evaluatie maakt de gemeente een kort verslag met tops, tips, knelpunten en oplossingen. Nieuwe acties gaan met een trekker en een datum in het actieplan. ' +
    'Bij de evaluatie van juni 2028 besluiten de partners samen of de samenwerking structureel wordt voortgezet en uitgebreid.',
  // One interim evaluation, as it could look after the first half year: an illustration of step 10's
  // list. The student survey uses the figures of the MBO survey in a practice report (n = 70: 43%, 39%, 24% and 17.5%);
  // with 70 whole respondents the last one is 12 of 70, which rounds to 17%.
  checkpoints: [
    {
      id: 'ev-2027-06',
      date: '2027-06-15',
      participants:
        'Fatima El Amrani (gemeente), Marieke Bos en Şükrü Yılmaz (Het Zeekompas), Anouk van den Berg (Kustlanden College), Youssef Bakkali en de vier schooljongerenwerkers (Welzijn Westerhaven), ' +
        'twee leden van de leerlingenraad en twee leden van de studentenraad',
      kind: 'proces',
      presence: {
        'vast-team': 4,
        capaciteit: 2,
        zichtbaar: 3,
        'geworteld-in-wijk': 4,
        'contact-jongerenwerk': 4,
        'contact-school': 4,
        'bekend-bij-school': 3,
        'eigen-ruimte': 4,
        'pedagogische-visie': 3,
        'gedeelde-werkwijze': 3,
        'belang-jongere': 4,
        gelijkwaardig: 3,
        rolverdeling: 3,
        'signalen-delen': 3,
        'vast-overleg': 4,
        onafhankelijk: 4,
        continuiteit: 3,
        'draagvlak-leiding': 4,
        'structurele-financiering': 'weet_niet',
        'kennis-delen': 3,
        'samen-evalueren': 3,
      },
      // Reviews are keyed by action-plan row ids; the keyboard e2e re-creates the plan with fresh ids, so the example has none.
      actions: {},
      agreements: {
        roles: 'deels',
        meetings: 'ja',
        contactPersons: 'ja',
        notes:
          'De aanspreekpunten zijn goed bereikbaar. Docenten vragen de jongerenwerkers nog geregeld om toezicht in de pauzes; dat past niet bij hun rol en bespreken we opnieuw in de teams.',
      },
      reach: { studentsPerWeek: 85, studentsCoached: 14, groups: 6, contactMoments: 38 },
      experiences: {
        leerlingen: {
          rating: 4,
          notes: 'Wie de jongerenwerkers kent, is positief; veel leerlingen weten nog niet waarvoor ze bij hen terechtkunnen.',
        },
        docenten: {
          rating: 3,
          notes: 'Mentoren waarderen de korte lijnen, maar willen vaker horen wat er met hun signaal gebeurt.',
        },
        zorg: { rating: 4, notes: 'Het signaleringsoverleg helpt; de zorgcoördinatoren zien zorgen eerder.' },
        jongerenwerkers: { rating: 4, notes: 'Goed welkom op beide scholen; de uren zijn krap rond de toetsweken.' },
        gemeente: { rating: 4, notes: 'De samenwerking loopt volgens plan; de vraag naar structureel geld komt nu op tafel.' },
      },
      signals: {
        works: 'deels',
        notes:
          'Signalen komen via het overleg goed binnen. Tussendoor belt de school soms een jongerenwerker die er die dag niet is; we maken een rooster van wie wanneer bereikbaar is.',
      },
      externalFactors:
        'Een van de vier jongerenwerkers was in maart en april ziek; de teamleider regelde vervanging na twee weken. In mei was er onrust op het stationsplein na een vechtpartij die online begon.',
      tops: 'Vaste gezichten en een vaste plek; het signaleringsoverleg; de activiteiten in de pauzes trekken veel leerlingen.',
      tips: 'Stel de jongerenwerkers in september opnieuw voor, ook in de hogere leerjaren. Laat mentoren weten hoe zij een signaal inbrengen en wat ze terug kunnen verwachten.',
      students: { respondents: 70, visible: 30, knowWhatFor: 27, hadContact: 17, gotHelp: 12 },
      newActions: [
        {
          id: 'ev-2027-06-actie-1',
          what: 'In de introductieweek alle klassen langs, ook de hogere leerjaren, met een korte uitleg waarvoor leerlingen bij het jongerenwerk terechtkunnen',
          leadPartnerId: P.jongerenwerk,
          deadline: '2027-09-10',
          actionRowId: '',
        },
        {
          id: 'ev-2027-06-actie-2',
          what: 'Een kaart voor mentoren: hoe breng ik een signaal in, en wat hoor ik terug?',
          leadPartnerId: P.zeekompas,
          deadline: '2027-10-01',
          actionRowId: '',
        },
      ],
    },
  ],
} satisfies EvaluatieData;

const structureleFinanciering = {
  routes: [
    {
      id: 'route-begroting',
      kind: 'gemeentelijke_begroting',
      kindOther: '',
      description:
        'Schooljongerenwerk als vaste post in de gemeentebegroting vanaf 2028, ongeveer € 110.000 per jaar voor beide scholen. Voorstel via de kadernota 2028; de raad besluit bij de begrotingsbehandeling in november 2027.',
      responsible: 'Fatima El Amrani, Gemeente Westerhaven',
      deadline: '2027-05-14',
      status: 'nog_niet_gestart',
    },
    {
      id: 'route-portefeuilles',
      kind: 'gemeentelijke_portefeuilles',
      kindOther: '',
      description:
        'Budgetten van jeugd, veiligheid (preventie) en onderwijs (onderwijsachterstandenbeleid) bundelen voor schooljongerenwerk. Bespreken aan de tafel van de Lokale Educatieve Agenda.',
      responsible: 'Jan de Vries, Gemeente Westerhaven',
      deadline: '2027-10-01',
      status: 'nog_niet_gestart',
    },
    {
      id: 'route-gezamenlijk',
      kind: 'gezamenlijke_subsidie',
      kindOther: '',
      description:
        'Gezamenlijke aanvraag van alle vo-scholen in Westerhaven en het Kustlanden College bij het samenwerkingsverband passend onderwijs, voor jongerenwerk op meer locaties.',
      responsible: 'Marieke Bos, Het Zeekompas, met Anouk van den Berg, Kustlanden College',
      deadline: '2028-01-14',
      status: 'nog_niet_gestart',
    },
    {
      id: 'route-fonds',
      kind: 'fonds',
      kindOther: '',
      description:
        'Aanvraag bij een fonds voor de preventie van jeugdcriminaliteit en schooluitval, voor de groepsactiviteiten na schooltijd (ongeveer € 20.000 per jaar).',
      responsible: 'Youssef Bakkali, Stichting Welzijn Westerhaven',
      deadline: '2028-02-01',
      status: 'bezig',
    },
  ],
  // Empty: the date from step 3 (1 March 2027) applies.
  searchStart: '',
  responsible: 'Fatima El Amrani, beleidsadviseur jeugd en onderwijs, Gemeente Westerhaven',
} satisfies StructureleFinancieringData;

export const EXAMPLE_DOSSIER: { title: string; gemeente: string; steps: Record<StepId, Record<string, unknown>> } = {
  title: 'Jongerenwerk op school in Westerhaven (voorbeeld)',
  gemeente: 'Westerhaven',
  steps: {
    initiatief,
    aanspreekpunten,
    financiering,
    visie,
    taakverdeling,
    signalen,
    faciliteiten,
    bekendheid,
    kennisdelen,
    evaluatie,
    'structurele-financiering': structureleFinanciering,
  },
};
