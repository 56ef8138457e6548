/**
 * A dossier as big as a real partnership gets: the example's steps, an action plan of 100 rows (step 5)
 * and 25 working factors scored by 6 respondents (step 4), made through the API as the partners'
 * browsers would have saved it. The benches and the page-weight tests open its pages.
 */
import { createApi } from '#src/sync/api';
import { STEP_IDS } from '#src/domain/step';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS } from '#steps/example-dossier';
import { newActionRow } from '#src/tools/action-plan/schema';

export const PLAN_ROWS = 100;
export const FACTORS = 25;
export const RESPONDENTS = 6;

export function planRows(rows = PLAN_ROWS) {
  const partners = Object.values(EXAMPLE_PARTNER_IDS);
  return Array.from({ length: rows }, (_, i) =>
    newActionRow({
      id: `bench-${i}`,
      what: `Actie ${i + 1}: kennismaking en voorlichting in leerjaar ${(i % 4) + 1}`,
      how: 'In de mentorles, samen met de mentor, met een korte opdracht en tijd voor vragen.',
      leadPartnerId: partners[i % partners.length],
      leadPerson: 'Zoë Verhoeven',
      start: '2027-01-11',
      deadline: `2027-${String((i % 12) + 1).padStart(2, '0')}-20`,
      hours: 4,
      factorId: 'bekend-bij-school',
      stepId: 'bekendheid',
      indicator: 'Alle klassen bezocht',
      status: i % 3 === 0 ? 'bezig' : 'gepland',
    }),
  );
}

/** The example's working factors widened to `FACTORS` factors, each scored by `RESPONDENTS` people. */
export function manyFactors() {
  const factorsData = EXAMPLE_DOSSIER.steps.visie.factors as {
    customFactors: { id: string }[];
    respondents: { scores: Record<string, unknown> }[];
  };
  const catalogueIds = Object.keys(factorsData.respondents[0]!.scores);
  const customFactors = Array.from({ length: Math.max(0, FACTORS - catalogueIds.length) }, (_, i) => ({
    id: `eigen-bench-${i}`,
    cluster: 'werkrelatie',
    label: `Eigen factor ${i + 1}`,
    explanation: '',
  }));
  const ids = [...catalogueIds, ...customFactors.map((f) => f.id)];
  const partners = Object.values(EXAMPLE_PARTNER_IDS);
  const respondents = Array.from({ length: RESPONDENTS }, (_, r) => ({
    id: `bench-resp-${r}`,
    partnerId: partners[r % partners.length],
    name: `Respondent ${r + 1}`,
    scores: Object.fromEntries(
      ids.map((id, i) => [id, { importance: ((i + r) % 5) + 1, presence: ((i * 2 + r) % 5) + 1, comment: '' }]),
    ),
  }));
  return { factors: { customFactors, respondents }, count: ids.length };
}

/**
 * Creates the heavy dossier. `steps`: which steps to fill beyond step 1 (default: all eleven, so the
 * overview and the agreement page show a complete text).
 */
export async function heavyDossier(url: string, opts: { title?: string; steps?: readonly string[] } = {}) {
  const api = createApi({ baseUrl: url });
  const dossier = await api.createDossier({ title: opts.title ?? 'Samen sterk in Noord', gemeente: 'Gemeente Utrecht' });
  const current = await api.getDossier(dossier.id, dossier.token);
  const wanted = new Set(opts.steps ?? STEP_IDS);
  wanted.add('initiatief');
  for (const stepId of STEP_IDS) {
    if (!wanted.has(stepId)) continue;
    const data =
      stepId === 'taakverdeling'
        ? { ...EXAMPLE_DOSSIER.steps.taakverdeling, actionPlan: planRows() }
        : stepId === 'visie'
          ? { ...EXAMPLE_DOSSIER.steps.visie, factors: manyFactors().factors }
          : EXAMPLE_DOSSIER.steps[stepId];
    await api.putStep(dossier.id, dossier.token, stepId, { data, baseRevision: current.steps[stepId].revision });
  }
  return dossier;
}
