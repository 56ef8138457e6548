import { STEP_IDS } from '#src/domain/step';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';

/** Step 1 data that passes the complete schema. */
export const completeInitiatief = () => ({
  initiator: 'gemeente',
  occasions: ['welzijn', 'online'],
  occasionExplanation: 'Jongeren in de wijk zitten niet lekker in hun vel; de school ziet het ook.',
  partners: [
    { id: 'p-gemeente', kind: 'gemeente', name: 'Gemeente Utrecht' },
    { id: 'p-school', kind: 'school', name: 'Het Stedelijk Lyceum', schoolType: 'vo' },
    { id: 'p-jw', kind: 'jongerenwerk', name: 'JoU Jongerenwerk' },
  ],
  collaborationType: 'in_school',
  intendedStart: '2026-09-01',
});

/** A new dossier whose step 1 holds the three partners of `completeInitiatief` (p-gemeente, p-school, p-jw). */
export async function dossierWithPartners(srv: {
  createDossier(): Promise<{ id: string; token: string }>;
  call(method: string, path: string, opts: { token: string; json: unknown }): Promise<{ status: number; text: string }>;
}): Promise<{ id: string; token: string }> {
  const { id, token } = await srv.createDossier();
  const res = await srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
    token,
    json: { data: completeInitiatief(), baseRevision: 1 },
  });
  if (res.status !== 200) throw new Error(`step 1: ${res.status} ${res.text}`);
  return { id, token };
}

/** Fills every step of a new dossier with the example (Gemeente Westerhaven), marked complete. */
export async function fillWithExample(
  srv: { call(method: string, path: string, opts: { token: string; json: unknown }): Promise<{ status: number; text: string }> },
  id: string,
  token: string,
) {
  for (const stepId of STEP_IDS) {
    const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, {
      token,
      // A new dossier's step 1 already holds the title and municipality (revision 1).
      json: { data: EXAMPLE_DOSSIER.steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true },
    });
    if (res.status !== 200) throw new Error(`${stepId}: ${res.status} ${res.text}`);
  }
}
