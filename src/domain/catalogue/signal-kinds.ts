import { valuesOf, type CatalogueItem } from './item';
import { sourced, suggestion } from './provenance';

/**
 * Kinds of signals school and youth work agree to share (step 6). The plan asks to share every signal
 * that a young person may not be doing well, also ones that seem irrelevant; the kinds are ours.
 */
export const SIGNAL_KINDS = [
  {
    value: 'verzuim',
    label: 'Verzuim of vaak te laat komen',
    explanation: 'Vaak een eerste, zichtbaar teken dat er iets speelt.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'gedrag',
    label: 'Een opvallende verandering in gedrag of stemming',
    explanation: 'Stiller of juist drukker dan anders, nieuwe vrienden, minder zin in school.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'thuissituatie',
    label: 'Zorgen over de situatie thuis',
    explanation: 'Spanningen thuis, geldzorgen, of een jongere die niet naar huis wil.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'middelen',
    label: 'Gebruik van alcohol of drugs',
    explanation: 'Gebruik dat opvalt op school, op straat of online.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'online',
    label: 'Risico’s online, zoals pesten of uitbuiting',
    explanation: 'Online pesten, sextortion, of jongeren die online worden benaderd of geronseld.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'criminaliteit',
    label: 'Aanwijzingen voor betrokkenheid bij criminaliteit',
    explanation: 'Bijvoorbeeld onverklaarbaar veel geld of dure spullen, of contact met een criminele groep.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'radicalisering',
    label: 'Zorgen over radicalisering of polarisatie',
    explanation: 'Uitspraken of gedrag die op extreme denkbeelden kunnen wijzen; die lopen via de route naar het meldpunt.',
    provenance: suggestion('Eigen aanvulling, bij de werkwijze informatie delen bij mogelijke radicalisering'),
  },
  {
    value: 'anders',
    label: 'Andere signalen',
    explanation: 'Het stappenplan vraagt ook signalen te delen die op zichzelf onbelangrijk lijken.',
    provenance: sourced('stappenplan'),
  },
] as const satisfies readonly CatalogueItem[];

export const SIGNAL_KIND_VALUES = valuesOf(SIGNAL_KINDS);
export type SignalKind = (typeof SIGNAL_KIND_VALUES)[number];
