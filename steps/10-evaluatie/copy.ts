import type { StepCopyBase } from '#src/domain/step';
import { EVALUATION_FREQUENCY_CHOICES } from '#src/domain/catalogue/choices';
import { evaluationCopy } from '#src/tools/evaluation-list/copy';

export const copy = {
  title: 'Evalueer de samenwerking',
  summary: 'Wanneer en met wie u nagaat of de samenwerking werkt, en wat er dan gebeurt.',
  intro:
    'Een samenwerking die goed begon, kan onderweg van koers raken: mensen wisselen, de situatie op school verandert. Door op vaste momenten samen terug te kijken, ziet u of de doelen nog binnen bereik zijn en of iedereen nog achter de gezamenlijke visie staat. Leerlingen horen daarbij: zij merken als eersten of het werkt. Aan zet: de school en het jongerenwerk.',
  frequency: {
    label: 'Hoe vaak evalueert u?',
  },
  frequencies: EVALUATION_FREQUENCY_CHOICES,
  firstDate: {
    label: 'Datum van de eerste evaluatie',
  },
  upcoming: (dates: string) => `Zo komen de eerste evaluaties uit op: ${dates}.`,
  participants: {
    legend: 'Wie doen er mee?',
    hint: 'Zorg dat zowel de school als het jongerenwerk aan tafel zit.',
    row: (i: number) => `Deelnemer ${i + 1}`,
    add: 'Deelnemer toevoegen',
    partner: { label: 'Organisatie' },
    person: { label: 'Naam of functie', hint: 'Bijvoorbeeld: zorgcoördinator, of de teamleider jongerenwerk.' },
  },
  studentInvolvement: {
    label: 'Hoe betrekt u leerlingen bij de evaluatie?',
    hint: 'Denk aan een korte vragenlijst, een gesprek met de leerlingenraad of een paar vragen tijdens de mentorles. Vraag ook wat zij nodig hebben.',
  },
  evaluationTypes: {
    label: 'Wat bekijkt u?',
    hint: evaluationCopy.kind.hint,
  },
  evaluationTypeOptions: [
    { value: 'plan', label: 'De opzet: past de aanpak bij de doelen en de doelgroep?' },
    { value: 'proces', label: 'De uitvoering: gaat het zoals afgesproken en bereiken we wie we willen bereiken?' },
    { value: 'effect', label: 'Het resultaat: merken leerlingen en school verschil?' },
  ],
  bottlenecks: {
    label: 'Hoe legt u knelpunten en oplossingen vast?',
    hint: 'Bijvoorbeeld: een kort verslag na elke evaluatie, en nieuwe acties die terugkomen in het actieplan.',
  },
  warnings: {
    missingSide: (side: string) => `Bij de deelnemers ontbreekt nog ${side}.`,
    sides: { school: 'de school', jongerenwerk: 'het jongerenwerk' },
  },
} satisfies StepCopyBase & Record<string, unknown>;
