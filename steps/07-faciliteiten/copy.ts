import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Faciliteer het jongerenwerk op school',
  summary: 'Wanneer de jongerenwerkers op school zijn, waar ze te vinden zijn en wat ze nodig hebben.',
  intro:
    'Leerlingen stappen makkelijker binnen als ze weten wanneer de jongerenwerker er is en waar ze hem of haar kunnen vinden. Daarvoor is een vast ritme op school nodig, een herkenbare plek en praktische toegang tot het gebouw. De jongerenwerker blijft daarbij in dienst van de eigen organisatie, zodat leerlingen vrijuit kunnen praten. Aan zet: de school.',
  presence: {
    legend: 'Aanwezigheid op school',
    hint: 'Eén regel per schoollocatie of per vast patroon. Uren verdeeld over meerdere dagen maken de jongerenwerker beter bereikbaar dan één lange dag.',
    row: (i: number) => `Aanwezigheid ${i + 1}`,
    add: 'Aanwezigheid toevoegen',
    partner: { label: 'School' },
    location: { label: 'Locatie of gebouw', hint: 'Alleen nodig als de school meer vestigingen heeft.' },
    days: { label: 'Op welke dagen?' },
    hours: { label: 'Uren per week', unit: 'uur' },
    regularity: { label: 'Ritme', hint: 'Bijvoorbeeld: elke week, alleen in lesweken, of om de week op woensdagmiddag.' },
  },
  weekdays: [
    { value: 'ma', label: 'Maandag' },
    { value: 'di', label: 'Dinsdag' },
    { value: 'wo', label: 'Woensdag' },
    { value: 'do', label: 'Donderdag' },
    { value: 'vr', label: 'Vrijdag' },
  ],
  spot: {
    label: 'Waar is de jongerenwerker te vinden?',
  },
  spotKinds: [
    { value: 'eigen_ruimte', label: 'Een eigen ruimte', hint: 'Een lokaal of kamer die voor het jongerenwerk is gereserveerd.' },
    { value: 'vaste_plek', label: 'Een vaste plek', hint: 'Bijvoorbeeld een tafel in de aula of een hoek bij de kantine.' },
    {
      value: 'geen_vaste_plek',
      label: 'Geen vaste plek',
      hint: 'De jongerenwerker beweegt door het gebouw of werkt vooral buiten de school.',
    },
  ],
  spotDescription: {
    label: 'Beschrijving van de plek',
    hint: 'Waar precies, en hoe weten leerlingen dat ze daar terechtkunnen?',
  },
  wijkgerichtNote:
    'In stap 1 is gekozen voor jongerenwerk vanuit de wijk. Een eigen ruimte op school is dan geen vereiste; wel helpt het als leerlingen weten waar en wanneer ze de jongerenwerker kunnen treffen.',
  access: {
    label: 'Praktische toegang',
    hint: 'Kruis aan wat de school regelt.',
  },
  accessOptions: [
    { value: 'toegangspas', label: 'Sleutel of toegangspas' },
    { value: 'wifi', label: 'Wifi' },
    { value: 'roosters', label: 'Inzage in lesroosters en de jaarplanning' },
    { value: 'personeelsruimte', label: 'Toegang tot de personeelsruimte' },
    { value: 'printer', label: 'Printer en kopieerapparaat' },
    {
      value: 'communicatie',
      label: 'Een manier om collega’s op school te bereiken, zoals e-mail of het interne berichtensysteem',
    },
    { value: 'anders', label: 'Iets anders' },
  ],
  accessNotes: {
    label: 'Toelichting op de toegang',
    hint: 'Wie regelt het, en wat is er nog niet geregeld?',
  },
  independent: {
    label:
      'Blijven de jongerenwerkers in dienst van hun eigen organisatie, met een onafhankelijke positie ten opzichte van de school?',
    hint: 'Die onafhankelijkheid maakt dat leerlingen de jongerenwerker als vertrouwenspersoon buiten het schoolsysteem zien.',
    yes: 'Ja, dat bevestigen we',
    no: 'Nee, nog niet',
  },
  errors: {
    tooManyHours: (max: number) => `Dat is meer dan ${max} uur per gekozen dag. Controleer de dagen of het aantal uren.`,
    accessOtherRequired: 'Beschrijf welke andere toegang nodig is.',
    independentRequired:
      'De jongerenwerkers moeten in dienst blijven van hun eigen organisatie. Maak dit eerst met elkaar rond voordat de stap wordt afgerond.',
  },
  warnings: {
    noSpotInSchool:
      'In stap 1 is gekozen voor jongerenwerk in de school. Zonder vaste plek weten leerlingen moeilijk waar ze terechtkunnen; spreek liever een eigen ruimte of vaste plek af.',
  },
} satisfies StepCopyBase & Record<string, unknown>;
