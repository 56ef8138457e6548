import { commonNl } from './common';

/** The small presentational pieces in src/ui. */
export const uiNl = {
  copyLink: {
    label: commonNl.dossierLink,
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    failed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  },
};
