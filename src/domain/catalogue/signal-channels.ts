import { valuesOf, type CatalogueItem } from './item';
import { sourced, suggestion } from './provenance';

/**
 * Ways school and youth work pass signals to each other (step 6). The plan gives a short periodic
 * meeting as its example; the other channels are our suggestions.
 */
export const SIGNAL_CHANNELS = [
  {
    value: 'overleg',
    label: 'Mondeling in een vast, kort overleg',
    explanation: 'Een periodiek signaleringsoverleg tussen de vaste ontvangers.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'telefoon',
    label: 'Telefonisch of persoonlijk, als het niet kan wachten',
    explanation: 'Direct contact met de vaste ontvanger, zonder iets op te schrijven.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'zorgteam',
    label: 'Via het zorg(advies)team van de school',
    explanation: 'De jongerenwerker schuift aan bij het overleg waarin de school zorgen over leerlingen bespreekt.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'beveiligd_digitaal',
    label: 'Via een beveiligde digitale omgeving',
    explanation: 'Alleen voor wat na toestemming of op grond van een plicht schriftelijk moet; nooit via gewone e-mail of chat.',
    provenance: suggestion('Eigen aanvulling'),
  },
] as const satisfies readonly CatalogueItem[];

export const SIGNAL_CHANNEL_VALUES = valuesOf(SIGNAL_CHANNELS);
export type SignalChannel = (typeof SIGNAL_CHANNEL_VALUES)[number];
