import { valuesOf, type CatalogueItem } from './item';
import { sourced } from './provenance';

/** Routes to structural funding (step 11), all named in the plan, which also asks to be creative. */
export const FUNDING_ROUTES = [
  {
    value: 'gemeentelijke_begroting',
    label: 'Vaste post op de gemeentebegroting',
    explanation: 'Schooljongerenwerk als structurele post, vastgelegd bij de begrotingsbehandeling.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'gezamenlijke_subsidie',
    label: 'Subsidie die meerdere scholen samen aanvragen',
    explanation: 'Eén aanvraag voor schooljongerenwerk op meer scholen tegelijk.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'gemeentelijke_portefeuilles',
    label: 'Budgetten van verschillende gemeentelijke portefeuilles bundelen',
    explanation: 'Bijvoorbeeld jeugd, veiligheid en onderwijs, die elk een deel bijdragen.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'fonds',
    label:
      'Fonds of programma voor bijvoorbeeld criminaliteitspreventie, radicalisering en polarisatie, veiligheid, talentontwikkeling of schooluitval',
    explanation: 'Geld van initiatieven met een eigen doel waar het jongerenwerk aan bijdraagt.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'anders',
    label: 'Iets anders',
    explanation: 'Het stappenplan vraagt creatief te zoeken naar andere wegen.',
    provenance: sourced('stappenplan'),
  },
] as const satisfies readonly CatalogueItem[];

export const FUNDING_ROUTE_VALUES = valuesOf(FUNDING_ROUTES);
export type FundingRoute = (typeof FUNDING_ROUTE_VALUES)[number];
