import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Maak de financiering structureel',
  summary: 'Welke wegen naar blijvende financiering u verkent, wie ze trekt en wanneer.',
  intro:
    'Veel samenwerkingen starten met tijdelijk geld, terwijl het opbouwen van vertrouwen en een goede werkwijze jaren kost. Wie pas gaat zoeken als het einde van een subsidie in zicht is, loopt het risico dat het werk stilvalt. Leg daarom vroeg vast langs welke wegen blijvende financiering mogelijk is en wie daarmee aan de slag gaat. Aan zet: vooral de gemeente, samen met de andere partners.',
  routes: {
    legend: 'Wegen naar structurele financiering',
    hint: 'Kijk verder dan de eigen begroting: meerdere wegen tegelijk verkennen vergroot de kans van slagen.',
    row: (i: number) => `Route ${i + 1}`,
    add: 'Route toevoegen',
    kind: { label: 'Soort route' },
    kindOther: { label: 'Welke andere route?' },
    description: {
      label: 'Omschrijving',
      hint: 'Welke begrotingspost, welk fonds of welke scholen, en om welk bedrag het ongeveer gaat.',
    },
    responsible: { label: 'Wie trekt deze route?', hint: 'Naam en organisatie.' },
    deadline: {
      label: 'Uiterste datum',
      hint: 'Bijvoorbeeld de sluitingsdatum van een aanvraag of het moment van de begrotingsbehandeling.',
    },
    status: { label: 'Stand van zaken' },
  },
  routeStatuses: [
    { value: 'nog_niet_gestart', label: 'Nog niet gestart' },
    { value: 'bezig', label: 'Bezig' },
    { value: 'aangevraagd', label: 'Aangevraagd' },
    { value: 'toegekend', label: 'Toegekend' },
    { value: 'afgewezen', label: 'Afgewezen' },
  ],
  searchStart: {
    label: 'Vanaf wanneer zoekt u actief naar structureel geld?',
    hint: 'Begin ruim voordat het tijdelijke geld op is: minstens een half jaar van tevoren.',
    /** Step 3 already answers the question: show that answer and ask only whether it changes. */
    step3Answer: (date: string) => `In stap 3 staat dat u vanaf ${date} op zoek gaat naar structurele financiering.`,
    otherLabel: 'Gaat u op een andere datum zoeken dan in stap 3?',
    otherHint: 'Vul alleen een datum in als die afwijkt. Leeg betekent: de datum uit stap 3.',
    fundingEnd: (date: string) => `Volgens stap 3 loopt de tijdelijke financiering af op ${date}.`,
  },
  responsible: {
    label: 'Wie houdt het overzicht over alle routes?',
    hint: 'Naam, functie en organisatie.',
  },
  errors: {
    kindOtherRequired: 'Beschrijf de andere route.',
  },
  warnings: {
    searchTooLate: (start: string, end: string, latest: string, fromStep3: boolean) =>
      `De zoektocht begint op ${start}${fromStep3 ? ' (datum uit stap 3)' : ''}, terwijl de tijdelijke financiering op ${end} afloopt. Start uiterlijk op ${latest}, zodat er minstens zes maanden zijn om nieuw geld te vinden.`,
    deadlineAfterEnd: (route: string, end: string) =>
      `De uiterste datum van ${route} valt na ${end}, als de tijdelijke financiering al is afgelopen.`,
  },
} satisfies StepCopyBase & Record<string, unknown>;
