/** Starting a new dossier: the page, and the checks on its title and gemeente (server and form alike). */
export const createNl = {
  title: 'Nieuwe samenwerking starten',
  lead: 'Geef de samenwerking een naam en vul de gemeente in. De rest vult u daarna samen met de partners in.',
  titleLabel: 'Naam van de samenwerking',
  titleHint: 'Bijvoorbeeld: Jongerenwerk op het Zuiderpark College',
  gemeenteLabel: 'Gemeente',
  gemeenteHint: 'De gemeente waarin de samenwerking plaatsvindt.',
  submit: 'Dossier aanmaken',
  busy: 'Dossier wordt aangemaakt…',
  failed: 'Het dossier kon niet worden aangemaakt.',
  doneTitle: 'Uw dossier staat klaar',
  doneIntro:
    'Dit is uw geheime link naar het dossier: de link van de eigenaar. Bewaar hem goed. Partners nodigt u uit met een eigen link, op de pagina Partners en toegang.',
  warning:
    'Iedereen die deze link heeft, kan het dossier bekijken, wijzigen en de toegang van anderen beheren. Deel hem niet en zet hem niet op een openbare plek.',
  open: 'Naar het dossier',
  errors: {
    title: 'Geef de samenwerking een titel.',
    gemeente: 'Vul de naam van de gemeente in.',
  },
};
