import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Deel je kennis',
  summary: 'Hoe school en jongerenwerk elkaar op de hoogte houden en van elkaar leren.',
  intro:
    'Docenten en jongerenwerkers zien dezelfde jongeren vanuit een andere hoek en weten daardoor verschillende dingen. Door die kennis bewust uit te wisselen, herkent u eerder wanneer het met een jongere niet goed gaat. Spreek af wie wat deelt, met wie en hoe vaak. Aan zet: de school en het jongerenwerk.',
  activities: {
    legend: 'Activiteiten om kennis te delen',
    hint: 'Kennis delen werkt het best in twee richtingen: de school leert van het jongerenwerk en andersom.',
    row: (i: number) => `Activiteit ${i + 1}`,
    add: 'Activiteit toevoegen',
    kind: { label: 'Vorm' },
    kindOther: { label: 'Welke andere vorm?' },
    topic: {
      label: 'Onderwerp',
      hint: 'Bijvoorbeeld: wat speelt er online onder jongeren, of hoe werkt de zorgstructuur van de school.',
    },
    partner: { label: 'Door wie?' },
    audience: { label: 'Voor wie?', hint: 'Bijvoorbeeld: alle mentoren van de onderbouw, of het hele jongerenwerkteam.' },
    frequency: { label: 'Hoe vaak?' },
    nextDate: { label: 'Eerstvolgende datum' },
  },
  activityKinds: [
    { value: 'presentatie', label: 'Presentatie' },
    { value: 'training', label: 'Training of workshop' },
    { value: 'teamoverleg', label: 'Aansluiten bij elkaars teamoverleg' },
    { value: 'intervisie', label: 'Intervisie of casusbespreking' },
    { value: 'anders', label: 'Iets anders' },
  ],
  frequencies: [
    { value: 'eenmalig', label: 'Eén keer' },
    { value: 'wekelijks', label: 'Elke week' },
    { value: 'maandelijks', label: 'Elke maand' },
    { value: 'per_kwartaal', label: 'Elk kwartaal' },
    { value: 'per_half_jaar', label: 'Elk half jaar' },
    { value: 'jaarlijks', label: 'Elk jaar' },
  ],
  errors: {
    kindOtherRequired: 'Beschrijf de andere vorm.',
  },
  warnings: {
    noSchoolKnowledge: 'Er is nog geen activiteit waarin de school haar kennis deelt met het jongerenwerk.',
    noYouthWorkKnowledge: 'Er is nog geen activiteit waarin het jongerenwerk zijn kennis deelt met de school.',
  },
} satisfies StepCopyBase & Record<string, unknown>;
