import type { StepCopyBase } from '#src/domain/step';

export const copy = {
  title: 'Ga op zoek naar financiering',
  summary: 'Waar het geld vandaan komt, voor hoe lang, en wanneer het zoeken naar structureel geld begint.',
  intro:
    'Zonder geld geen jongerenwerkers in de school. Om goed te kunnen beginnen is minstens een jaar financiering nodig; lukt dat niet, dan kan een kleinere start als proef of project uitkomst bieden. Tijdelijk geld raakt op, dus begin ruim op tijd met zoeken naar structurele middelen. Aan zet: vooral de gemeente, samen met de andere partners.',
  sources: {
    legend: 'Financieringsbronnen',
    hint: 'Eén rij per bron: een budget, subsidie, programma of projectgeld.',
    row: (i: number) => `Bron ${i + 1}`,
    add: 'Bron toevoegen',
    name: { label: 'Naam van de bron', hint: 'Bijvoorbeeld de begrotingspost of de naam van de regeling.' },
    kind: { label: 'Soort financiering' },
    amount: { label: 'Bedrag', unit: 'euro', hint: 'Het totaalbedrag voor de hele periode.' },
    from: { label: 'Beschikbaar vanaf' },
    to: { label: 'Beschikbaar tot en met', hint: 'Bij structureel geld zonder einddatum mag u dit leeg laten.' },
    structural: {
      label: 'Is dit structureel geld?',
      hint: 'Structureel betekent: elk jaar opnieuw beschikbaar, zonder vaste einddatum.',
    },
  },
  kinds: [
    { value: 'gemeentelijk_budget', label: 'Gemeentelijk budget' },
    { value: 'subsidie', label: 'Subsidie' },
    { value: 'landelijk_programma', label: 'Landelijk programma (bijvoorbeeld NPO)' },
    { value: 'project', label: 'Projectgeld' },
    { value: 'pilot', label: 'Budget voor een proef' },
    { value: 'anders', label: 'Anders' },
  ],
  startsAsPilot: {
    label: 'Begint u kleiner, als proef?',
    hint: 'Een proef met minder scholen of uren kan een manier zijn om te starten terwijl de rest van het geld nog niet rond is.',
  },
  pilotExplanation: {
    label: 'Hoe ziet de proef eruit?',
    hint: 'Bijvoorbeeld met welke school, hoeveel uur per week en hoe lang.',
  },
  structuralSearchStart: {
    label: 'Vanaf wanneer gaat u op zoek naar structurele financiering?',
    hint: 'Wacht daar niet mee tot het tijdelijke geld bijna op is. Reken op minstens een half jaar.',
  },
  errors: {
    toRequired: 'Vul de einddatum in. Alleen structureel geld mag zonder einddatum.',
    toBeforeFrom: 'De einddatum ligt vóór de begindatum.',
    searchStartRequired: 'Vul in wanneer het zoeken naar structureel geld begint, want niet alle bronnen zijn structureel.',
  },
  warnings: {
    shortFunding: (months: number) =>
      `De financiering loopt nu ${months === 1 ? '1 maand' : `${months} maanden`} zonder onderbreking. Voor een goede start is minstens een jaar nodig. Zoek aanvullend geld, of begin kleiner met een proef.`,
    searchTooLate: (latest: string, end: string) =>
      `Het tijdelijke geld stopt op ${end}. Begin uiterlijk op ${latest} met zoeken naar structurele financiering, zodat er tijd is om een aanvraag rond te krijgen.`,
  },
} satisfies StepCopyBase & Record<string, unknown>;
