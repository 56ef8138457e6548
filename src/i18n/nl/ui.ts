import { commonNl } from './common';

/** The small presentational pieces in src/ui. */
export const uiNl = {
  copyLink: {
    label: commonNl.dossierLink,
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    failed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  },
  copyText: {
    copied: 'De tekst is gekopieerd. Plak hem in een e-mail of bericht.',
  },
};
