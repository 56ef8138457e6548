import { COLLABORATION_TYPE_CHOICES } from '#src/domain/catalogue/choices';
import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Neem het initiatief',
  summary: 'Wie begint, waarom nu, en met welke partners.',
  intro:
    'Elke samenwerking begint met iemand die de eerste stap zet. Vaak is dat de gemeente, omdat zij zicht heeft op zowel het jongerenwerk als de scholen en over budget beslist. Maar een school of jongerenwerkorganisatie kan net zo goed beginnen. Leg hier vast wie het initiatief neemt, wat de aanleiding is en welke organisaties meedoen. Aan zet: gemeente, school en jongerenwerk samen.',
  initiator: {
    label: 'Wie neemt het initiatief?',
    hint: 'De partij die de eerste gesprekken organiseert.',
  },
  initiatorKinds: [
    { value: 'gemeente', label: 'De gemeente' },
    { value: 'school', label: 'Een school' },
    { value: 'jongerenwerk', label: 'Het jongerenwerk' },
  ],
  occasions: {
    label: 'Wat is de aanleiding?',
    hint: 'Kies alles wat van toepassing is. Een actueel onderwerp is vaak het startpunt, maar elke reden telt.',
  },
  occasionOther: { label: 'Welke andere aanleiding?' },
  occasionExplanation: {
    label: 'Toelichting op de aanleiding',
    hint: 'Wat speelt er precies, en waarom is dit het moment om samen op te trekken?',
  },
  partners: {
    legend: 'Deelnemende organisaties',
    hint: 'Minstens de gemeente, één school en één jongerenwerkorganisatie. Voeg elke schoollocatie toe die meedoet.',
    row: (i: number) => `Organisatie ${i + 1}`,
    add: 'Organisatie toevoegen',
    kind: { label: 'Soort organisatie' },
    name: { label: 'Naam van de organisatie' },
    schoolType: { label: 'Onderwijssoort' },
    locations: { label: 'Locaties die meedoen', hint: 'Bijvoorbeeld de naam of het adres van de vestiging.' },
  },
  partnerKinds: [
    { value: 'gemeente', label: 'Gemeente' },
    { value: 'school', label: 'School' },
    { value: 'jongerenwerk', label: 'Jongerenwerk' },
  ],
  schoolTypes: [
    { value: 'po', label: 'Primair onderwijs (PO)' },
    { value: 'vo', label: 'Voortgezet onderwijs (VO)' },
    { value: 'mbo', label: 'Middelbaar beroepsonderwijs (MBO)' },
  ],
  collaborationType: {
    label: 'Hoe gaat het jongerenwerk de school ondersteunen?',
  },
  collaborationTypes: COLLABORATION_TYPE_CHOICES,
  intendedStart: { label: 'Beoogde startdatum' },
  errors: {
    missingKinds: (kinds: string) => `Voeg nog toe: ${kinds}.`,
    schoolTypeRequired: 'Kies de onderwijssoort van deze school.',
    occasionOtherRequired: 'Beschrijf de andere aanleiding.',
  },
} satisfies StepCopyBase & Record<string, unknown>;
