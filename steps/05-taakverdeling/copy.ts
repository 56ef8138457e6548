import type { StepCopyBase } from '#src/domain/step';
import { validationNl } from '#src/i18n/nl/validation';

export const copy = {
  title: 'Maak afspraken over verantwoordelijkheden, taken en verwachtingen',
  summary: 'Wie waarvoor zorgt, wat de anderen mogen verwachten en wat buiten ieders rol valt.',
  intro:
    'Elke partner brengt eigen kennis en ervaring mee, en daar zit de kracht van de samenwerking. Dat werkt alleen als niemand het werk van een ander gaat overnemen. Een jongerenwerker richt zich bijvoorbeeld meer op de band met de jongere en diens thuissituatie, een docent meer op het halen van een diploma. Leg per organisatie vast wat zij doet, zodat ook leerlingen weten bij wie ze waarvoor terechtkunnen. Aan zet: alle partners samen.',
  roles: {
    legend: 'Taken per organisatie',
    hint: 'Eén rij per organisatie.',
    row: (i: number) => `Taakverdeling ${i + 1}`,
    add: 'Organisatie toevoegen',
    partnerId: { label: 'Organisatie' },
    responsibilities: {
      label: 'Waar is deze organisatie verantwoordelijk voor?',
      hint: 'Noem de concrete taken die zij in de samenwerking op zich neemt.',
    },
    expectations: {
      label: 'Wat mogen de andere partners van haar verwachten?',
      hint: 'Bijvoorbeeld hoe snel zij reageert of bij welk overleg zij aanschuift.',
    },
    notTheirTask: {
      label: 'Wat hoort uitdrukkelijk niet bij haar taak?',
      hint: 'Zo voorkomt u dat partners elkaars werk gaan doen.',
    },
  },
  ownExpertise: {
    label: 'Hoe blijft iedere partner binnen de eigen deskundigheid?',
    hint: 'Wat doet u als iemand merkt dat een vraag eigenlijk bij een andere partner hoort?',
  },
  errors: {
    partnerRequired: 'Kies de organisatie waar deze rij over gaat.',
    duplicatePartner: validationNl.duplicatePartnerRow,
  },
  warnings: {
    partnerWithoutRow: (partner: string) => `Voor ${partner} zijn nog geen taken vastgelegd.`,
    unknownPartner: (row: number) =>
      `Taakverdeling ${row} hoort bij een organisatie die niet meer in stap 1 staat. Kies een andere organisatie.`,
  },
} satisfies StepCopyBase & Record<string, unknown>;
