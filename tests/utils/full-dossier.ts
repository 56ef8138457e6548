/**
 * The example dossier grown to what the agreement benchmark asks for: three partners, 25 factors
 * scored by six respondents, and (by default) 40 actions. Shared by the bench and the PDF tests.
 */
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS } from '#steps/example-dossier';
import { FACTORS } from '#src/domain/catalogue/factors';

const P = EXAMPLE_PARTNER_IDS;

export function fullSteps(actions = 40) {
  const steps = structuredClone(EXAMPLE_DOSSIER.steps);
  const initiatief = steps.initiatief as { partners: { id: string }[] };
  initiatief.partners = initiatief.partners.filter((p) => p.id !== P.kustlanden);
  const partnerIds = [P.gemeente, P.zeekompas, P.jongerenwerk];
  const custom = [
    'Ouders weten wie de jongerenwerker is',
    'Vaste plek op het schoolplein',
    'Afstemming met de wijkagent',
    'Samen vakanties overbruggen',
  ].map((label, i) => ({ id: `eigen-${i + 1}`, cluster: 'werkrelatie', label, explanation: '' }));
  const factorIds = [...FACTORS.map((f) => f.id), ...custom.map((c) => c.id)].slice(0, 25);
  const respondents = partnerIds.flatMap((partnerId, p) =>
    [0, 1].map((r) => ({
      id: `resp-${p}-${r}`,
      partnerId,
      name: `Respondent ${r + 1}`,
      scores: Object.fromEntries(
        factorIds.map((id, i) => [id, { importance: ((i + p) % 5) + 1, presence: ((i * 3 + r) % 5) + 1, comment: '' }]),
      ),
    })),
  );
  steps.visie = { ...steps.visie, factors: { customFactors: custom, respondents } };
  steps.taakverdeling = {
    ...steps.taakverdeling,
    actionPlan: Array.from({ length: actions }, (_, i) => ({
      id: `actie-${i + 1}`,
      what: `Actie ${i + 1}: ${['spreekuur in de aula', 'training voor mentoren', 'sporttoernooi na schooltijd', 'ouderavond over online veiligheid'][i % 4]}`,
      how: 'Samen voorbereid in het tweewekelijkse overleg; de trekker zorgt voor de uitnodiging en de ruimte.',
      leadPartnerId: partnerIds[i % 3],
      leadPerson: ['Fatima El Amrani', 'Şükrü Yılmaz', 'Zoë Verhoeven'][i % 3],
      involved: 'Mentoren en jongerenwerkers',
      start: '2027-02-01',
      deadline: '2027-06-30',
      hours: 8 + i,
      room: 'Aula',
      budget: 250 * (i + 1),
      needs: '',
      factorId: factorIds[i % factorIds.length],
      stepId: 'bekendheid',
      indicator: 'Minstens twintig leerlingen doen mee en zeggen dat ze de jongerenwerker nu kennen.',
      status: 'gepland',
    })),
  };
  return steps;
}
