/** The kinds of partner organisation, as every page, export and the PDF name them. */
export const partnersNl = {
  kinds: {
    gemeente: 'Gemeente',
    school: 'School',
    jongerenwerk: 'Jongerenwerk',
  },
};
