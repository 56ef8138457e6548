import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Maak je aanwezigheid als jongerenwerker bekend',
  summary: 'Hoe leerlingen, ouders en schoolpersoneel leren wie de jongerenwerker is en wanneer die er is.',
  intro:
    'Een jongerenwerker die niemand kent, krijgt weinig vragen en hoort signalen pas laat. Wie weet wie de jongerenwerker is, waarvoor en wanneer die er is, stapt er sneller op af: leerlingen met een vraag en docenten die willen samenwerken. Plan daarom hoe het jongerenwerk zich voorstelt en hoe het zichtbaar blijft. Aan zet: het jongerenwerk.',
  actions: {
    legend: 'Geplande acties om bekend te worden',
    hint: 'Denk aan alle groepen: leerlingen, ouders, docenten en het overige personeel, zoals conciërges en de administratie.',
    row: (i: number) => `Actie ${i + 1}`,
    add: 'Actie toevoegen',
    kind: { label: 'Soort actie' },
    kindOther: { label: 'Welke andere actie?' },
    audiences: { label: 'Voor wie?' },
    date: { label: 'Datum', hint: 'Vul een datum in, een omschrijving van het moment, of allebei.' },
    moment: { label: 'Moment', hint: 'Bijvoorbeeld: eerste schoolweek, of bij elke nieuwe periode.' },
    partner: { label: 'Organisatie die het uitvoert' },
    person: { label: 'Wie voert het uit?', hint: 'Naam of functie.' },
    notes: { label: 'Opmerkingen' },
  },
  audienceOptions: [
    { value: 'leerlingen', label: 'Leerlingen' },
    { value: 'ouders', label: 'Ouders' },
    { value: 'docenten', label: 'Docenten en mentoren' },
    { value: 'overig_personeel', label: 'Overig schoolpersoneel' },
  ],
  keepVisible: {
    label: 'Hoe blijft het jongerenwerk het hele jaar zichtbaar?',
    hint: 'Eén kennismaking is snel vergeten. In de praktijk helpt het om het jongerenwerk aan het begin van elk schooljaar opnieuw voor te stellen en daarna op vaste momenten in beeld te blijven.',
  },
  errors: {
    kindOtherRequired: 'Beschrijf de andere actie.',
    momentRequired: 'Vul een datum of een moment in.',
  },
  warnings: {
    missingAudiences: (groups: string) => `Nog geen actie gepland voor: ${groups}.`,
  },
} satisfies StepCopyBase & Record<string, unknown>;
