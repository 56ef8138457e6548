const grouping = new Intl.NumberFormat('nl-NL');
const thousands = (n: number) => grouping.format(n);

/**
 * Working data after signing, as the server and the domain word it: action progress, actions proposed
 * since the signed version, knowledge activities held, the calendar feed and the follow-up home.
 */
export const workingNl = {
  errors: {
    notNow:
      'Voortgang, voorgestelde acties en gehouden kennisactiviteiten horen bij een getekende overeenkomst. Zodra elke partner een versie heeft getekend, kunt u ze bijhouden.',
    unknownAction: 'Deze actie staat niet in het actieplan en is ook niet voorgesteld.',
    staleProgress:
      'De voortgang van deze actie is intussen door iemand anders gewijzigd. Bekijk de nieuwe stand en probeer het dan opnieuw.',
    unknownProposal: 'Deze voorgestelde actie bestaat niet (meer).',
    staleProposal:
      'Deze voorgestelde actie is intussen door iemand anders gewijzigd. Bekijk de nieuwe stand en probeer het dan opnieuw.',
    carried: 'Deze actie staat al in de wijziging van de overeenkomst. Pas haar daar aan, in stap 5.',
    inPlan: 'Deze actie staat in het getekende actieplan. Zij verandert alleen met een wijziging van de overeenkomst.',
    roundNotClosed: 'Acties uit een ronde kunnen in het actieplan zodra de eigenaar de ronde heeft gesloten.',
    roundBaseline: 'Een nulmeting levert geen acties op. Kies een evaluatieronde.',
    unknownSource: 'Dit voorstel komt niet uit deze ronde.',
    unknownRound: 'Deze ronde bestaat niet in dit dossier.',
    unknownActivity: 'Deze kennisactiviteit bestaat niet (meer).',
    unknownPlannedActivity: 'Deze activiteit staat niet in stap 9.',
    staleActivity:
      'Deze kennisactiviteit is intussen door iemand anders gewijzigd. Bekijk de nieuwe stand en probeer het dan opnieuw.',
    unknownPartner: 'Deze organisatie staat niet bij de partners in stap 1.',
    unknownFeed: 'Deze agenda bestaat niet (meer). Vraag de eigenaar van het dossier om de nieuwe link.',
    unknownKeyDate: 'Deze datum staat niet (meer) in de agenda van dit dossier.',
  },
  validation: {
    status: 'Kies gepland, bezig, gereed of uitgesteld.',
    revision: 'Geef de revisie mee die u het laatst hebt gezien (0 als er nog niets is).',
    kind: 'Kies een vorm.',
    kindOther: 'Beschrijf de andere vorm.',
    participants: (max: number) => `Vul een aantal van 0 tot en met ${thousands(max)} in.`,
    partners: 'Kies alleen organisaties die partner zijn.',
    tooManyPartners: (max: number) => `Kies hoogstens ${max} organisaties.`,
    sources: 'Kies welke voorstellen uit de ronde in het actieplan komen.',
    what: 'Beschrijf de actie.',
  },
  /** What a proposal made from a round item says about where it comes from (it lands in "hoe"). */
  proposals: {
    fromNewAction: (round: number, who: string) => `Voorgesteld in evaluatieronde ${round} door ${who}.`,
    fromKnelpunt: (round: number, knelpunt: string, oplossing: string) =>
      `Uit evaluatieronde ${round}. Knelpunt: ${knelpunt || '(niet beschreven)'}\nVoorgestelde oplossing: ${oplossing}`,
    /** Who proposed it, when the answer names neither a person nor an organisation. */
    unnamed: 'een deelnemer',
  },
  calendar: {
    fileName: 'samenwerking',
  },
};
