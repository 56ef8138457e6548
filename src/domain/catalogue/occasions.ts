import { valuesOf, type CatalogueItem } from './item';
import { sourced, suggestion } from './provenance';

/**
 * Occasions for starting a partnership (step 1). The plan names drug use and young people's online
 * world as examples and says anything can be a reason; the other themes are our suggestions.
 */
export const OCCASIONS = [
  {
    value: 'middelengebruik',
    label: 'Zorgen over drugs- of alcoholgebruik',
    explanation: 'Bijvoorbeeld gebruik in of rond school, of jongeren die betrokken raken bij handel.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'online',
    label: 'De online wereld van jongeren',
    explanation: 'Wat jongeren online meemaken: pesten, sexting, groepsdruk of ruzies die online beginnen.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'veiligheid',
    label: 'Veiligheid in en rond school',
    explanation: 'Onrust op het plein of in de buurt, conflicten tussen groepen, incidenten.',
    provenance: suggestion('Eigen aanvulling, veelgenoemd in praktijkverhalen'),
  },
  {
    value: 'welzijn',
    label: 'Welzijn en mentale gezondheid',
    explanation: 'Stress, somberheid of eenzaamheid onder leerlingen.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'schooluitval',
    label: 'Schooluitval en verzuim',
    explanation: 'Leerlingen die vaak afwezig zijn of dreigen zonder diploma te stoppen.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'polarisatie',
    label: 'Polarisatie of radicalisering',
    explanation: 'Spanningen tussen groepen, of zorgen dat jongeren in extreme denkbeelden verstrikt raken.',
    provenance: suggestion('Eigen aanvulling; het stappenplan noemt het thema bij de financiering'),
  },
  {
    value: 'anders',
    label: 'Iets anders',
    explanation: 'Volgens het stappenplan kan eigenlijk alles een aanleiding zijn.',
    provenance: sourced('stappenplan'),
  },
] as const satisfies readonly CatalogueItem[];

export const OCCASION_VALUES = valuesOf(OCCASIONS);
export type Occasion = (typeof OCCASION_VALUES)[number];
