import { sourced, suggestion, type Provenance } from '#src/domain/catalogue/provenance';

/**
 * The seven steps of the working method for sharing information on possible radicalisation. Only the
 * first step survives in the public material we could check; steps 2–7 are our reconstruction and the
 * app says so, until the original text is available.
 */
export const WORKING_METHOD: readonly { step: number; text: string; provenance: Provenance }[] = [
  {
    step: 1,
    text: 'Beschrijf de signalen feitelijk, met de tegensignalen erbij, en houd meningen en interpretaties apart.',
    provenance: sourced('informatie-delen'),
  },
  { step: 2, text: 'Vraag anoniem advies, zonder de naam van de jongere te noemen.', provenance: suggestion('Reconstructie') },
  { step: 3, text: 'Ga in gesprek met de jongere zelf.', provenance: suggestion('Reconstructie') },
  { step: 4, text: 'Schat de risico’s in: voor de jongere en voor anderen.', provenance: suggestion('Reconstructie') },
  {
    step: 5,
    text: 'Weeg af of delen nodig is, in verhouding staat tot het doel en niet met minder kan.',
    provenance: suggestion('Reconstructie'),
  },
  {
    step: 6,
    text: 'Vraag toestemming, of besluit dat een wettelijke plicht of een conflict van plichten delen zonder toestemming nodig maakt.',
    provenance: suggestion('Reconstructie'),
  },
  {
    step: 7,
    text: 'Deel alleen wat nodig is, met wie het nodig heeft, en leg vast wat u deelde en waarom.',
    provenance: suggestion('Reconstructie'),
  },
];
