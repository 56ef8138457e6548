import type { StepCopyBase } from '#src/domain/step';
import { SCHOOL_LEVEL_CHOICES } from '#src/domain/catalogue/choices';

export const copy = {
  title: 'Stel een gezamenlijke visie op',
  summary: 'Waar u samen voor staat, wat u wilt bereiken en voor welke leerlingen.',
  intro:
    'Wie samenwerkt, moet weten dat de ander hetzelfde bedoelt. Bespreek daarom met elkaar hoe u kijkt naar het weerbaarder maken van jongeren en wat de samenwerking daaraan toevoegt. Spreek ook af welke doelen u nastreeft en voor welke leerlingen. Aan zet: gemeente, school en jongerenwerk samen.',
  vision: {
    label: 'Onze visie op het versterken van de veerkracht van jongeren',
    hint: 'Wat hebben jongeren nodig om stevig in hun schoenen te staan, op school, in de wijk en online?',
  },
  contribution: {
    label: 'Wat onze samenwerking daaraan bijdraagt',
    hint: 'Wat lukt samen beter dan ieder voor zich?',
  },
  goals: {
    legend: 'Doelen van de samenwerking',
    hint: 'Formuleer elk doel zo concreet dat u later kunt nagaan of het gehaald is.',
    row: (i: number) => `Doel ${i + 1}`,
    add: 'Doel toevoegen',
    goal: { label: 'Wat willen we bereiken?' },
    indicator: {
      label: 'Waaraan zien we dat het gelukt is?',
      hint: 'Bijvoorbeeld: meer leerlingen weten wat ze bij de jongerenwerker kunnen halen.',
    },
  },
  targetGroup: {
    legend: 'Doelgroep',
    schoolYears: { label: 'Leerjaren of groepen', hint: 'Bijvoorbeeld leerjaar 1 en 2, of groep 7 en 8.' },
    levels: { label: 'Onderwijsniveaus', hint: 'Kies alle niveaus waarvoor de samenwerking bedoeld is.' },
    notes: {
      label: 'Aanvullingen over de doelgroep',
      hint: 'Bijvoorbeeld een bepaalde groep leerlingen die extra aandacht krijgt.',
    },
  },
  levelOptions: SCHOOL_LEVEL_CHOICES,
} satisfies StepCopyBase & Record<string, unknown>;
