import type { StepCopyBase } from '#src/domain/step';
import { validationNl } from '#src/i18n/nl/validation';

export const copy = {
  title: 'Stel een aanspreekpunt aan',
  summary: 'Per organisatie een vast aanspreekpunt en een vervanger.',
  intro:
    'Een samenwerking mag niet afhangen van één persoon. Daarom wijst elke deelnemende organisatie een vaste contactpersoon aan en iemand die het overneemt bij afwezigheid. Zo weet iedereen wie te bellen voor kort overleg, het delen van informatie of bij een incident. Aan zet: elke partner voor de eigen organisatie.',
  contacts: {
    legend: 'Aanspreekpunten per organisatie',
    hint: 'Voeg voor elke organisatie één rij toe, met de contactpersoon en diens vervanger.',
    row: (i: number) => `Aanspreekpunt ${i + 1}`,
    add: 'Aanspreekpunt toevoegen',
    partnerId: { label: 'Organisatie' },
    contactGroup: 'Contactpersoon',
    contactName: { label: 'Naam van de contactpersoon' },
    contactJobTitle: {
      label: 'Functie van de contactpersoon',
      hint: 'Bijvoorbeeld zorgcoördinator, teamleider of beleidsadviseur.',
    },
    contactEmail: { label: 'E-mailadres van de contactpersoon' },
    contactPhone: { label: 'Telefoonnummer van de contactpersoon' },
    standInGroup: 'Vervanger',
    standInName: { label: 'Naam van de vervanger' },
    standInJobTitle: { label: 'Functie van de vervanger' },
    standInEmail: { label: 'E-mailadres van de vervanger' },
    standInPhone: { label: 'Telefoonnummer van de vervanger' },
  },
  handover: {
    label: 'Hoe draagt u de rol over als iemand vertrekt?',
    hint: 'Wie zorgt voor een opvolger, hoe snel, en hoe hoort de rest van de samenwerking ervan?',
  },
  errors: {
    partnerRequired: 'Kies de organisatie van dit aanspreekpunt.',
    duplicatePartner: validationNl.duplicatePartnerRow,
    standInNameRequired: 'Vul de naam van de vervanger in, of maak de velden van de vervanger leeg.',
  },
  warnings: {
    noStandIn: (who: string) =>
      `${who} heeft nog geen vervanger. Zonder vervanger staat de samenwerking stil als de contactpersoon afwezig is of vertrekt.`,
    partnerWithoutContact: (partner: string) => `${partner} heeft nog geen aanspreekpunt.`,
    unknownPartner: (row: number) =>
      `Aanspreekpunt ${row} hoort bij een organisatie die niet meer in stap 1 staat. Kies een andere organisatie.`,
  },
} satisfies StepCopyBase & Record<string, unknown>;
